/**
 * @module `string(postcode)`: postal codes in each country's real format: US ZIP and ZIP+4, UK outward and
 * inward codes, five digits in Germany, France and Spain, `NNNN-NNN` in Portugal. A postcode covers many
 * addresses, so it identifies no one.
 */
import { below, type Stream } from '../../random/stream.js';
import { localeData } from '../locale/localeData.js';
import { mixedRadix, radixProduct } from './mixedRadix.js';
import { at, type StringFormat } from './stringFormat.js';
import { withLocales } from './withLocales.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A postcode format from an injective render of k and a realistic draw. */
function postcodeFormat(
  summary: string,
  size: number,
  pattern: string,
  render: (k: number) => string,
  realistic: (s: Stream, row: number) => string,
): StringFormat {
  return {
    name: 'postcode',
    summary,
    size,
    plain: true,
    schema: { pattern },
    realistic: (s) => (row) => realistic(s, row),
    unique: () => render,
  };
}

/** ZIP codes run from 00501 to 99950; realistic ones avoid the sparse ends. ZIP+4 follows every ZIP. */
const ZIPS = 99950 - 1001 + 1;
const zip = (i: number): string => pad(1001 + i, 5);
const american = postcodeFormat(
  'A postal code in the country format, e.g. US `90210` or `90210-1234`; `SW1A 1AA`, `10115`, `1100-148` in other locales.',
  ZIPS * 10001,
  '^\\d{5}(-\\d{4})?$',
  // Injective: k < ZIPS is a bare ZIP; above, (k − ZIPS) mod ZIPS is the ZIP and the quotient its +4 code.
  (k) => (k < ZIPS ? zip(k) : `${zip((k - ZIPS) % ZIPS)}-${pad(Math.floor((k - ZIPS) / ZIPS), 4)}`),
  (s, row) =>
    zip(below(s, row, 0, ZIPS)) + (below(s, row, 1, 6) === 0 ? `-${pad(below(s, row, 2, 10000), 4)}` : ''),
);

/** Royal Mail: inward codes never use C I K M O V (they look like other characters when handwritten). */
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
/** Built when first asked for: the postcode areas come from faker's en_GB data, loaded on first use. */
function british(): StringFormat {
  const areas = localeData('en-GB').postcodeAreas;
  const radices = [areas.length, 30, 10, INWARD_LETTERS.length, INWARD_LETTERS.length];
  /** Injective: the area is the leading letters, the district the digits after it, the inward code fixed-width. */
  const ukCode = (area: number, district: number, sector: number, a: number, b: number): string =>
    `${at(areas, area)}${district} ${sector}${INWARD_LETTERS.charAt(a)}${INWARD_LETTERS.charAt(b)}`;
  return postcodeFormat(
    'A UK postcode, e.g. `SW1 2AB`.',
    radixProduct(radices),
    '^[A-Z]{1,2}\\d{1,2}[A-Z]? \\d[ABD-HJLNP-UW-Z]{2}$',
    (k) => {
      const [area = 0, district = 0, sector = 0, a = 0, b = 0] = mixedRadix(k, radices);
      return ukCode(area, district, sector, a, b);
    },
    (s, row) =>
      ukCode(
        below(s, row, 0, areas.length),
        1 + below(s, row, 1, 20),
        below(s, row, 2, 10),
        below(s, row, 3, INWARD_LETTERS.length),
        below(s, row, 4, INWARD_LETTERS.length),
      ),
  );
}

/** Five digits whose first two name a region: `first`..`last` of them, then three free digits. */
function fiveDigits(summary: string, first: number, last: number, pattern: string): StringFormat {
  const size = (last - first + 1) * 1000;
  const code = (i: number): string => pad(first * 1000 + i, 5);
  return postcodeFormat(summary, size, pattern, code, (s, row) => code(below(s, row, 0, size)));
}

/** Deutsche Post: the first two digits of a Postleitzahl, 01 to 99, are its Leitregion. */
const german = fiveDigits('A German Postleitzahl, e.g. `10115`.', 1, 99, '^(0[1-9]|[1-9]\\d)\\d{3}$');
/** La Poste: the first two digits are the département, 01 to 95 in metropolitan France. */
const french = fiveDigits('A French code postal, e.g. `75008`.', 1, 95, '^(0[1-9]|[1-8]\\d|9[0-5])\\d{3}$');
/** Correos: the first two digits are the province, 01 to 52. */
const spanish = fiveDigits(
  'A Spanish código postal, e.g. `28013`.',
  1,
  52,
  '^(0[1-9]|[1-4]\\d|5[0-2])\\d{3}$',
);
/** CTT: four digits (the first 1–9) for the area, a hyphen, three for the street or building. */
const portuguese = postcodeFormat(
  'A Portuguese código postal, e.g. `1100-148`.',
  9000 * 1000,
  '^[1-9]\\d{3}-\\d{3}$',
  (k) => `${1000 + Math.floor(k / 1000)}-${pad(k % 1000, 3)}`,
  (s, row) => `${1000 + below(s, row, 0, 9000)}-${pad(below(s, row, 1, 1000), 3)}`,
);

/**
 * A postal code; a US ZIP unless localized.
 * @example postcode.realistic(streamOf(['s1', 'postcode']))(0) // '81763'
 */
export const postcode: StringFormat = withLocales(american, {
  'en-US': () => american,
  'en-GB': british,
  'de-DE': () => german,
  'fr-FR': () => french,
  'pt-PT': () => portuguese,
  'es-ES': () => spanish,
});
