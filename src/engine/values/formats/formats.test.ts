/** @module One contract suite run against every registered string format, then per-format safety checks. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { ByteWriter } from '../../encoders/byteWriter.js';
import { streamOf } from '../../random/stream.js';
import { BUILT_IN_FORMATS } from '../../../model/formatNames.js';
import { generatingFormat, JSON_SCHEMA_FORMATS } from '../../../jsonSchema/formatNames.js';
import { findFormat, formats } from './formats.js';
import { formatValidators, jsonSchemaFormat } from './jsonSchemaFormats.js';
import type { StringFormat } from './stringFormat.js';

const ajv = new Ajv({ strict: true });
addFormats.default(ajv);
// ajv-formats has no idn-email, idn-hostname, iri or iri-reference: Fixtura's validators stand in.
for (const [format, validate] of Object.entries(formatValidators)) ajv.addFormat(format, validate);

const TWO_52 = 2 ** 52;
/** What a plain value may never hold: it would need JSON escaping or CSV quoting. */
const needsEscaping = (v: string): boolean =>
  [...v].some(
    (c) => c === '"' || c === '\\' || c === ',' || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f,
  );

const streamFor = (f: StringFormat) => streamOf(['test', f.name]);
const rows = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const realisticValues = (f: StringFormat, n: number): string[] => rows(n).map(f.realistic(streamFor(f)));

/** Indices of unique(): all of a small domain, else `n` indices spread evenly over [0, min(size, 2^52)). */
function spreadIndices(f: StringFormat, n: number): number[] {
  const limit = Math.min(f.size, TWO_52);
  return limit <= n ? rows(limit) : rows(n).map((i) => Math.floor(i * (limit / n)));
}

/** Realistic values and unique() values from across the domain: what safety checks must hold for. */
function samples(f: StringFormat): string[] {
  const enumerate = f.unique(streamFor(f));
  return [...realisticValues(f, 2000), ...spreadIndices(f, 2000).map((k, i) => enumerate(k, i))];
}

function assertSchema(f: StringFormat, values: readonly string[]): void {
  const validate = ajv.compile({ type: 'string', ...f.schema });
  for (const v of values)
    assert.ok(validate(v), `${f.name}: ${JSON.stringify(v)} violates ${JSON.stringify(f.schema)}`);
}

function assertDistinct(values: readonly string[]): void {
  const seen = new Set<string>();
  for (const v of values) {
    assert.ok(!seen.has(v), `duplicate value ${JSON.stringify(v)}`);
    seen.add(v);
  }
}

describe('the names a contract reads without loading the generators', () => {
  it("are the registry's names, in its order", () => {
    assert.deepEqual(
      BUILT_IN_FORMATS,
      formats.map((f) => f.name),
    );
  });

  it('map every JSON Schema format to a registered generator', () => {
    for (const name of JSON_SCHEMA_FORMATS) {
      const generator = findFormat(generatingFormat(name) ?? '');
      assert.ok(generator, `${name} names no registered format`);
      assert.equal(jsonSchemaFormat(name), generator);
    }
  });
});

