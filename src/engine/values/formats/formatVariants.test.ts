/**
 * @module Every format in every locale it supports, as a specification: 2 000 realistic and 2 000 unique
 * values valid against the variant's own schema (Ajv 2020-12 with ajv-formats), unique values distinct,
 * everything reproducible; and the en-US variant of each format that predates locales is its default.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { streamOf } from '../../random/stream.js';
import { LOCALES, type LocaleTag } from '../../../model/localeTag.js';
import { formats } from './formats.js';
import { formatValidators } from './jsonSchemaFormats.js';
import { needsEscape } from '../needsEscape.js';
import type { StringFormat } from './stringFormat.js';

const ajv = new Ajv2020({ strict: false });
addFormats.default(ajv);
for (const [format, validate] of Object.entries(formatValidators)) ajv.addFormat(format, validate);

const COUNT = 2000;
const TWO_52 = 2 ** 52;
/** Formats whose localized value is the country itself, so their default is worldwide, not en-US. */
const COUNTRY_SCOPED = new Set(['country', 'currency_code', 'timezone']);

const rows = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const keyOf = (f: StringFormat, locale: string): string[] => ['variants', f.name, locale];

function realisticValues(f: StringFormat, locale: string, seed = 'variants'): string[] {
  return rows(COUNT).map(f.realistic(streamOf([seed, f.name, locale])));
}

/** The first 1 000 indices, then 1 000 spread over the rest of [0, min(size, 2^52)). */
function uniqueIndices(f: StringFormat): number[] {
  const limit = Math.min(f.size, TWO_52);
  if (limit <= COUNT) return rows(limit);
  const spread = rows(COUNT / 2).map((i) => COUNT / 2 + Math.floor(i * ((limit - COUNT / 2) / (COUNT / 2))));
  return [...rows(COUNT / 2), ...spread];
}

function uniqueValues(f: StringFormat, locale: string): string[] {
  const enumerate = f.unique(streamOf(keyOf(f, locale)));
  return uniqueIndices(f).map((k, i) => enumerate(k, i));
}

function assertValid(f: StringFormat, values: readonly string[]): void {
  const validate = ajv.compile({ type: 'string', ...f.schema });
  for (const v of values) assert.ok(validate(v), `${JSON.stringify(v)} violates ${JSON.stringify(f.schema)}`);
}

/** Each format once per locale it supports, and once as its default. */
const cases: { label: string; locale: string; format: StringFormat }[] = formats.flatMap((f) => [
  { label: `string(${f.name})`, locale: 'default', format: f },
  ...(f.locales ?? []).map((tag) => ({
    label: `string(${f.name}) in ${tag}`,
    locale: tag,
    format: (f.localized as (t: LocaleTag) => StringFormat)(tag),
  })),
]);

for (const { label, locale, format: f } of cases) {
  describe(label, () => {
    it('keeps the format name and a domain size the unique enumeration can honour', () => {
      assert.ok(f.summary.length > 0);
      assert.ok(f.size === Infinity || (Number.isSafeInteger(f.size) && f.size > 0), `size ${f.size}`);
    });

    it(`draws ${COUNT} realistic values that satisfy its schema`, () => {
      assertValid(f, realisticValues(f, locale));
    });

    it(`enumerates ${COUNT} distinct unique values (or the whole domain) that satisfy its schema`, () => {
      const values = uniqueValues(f, locale);
      assert.equal(new Set(values).size, values.length, 'unique values repeat');
      assertValid(f, values);
    });

    it('is deterministic: the same key gives the same values, in any order of rows', () => {
      assert.deepEqual(realisticValues(f, locale), realisticValues(f, locale));
      const again = f.unique(streamOf(keyOf(f, locale)));
      const ks = uniqueIndices(f).slice(0, 200);
      assert.deepEqual(
        [...ks].reverse().map((k) => again(k, k)),
        ks.map((k) => f.unique(streamOf(keyOf(f, locale)))(k, k)).reverse(),
      );
    });

    it(`declares plain exactly when no value needs escaping (plain: ${f.plain})`, () => {
      const escaped = [...realisticValues(f, locale), ...uniqueValues(f, locale)].filter(needsEscape);
      if (f.plain) assert.deepEqual(escaped, []);
      else assert.ok(escaped.length > 0, 'declared not plain, yet no sampled value needs escaping');
    });
  });
}

describe('localized variants', () => {
  for (const f of formats.filter((g) => g.localized)) {
    const localized = f.localized as (t: LocaleTag) => StringFormat;

    it(`string(${f.name}) builds each variant once, keeps its name, and falls back to the default`, () => {
      for (const tag of LOCALES) {
        assert.equal(localized(tag), localized(tag), `${tag} variant rebuilt`);
        assert.equal(localized(tag).name, f.name);
        if (!f.locales?.includes(tag)) assert.equal(localized(tag).realistic, f.realistic);
      }
    });

    if (COUNTRY_SCOPED.has(f.name)) continue;
    it(`string(${f.name}) in en-US gives exactly the default output`, () => {
      const enUS = localized('en-US');
      const s = streamOf(['en-US equals default', f.name]);
      assert.deepEqual(rows(COUNT).map(enUS.realistic(s)), rows(COUNT).map(f.realistic(s)));
      const ks = uniqueIndices(f);
      assert.deepEqual(
        ks.map((k, i) => enUS.unique(s)(k, i)),
        ks.map((k, i) => f.unique(s)(k, i)),
      );
      assert.equal(enUS.size, f.size);
      assert.deepEqual(enUS.schema, f.schema);
    });
  }

  it('every other locale of a name or address format differs from en-US', () => {
    for (const name of ['first_name', 'last_name', 'street_address', 'postcode', 'phone', 'region']) {
      const f = formats.find((g) => g.name === name);
      assert.ok(f?.localized);
      const s = streamOf(['differs', name]);
      const english = rows(50).map(f.localized('en-US').realistic(s));
      for (const tag of LOCALES.filter((t) => t !== 'en-US' && t !== 'en-GB'))
        assert.notDeepEqual(rows(50).map(f.localized(tag).realistic(s)), english, `${name} in ${tag}`);
    }
  });
});
