/**
 * @module Country rules checked independently of the formats' own schemas: every localized phone number
 * lies in its country's reserved (or unopened) range, and every postcode has the country's real shape.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { streamOf } from '../../random/stream.js';
import type { LocaleTag } from '../../../model/localeTag.js';
import { phone } from './phone.js';
import { postcode } from './postcode.js';
import type { StringFormat } from './stringFormat.js';

const TWO_52 = 2 ** 52;

/** 2 000 realistic values and 2 000 unique values spread over the whole domain of a variant. */
function samples(f: StringFormat, tag: LocaleTag): string[] {
  const v = (f.localized as (t: LocaleTag) => StringFormat)(tag);
  const s = streamOf(['country rules', f.name, tag]);
  const limit = Math.min(v.size, TWO_52);
  const ks = Array.from({ length: Math.min(limit, 2000) }, (_, i) =>
    Math.floor(i * (limit / Math.min(limit, 2000))),
  );
  const enumerate = v.unique(s);
  return [
    ...Array.from({ length: 2000 }, (_, row) => v.realistic(s)(row)),
    ...ks.map((k, i) => enumerate(k, i)),
  ];
}

/** The national significant number: the digits after the country code. */
const national = (value: string, cc: string): string => {
  assert.ok(value.startsWith(`+${cc} `), value);
  return value.slice(cc.length + 2).replace(/ /g, '');
};

/** True when `digits` starts with one of the blocks and has the block's length plus `free` digits. */
const inBlock = (digits: string, blocks: readonly string[], free: number): boolean =>
  blocks.some((b) => digits.startsWith(b) && digits.length === b.length + free && /^\d+$/.test(digits));

describe('localized phone numbers can ring no subscriber', () => {
  it('en-US: NANP fictional exchange 555-0100..0199', () => {
    for (const v of samples(phone, 'en-US')) assert.match(v, /^\+1-[2-9]\d{2}-555-01\d{2}$/);
  });

  it('en-GB: Ofcom drama ranges (07700 900xxx, 01632 960xxx, 020 7946 0xxx, 01x1/011x 496 0xxx)', () => {
    const cities = ['113', '114', '115', '116', '117', '118', '121', '131', '141', '151', '161'].map(
      (c) => `${c}4960`,
    );
    for (const v of samples(phone, 'en-GB'))
      assert.ok(inBlock(national(v, '44'), ['7700900', '1632960', '2079460', ...cities], 3), v);
  });

  it('de-DE: Bundesnetzagentur Drama Numbers in Berlin, Frankfurt, Hamburg, Köln and München', () => {
    for (const v of samples(phone, 'de-DE'))
      assert.ok(inBlock(national(v, '49'), ['3023125', '6990009', '4066969', '2214710', '8999998'], 3), v);
  });

  it('fr-FR: ARCEP numbers for audiovisual works', () => {
    for (const v of samples(phone, 'fr-FR')) {
      assert.match(v, /^\+33 \d( \d{2}){4}$/);
      assert.ok(inBlock(national(v, '33'), ['19900', '26191', '35301', '46571', '53649', '63998'], 4), v);
    }
  });

  it('pt-PT: nine digits in the unopened 5 range', () => {
    for (const v of samples(phone, 'pt-PT')) assert.ok(inBlock(national(v, '351'), ['5'], 8), v);
  });

  it('es-ES: nine digits in the unattributed 4 range', () => {
    for (const v of samples(phone, 'es-ES')) assert.ok(inBlock(national(v, '34'), ['4'], 8), v);
  });
});

describe('localized postcodes have the country format', () => {
  const rules: Readonly<Record<LocaleTag, RegExp>> = {
    'en-US': /^\d{5}(-\d{4})?$/,
    // Royal Mail: outward code (area letters, district digits, optional letter), space, inward code.
    'en-GB': /^[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}$/,
    'de-DE': /^(?!00)\d{5}$/,
    'fr-FR': /^(0[1-9]|[1-8]\d|9[0-5])\d{3}$/,
    'pt-PT': /^[1-9]\d{3}-\d{3}$/,
    'es-ES': /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/,
  };
  for (const [tag, rule] of Object.entries(rules) as [LocaleTag, RegExp][])
    it(`${tag}: ${rule.source}`, () => {
      for (const v of samples(postcode, tag)) assert.match(v, rule);
    });

  it('the default postcode is the en-US ZIP', () => {
    assert.equal(
      postcode.realistic(streamOf(['zip']))(3),
      postcode.localized?.('en-US').realistic(streamOf(['zip']))(3),
    );
  });
});