for (const f of formats) {
  describe(`string(${f.name}) honours the StringFormat contract`, () => {
    it('is registered under its own name and documents itself', () => {
      assert.equal(findFormat(f.name), f);
      assert.ok(f.summary.length > 0 && !f.summary.includes('\n'));
      assert.ok(f.size === Infinity || (Number.isSafeInteger(f.size) && f.size > 0), `size ${f.size}`);
    });

    it('gives the same value for the same stream and row, whichever order rows are asked in', () => {
      const s = streamFor(f);
      const forward = rows(200).map(f.realistic(s));
      const backward = rows(200)
        .reverse()
        .map(f.realistic(streamOf(['test', f.name])));
      assert.deepEqual(forward, backward.reverse());
      const ks = spreadIndices(f, 200);
      assert.deepEqual(
        ks.map((k) => f.unique(s)(k, k)),
        ks.map((k) => f.unique(streamFor(f))(k, k)),
      );
    });

    it('writes the same bytes through its byte fast paths as its values, in every locale (where it has them)', () => {
      const s = streamFor(f);
      const utf8 = new TextEncoder();
      const check = (write: (out: ByteWriter) => void, expected: string) => {
        const out = new ByteWriter(16);
        write(out);
        assert.deepEqual(out.take(), utf8.encode(expected), expected);
      };
      const variants = [
        f,
        ...(f.locales ?? []).map((l) => (f.localized as NonNullable<typeof f.localized>)(l)),
      ];
      for (const v of variants) {
        const { writeRealistic, writeUnique } = v;
        if (writeRealistic) {
          const [write, value] = [writeRealistic(s), v.realistic(s)];
          for (const r of [...rows(500), 2 ** 32 + 7, TWO_52 - 1]) check((out) => write(r, out), value(r));
        }
        if (writeUnique) {
          const [write, value] = [writeUnique(s), v.unique(s)];
          for (const [i, k] of spreadIndices(v, 500).entries()) check((out) => write(k, i, out), value(k, i));
        }
      }
    });

    it('gives different values for a different seed', () => {
      const other = streamOf(['another seed', f.name]);
      assert.notDeepEqual(realisticValues(f, 50), rows(50).map(f.realistic(other)));
    });

    it('produces realistic values that satisfy its JSON Schema', () => {
      assertSchema(f, realisticValues(f, 500));
    });

    it('enumerates distinct, schema-valid values for the first min(size, 20 000) indices', () => {
      const enumerate = f.unique(streamFor(f));
      // A constant row: distinctness must come from k alone, never from row decoration.
      const values = rows(Math.min(f.size, 20000)).map((k) => enumerate(k, 0));
      assertDistinct(values);
      assertSchema(f, values);
    });

    it('enumerates distinct, schema-valid values across the whole domain', () => {
      const enumerate = f.unique(streamFor(f));
      const values = spreadIndices(f, 20000).map((k, i) => enumerate(k, i));
      assertDistinct(values);
      assertSchema(f, values);
    });

    it('gives distinct values for any two distinct indices', () => {
      const enumerate = f.unique(streamFor(f));
      const index = fc.bigInt({ min: 0n, max: BigInt(Math.min(f.size, TWO_52) - 1) }).map(Number);
      fc.assert(
        fc.property(index, index, fc.nat(), fc.nat(), (a, b, ra, rb) => {
          fc.pre(a !== b);
          assert.notEqual(enumerate(a, ra), enumerate(b, rb));
        }),
        { seed: 42, numRuns: 300 },
      );
    });

    it(`is plain exactly when no value needs JSON escaping or CSV quoting (plain: ${f.plain})`, () => {
      const escaped = samples(f).filter(needsEscaping);
      if (f.plain) assert.deepEqual(escaped, []);
      else assert.ok(escaped.length > 0, 'declared not plain, yet no sampled value needs escaping');
    });
  });
}

/** Safety (ARCHITECTURE §4): every sampled value lies in a range reserved for documentation or fiction. */
function sampleOf(name: string): string[] {
  const f = findFormat(name);
  assert.ok(f, `format ${name} is registered`);
  return samples(f);
}

/** ISO 13616: move the first four characters to the end, letters → 10..35, the number mod 97 must be 1. */
function ibanRemainder(iban: string): number {
  const digits = [...(iban.slice(4) + iban.slice(0, 4))].map((c) => parseInt(c, 36)).join('');
  return Number(BigInt(digits) % 97n);
}

describe('generated values are safe by construction', () => {
  it('every IBAN passes mod-97, has the German BBAN length and a never-allocated bank code', () => {
    for (const v of sampleOf('iban')) {
      assert.equal(ibanRemainder(v), 1, v);
      assert.match(v, /^DE\d{2}0\d{17}$/);
    }
  });

  it('the IBAN check rejects a single changed digit (so the test above can fail)', () => {
    assert.equal(ibanRemainder('DE89370400440532013000'), 1);
    assert.notEqual(ibanRemainder('DE89370400440532013001'), 1);
  });

  it('every ipv4 address is in an RFC 5737 documentation range', () => {
    for (const v of sampleOf('ipv4')) {
      const host = /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.(0|[1-9]\d{0,2})$/.exec(v)?.[1];
      assert.ok(host !== undefined && Number(host) <= 255, v);
    }
  });

  it('every phone number is in the fictional 555-0100..555-0199 range', () => {
    for (const v of sampleOf('phone')) assert.match(v, /^\+1-[2-9]\d{2}-555-01\d{2}$/);
  });

  it('every url is https on a reserved host', () => {
    for (const v of sampleOf('url')) {
      const { protocol, hostname } = new URL(v);
      assert.equal(protocol, 'https:');
      assert.match(hostname, /(^|\.)example\.(com|net|org)$|\.(example|test)$/, v);
    }
  });

  it('every email address is on a reserved domain', () => {
    for (const v of sampleOf('email')) assert.match(v, /@example\.(com|net|org)$/);
  });
});
