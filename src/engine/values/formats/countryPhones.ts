/**
 * @module Where each country's fictional phone numbers come from. Every number is in a block the national
 * regulator reserves for drama and documentation, or, where a country reserves none (Portugal, Spain), in a
 * range its numbering plan has not opened to any service, so no generated number can ring a subscriber.
 */
import { phoneRanges } from './phoneRanges.js';

/**
 * Ofcom's drama numbers ("Telephone numbers for drama programmes"): 07700 900000–900999 (mobile), 01632
 * 960000–960999 (no real area), 020 7946 0000–0999 (London) and 0xxx 496 0000–0999 in eleven cities
 * (Leeds 0113, Sheffield 0114, Nottingham 0115, Leicester 0116, Bristol 0117, Reading 0118, Birmingham
 * 0121, Edinburgh 0131, Glasgow 0141, Liverpool 0151, Manchester 0161). Written internationally: +44, no 0.
 */
export const ukPhone = phoneRanges({
  summary: 'A UK number from the Ofcom drama ranges, e.g. `+44 7700 900123` or `+44 20 7946 0123`.',
  blocks: [
    '+44 7700 900', '+44 1632 960', '+44 20 7946 0', '+44 113 496 0', '+44 114 496 0', '+44 115 496 0',
    '+44 116 496 0', '+44 117 496 0', '+44 118 496 0', '+44 121 496 0', '+44 131 496 0', '+44 141 496 0',
    '+44 151 496 0', '+44 161 496 0',
  ], // prettier-ignore
  layout: '###',
  pattern: '^\\+44 (7700 900|1632 960|20 7946 0|11[3-8] 496 0|1[2-6]1 496 0)\\d{3}$',
});

/**
 * The Bundesnetzagentur's "Rufnummern für Medienproduktionen" (Drama Numbers, Amtsblatt 7/2021, Mitteilung
 * 148/2021): 1 000 numbers each in Berlin (030) 23125 000–999, Frankfurt (069) 90009 000–999, Hamburg (040)
 * 66969 000–999, Köln (0221) 4710 000–999 and München (089) 99998 000–999, never assigned to anyone.
 */
export const germanPhone = phoneRanges({
  summary: 'A German Drama Number of the Bundesnetzagentur, e.g. `+49 30 23125123`.',
  blocks: ['+49 30 23125', '+49 69 90009', '+49 40 66969', '+49 221 4710', '+49 89 99998'],
  layout: '###',
  pattern: '^\\+49 (30 23125|69 90009|40 66969|221 4710|89 99998)\\d{3}$',
});

/**
 * ARCEP's numbers for audiovisual works (plan national de numérotation, décision n° 2018-0881, annexe,
 * § 2.5.12): 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49 and 06 39 98 followed by any four digits.
 */
export const frenchPhone = phoneRanges({
  summary: 'A French number reserved by ARCEP for fiction, e.g. `+33 1 99 00 12 34`.',
  blocks: ['+33 1 99 00 ', '+33 2 61 91 ', '+33 3 53 01 ', '+33 4 65 71 ', '+33 5 36 49 ', '+33 6 39 98 '],
  layout: '## ##',
  pattern: '^\\+33 (1 99 00|2 61 91|3 53 01|4 65 71|5 36 49|6 39 98) \\d{2} \\d{2}$',
});

/**
 * ANACOM reserves no fictional range. In the Plano Nacional de Numeração a leading 5 is "reservado para
 * eventual expansão" (2 fixed, 3 nomadic, 6–9 services and mobile), so no nine-digit number starting with 5
 * reaches anyone; libphonenumber's Portuguese metadata likewise admits no number starting with 5.
 */
export const portuguesePhone = phoneRanges({
  summary: 'A Portuguese-style number in the unopened 5 range of the ANACOM plan, e.g. `+351 512 345 678`.',
  blocks: ['+351 5'],
  layout: '## ### ###',
  pattern: '^\\+351 5\\d{2} \\d{3} \\d{3}$',
});

/**
 * Spain reserves no fictional range. Its Plan Nacional de Numeración attributes nine-digit numbers only
 * with a leading 5 to 9 (6 and 7 mobile and personal, 8 and 9 geographic and special tariffs, 5 corporate
 * and M2M), as libphonenumber's Spanish metadata (sourced from the plan's description) also records: a
 * leading 4 is attributed to no service, so no subscriber can hold such a number.
 */
export const spanishPhone = phoneRanges({
  summary:
    'A Spanish-style number in the unattributed 4 range of the national plan, e.g. `+34 412 34 56 78`.',
  blocks: ['+34 4'],
  layout: '## ## ## ##',
  pattern: '^\\+34 4\\d{2} \\d{2} \\d{2} \\d{2}$',
});
