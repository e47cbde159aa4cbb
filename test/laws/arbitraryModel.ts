/** fast-check arbitraries for whole models: entities with every kind of field, keys and foreign keys. */
import fc from 'fast-check';
import { formats } from '../../src/engine/values/formats/formats.js';
import type { Entity, Field, FieldType, Model } from '../../src/model/model.js';

const uniform = { kind: 'uniform' } as const;

/** Regular expressions for `string(pattern=…)`, and whether their language is large enough for `unique`. */
const PATTERNS: readonly (readonly [string, boolean])[] = [
  ['[A-Z]{2}-\\d{4}', true],
  ['EMP-[a-f0-9]{6}', true],
  ['(foo|bar|baz)_[0-9]{1,3}', false],
  ['\\w{3,8}@[a-z]{3,8}\\.test', true],
  ['[^,"\\\\]{1,6}', true],
  ['[\\u00e9\\u4e2d\\u{1F600}]{1,4}', false],
];

const distribution = fc.oneof(
  fc.constant(uniform),
  fc.record({
    kind: fc.constant('normal' as const),
    mean: fc.integer({ min: -50, max: 150 }),
    sd: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('lognormal' as const),
    mu: fc.double({ min: 0, max: 3, noNaN: true }),
    sigma: fc.double({ min: 0.1, max: 1.5, noNaN: true }),
  }),
);

/** Field types that do not reference another entity; `wide` ones have domains far above any test count. */
const plainType: fc.Arbitrary<{ type: FieldType; wide: boolean }> = fc.oneof(
  fc.constantFrom(...formats.map((f) => f.name)).map((format) => ({
    type: { kind: 'string' as const, format, minLength: null, maxLength: null, pattern: null },
    wide: (formats.find((f) => f.name === format)?.size ?? 0) > 1e6,
  })),
  fc
    .record({
      lo: fc.integer({ min: -1000, max: 1000 }),
      span: fc.integer({ min: 0, max: 100000 }),
      distribution,
    })
    .map(({ lo, span, distribution }) => ({
      type: { kind: 'integer' as const, min: lo, max: lo + span, distribution },
      wide: span > 10000,
    })),
  fc
    .record({ decimals: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), distribution })
    .map(({ decimals, distribution }) => ({
      type: { kind: 'number' as const, min: 0, max: 100, decimals, distribution },
      wide: decimals !== null && decimals >= 3,
    })),
  fc.constant({ type: { kind: 'boolean' as const }, wide: false }),
  fc.constant({
    type: { kind: 'date' as const, min: '1990-01-01', max: '2030-12-31', distribution: uniform },
    wide: true,
  }),
  fc.constant({
    type: { kind: 'datetime' as const, min: null, max: null, distribution: uniform },
    wide: true,
  }),
  fc
    .uniqueArray(fc.stringMatching(/^[A-Z][a-z"\\,é]{0,5}$/), { minLength: 1, maxLength: 6 })
    .chain((values) =>
      fc
        .option(
          fc.array(fc.integer({ min: 1, max: 9 }), { minLength: values.length, maxLength: values.length }),
          { nil: null },
        )
        .map((weights) => ({
          type: { kind: 'enum' as const, values, weights },
          wide: false,
        })),
    ),
  fc
    .record({ min: fc.integer({ min: 0, max: 8 }), extra: fc.integer({ min: 0, max: 12 }) })
    .map(({ min, extra }) => ({
      type: { kind: 'string' as const, format: null, minLength: min, maxLength: min + extra, pattern: null },
      wide: min >= 5,
    })),
  fc.constantFrom(...PATTERNS).map(([pattern, wide]) => ({
    type: { kind: 'string' as const, format: null, minLength: null, maxLength: null, pattern },
    wide,
  })),
);

const share = fc.oneof(fc.constant(0), fc.constant(0), fc.double({ min: 0.05, max: 0.5, noNaN: true }));

function field(name: string, type: FieldType, unique: boolean, nullable: number, optional: number): Field {
  return { name, type, unique, nullable, optional, description: null, example: null };
}

/** A model of 1–3 entities; each has an `id` key, and later entities may reference earlier ones. */
export const arbitraryModel: fc.Arbitrary<Model> = fc
  .array(
    fc.array(
      fc.record({
        t: plainType,
        unique: fc.boolean(),
        nullable: share,
        optional: share,
        ref: fc.option(fc.nat(), { nil: null }),
        fanout: fc.constantFrom('uniform', 'zipf', 'poisson'),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((specs) => {
    const entities: Entity[] = specs.map((fieldSpecs, e) => {
      const fields: Field[] = [
        field(
          'id',
          { kind: 'string', format: 'uuid', minLength: null, maxLength: null, pattern: null },
          true,
          0,
          0,
        ),
      ];
      fieldSpecs.forEach((s, i) => {
        if (s.ref !== null && e > 0) {
          const parent = `E${s.ref % e}`;
          const fanout =
            s.fanout === 'zipf'
              ? { kind: 'zipf' as const, s: 1.1 }
              : s.fanout === 'poisson'
                ? { kind: 'poisson' as const, mean: 2 }
                : { kind: 'uniform' as const };
          fields.push(
            field(
              `f${i}`,
              { kind: 'fk', entity: parent, field: 'id', fanout },
              false,
              s.nullable,
              s.optional,
            ),
          );
        } else {
          fields.push(field(`f${i}`, s.t.type, s.unique && s.t.wide, s.nullable, s.optional));
        }
      });
      return { name: `E${e}`, key: 'id', count: null, fields, rules: [] };
    });
    return { contract: { name: 'law', version: '1' }, entities };
  });
