/**
 * The field kind contract (issue 15, item 5): one suite that every registered kind passes, after hono's
 * `common.case.test.ts`. For sample fields of its type, a kind's domain gives values of that type, its byte
 * path writes exactly their text, its unique enumeration never repeats, and the same stream gives the same
 * values; where the kind can refuse, the refusal is located at the field's line. The registry holds one kind
 * per type of the model, and the compiler consults it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseContract } from '../../contract/parseContract.js';
import type { ContractIssue } from '../../model/issues.js';
import { ContractError } from '../../model/issues.js';
import type { Entity, Field, FieldType, Model } from '../../model/model.js';
import type { SourceMap } from '../../contract/dsl/parseDsl.js';
import { compileDataset, compileWith } from '../compileDataset.js';
import { ByteWriter } from '../encoders/byteWriter.js';
import { planGeneration } from '../plan.js';
import { records } from '../records.js';
import type { DomainContext, FieldValue, ValueDomain } from '../values/valueDomain.js';
import type { FieldCompiler, FieldKind } from './fieldKind.js';
import { fieldKinds } from './fieldKinds.js';

/** A contract with a field of the kind (`field` is `Entity.field`), and what its values must be. */
interface Sample {
  readonly about: string;
  readonly contract: string;
  readonly field: string;
  readonly counts?: Record<string, number>;
  /** Whether a value as the domain gives it (a fixed-decimal number as its text) is of the declared type. */
  readonly holds: (value: FieldValue) => boolean;
  /** Why the field can never be unique, where its domain's `unique` is no enumeration. */
  readonly neverUnique?: string;
}

/** A contract whose field the kind refuses, with the code, before generating or at a row it cannot write. */
interface Refusal {
  readonly about: string;
  readonly contract: string;
  readonly field: string;
  readonly counts?: Record<string, number>;
  readonly code: string;
  readonly when: 'compile' | 'row';
}

interface KindCase {
  readonly samples: readonly Sample[];
  /** Empty where the kind never refuses a field the contract readers accept. */
  readonly refusals: readonly Refusal[];
}

const dsl = (...fieldsOf: [entity: string, fields: string[], options?: string][]): string =>
  'entities:\n' +
  fieldsOf
    .map(
      ([entity, fields, options]) =>
        `  ${entity}:\n${options ? `    ${options}\n` : ''}    fields:\n${fields.map((f) => `      - ${f}\n`).join('')}`,
    )
    .join('');

const openapi = (property: string): string =>
  [
    'openapi: 3.1.0',
    'info: { title: kinds, version: "1" }',
    'paths: {}',
    'components:',
    '  schemas:',
    '    S:',
    '      type: object',
    '      required: [id, v]',
    '      properties:',
    '        id: { type: integer }',
    `        v: ${property}`,
    '',
  ].join('\n');

const isDate = (v: FieldValue): boolean => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isDateTime = (v: FieldValue): boolean =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v);
const between = (v: FieldValue, lo: number, hi: number): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;

/** Every kind of the model: the compiler fails to build when a kind of FieldType has no case here. */
const cases: Record<FieldType['kind'], KindCase> = {
  string: {
    samples: [
      {
        about: 'a pattern',
        contract: dsl(['S', ['v: string(pattern=/[A-Z]{3}-[0-9]{2}/)']]),
        field: 'S.v',
        holds: (v) => typeof v === 'string' && /^[A-Z]{3}-[0-9]{2}$/.test(v),
      },
      {
        about: "an email made from the row's first and last name",
        contract: dsl(['S', ['first: string(first_name)', 'last: string(last_name)', 'v: string(email)']]),
        field: 'S.v',
        holds: (v) => typeof v === 'string' && /^[^@\s]+@[^@\s]+\.[a-z]+$/.test(v),
      },
      {
        about: "a format in the row's own locale (locale_from)",
        contract: dsl(['S', ['country: enum[DE,FR,GB]', 'v: string(city)'], 'locale_from: country']),
        field: 'S.v',
        holds: (v) => typeof v === 'string' && v.length > 0,
      },
    ],
    refusals: [
      {
        about: 'a pattern with a back-reference',
        contract: dsl(['S', ['v: string(pattern=/(a)\\1/)']]),
        field: 'S.v',
        code: 'plan/unsupported-pattern',
        when: 'compile',
      },
    ],
  },
  integer: {
    samples: [
      {
        about: 'a range',
        contract: dsl(['S', ['v: integer(>=18,<=99)']]),
        field: 'S.v',
        holds: (v) => between(v, 18, 99),
      },
    ],
    refusals: [],
  },
  number: {
    samples: [
      {
        about: 'fixed decimals',
        contract: dsl(['S', ['v: number(>=0,<=10,2dec)']]),
        field: 'S.v',
        holds: (v) => typeof v === 'string' && /^\d+(\.\d{1,2})?$/.test(v) && Number(v) <= 10,
      },
      {
        about: 'a double',
        contract: dsl(['S', ['v: number(>=-1,<=1)']]),
        field: 'S.v',
        holds: (v) => typeof v === 'number' && v >= -1 && v <= 1,
      },
    ],
    refusals: [
      {
        about: 'more decimals than a double tells apart',
        contract: dsl(['S', ['v: number(>=0,<=100000000000000,4dec)']]),
        field: 'S.v',
        code: 'plan/unsatisfiable-field',
        when: 'compile',
      },
    ],
  },
  boolean: {
    samples: [
      {
        about: 'a flag',
        contract: dsl(['S', ['v: boolean']]),
        field: 'S.v',
        holds: (v) => typeof v === 'boolean',
      },
    ],
    refusals: [],
  },
  date: {
    samples: [
      {
        about: 'a range',
        contract: dsl(['S', ['v: date(>=2020-01-01,<=2020-12-31)']]),
        field: 'S.v',
        holds: (v) => isDate(v) && (v as string).startsWith('2020-'),
      },
      {
        about: 'a bound read from another field of the row',
        contract: dsl(['S', ['a: date(>=2020-01-01,<=2020-12-31)', 'v: date(>= a)']]),
        field: 'S.v',
        holds: isDate,
      },
    ],
    refusals: [
      {
        about: 'a row whose bounds cross',
        contract: dsl(['S', ['a: date(>=2020-01-01,<=2020-12-31)', 'v: date(>=2021-01-01, <=a)']]),
        field: 'S.v',
        code: 'generate/unwritable-value',
        when: 'row',
      },
    ],
  },
  datetime: {
    samples: [
      {
        about: 'a range',
        contract: dsl(['S', ['v: datetime(>=2024-01-01T00:00:00Z,<=2024-12-31T00:00:00Z)']]),
        field: 'S.v',
        holds: (v) => isDateTime(v) && (v as string).startsWith('2024-'),
      },
      {
        about: 'a bound read from the parent row',
        contract: dsl(
          ['P', ['id: integer unique', 'at: datetime(>=2024-01-01T00:00:00Z,<=2024-06-30T00:00:00Z)']],
          ['S', ['p: fk(P.id)', 'v: datetime(>= p.at)']],
        ),
        field: 'S.v',
        holds: isDateTime,
      },
    ],
    refusals: [
      {
        about: 'a row whose bounds cross',
        contract: dsl([
          'S',
          [
            'a: datetime(>=2020-01-01T00:00:00Z,<=2020-12-31T00:00:00Z)',
            'v: datetime(>=2021-01-01T00:00:00Z, <=a)',
          ],
        ]),
        field: 'S.v',
        code: 'generate/unwritable-value',
        when: 'row',
      },
    ],
  },
  enum: {
    samples: [
      {
        about: 'weighted values',
        contract: dsl(['S', ['v: { type: "enum[GOLD,SILVER,BRONZE]", weights: [1, 2, 3] }']]),
        field: 'S.v',
        holds: (v) => v === 'GOLD' || v === 'SILVER' || v === 'BRONZE',
      },
    ],
    refusals: [],
  },
  fk: {
    samples: [
      {
        about: "another entity's key",
        contract: dsl(['P', ['id: string(pattern=/P[0-9]{4}/) unique']], ['S', ['v: fk(P.id)']]),
        field: 'S.v',
        holds: (v) => typeof v === 'string' && /^P[0-9]{4}$/.test(v),
      },
      {
        about: 'its own entity (a forest)',
        contract: dsl([
          'S',
          ['id: integer(>=1,<=100000) unique', 'v: { type: fk(S.id) nullable(0.2), depth: 3 }'],
        ]),
        field: 'S.v',
        holds: (v) => between(v, 1, 100_000),
        neverUnique: 'the contract readers refuse a unique self-reference (dsl/unique-self-reference)',
      },
    ],
    refusals: [
      {
        about: 'a required reference to an entity with no rows',
        contract: dsl(['P', ['id: integer unique']], ['S', ['v: fk(P.id)']]),
        field: 'S.v',
        counts: { P: 0, S: 5 },
        code: 'plan/empty-parent',
        when: 'compile',
      },
    ],
  },
  json: {
    samples: [
      {
        about: "a value of the property's schema",
        contract: openapi('{ type: array, maxItems: 3, items: { type: string, maxLength: 4 } }'),
        field: 'S.v',
        holds: (v) => {
          const parsed = typeof v === 'string' ? (JSON.parse(v) as unknown) : null;
          return Array.isArray(parsed) && parsed.every((s) => typeof s === 'string' && s.length <= 4);
        },
      },
    ],
    refusals: [
      {
        about: 'a schema no value satisfies',
        contract: openapi(
          '{ type: array, minItems: 1, items: { type: string, minLength: 5, maxLength: 2 } }',
        ),
        field: 'S.v',
        code: 'plan/unsatisfiable-field',
        when: 'compile',
      },
    ],
  },
  derived: {
    samples: [
      {
        about: 'an expression over the row',
        contract: dsl(['S', ['a: integer(>=1,<=9)', 'v: derive(a * 2)']]),
        field: 'S.v',
        holds: (v) => between(v, 2, 18) && (v as number) % 2 === 0,
      },
      {
        about: "a copy of the parent row's field",
        contract: dsl(
          ['P', ['id: integer unique', 'price: number(>=1,<=5,2dec)']],
          ['S', ['p_id: fk(P.id)', 'v: derive(p.price)']],
        ),
        field: 'S.v',
        holds: (v) => typeof v === 'string' && Number(v) >= 1 && Number(v) <= 5,
      },
    ],
    refusals: [
      {
        about: 'a row where the expression is not finite',
        contract: dsl(['S', ['a: number(>=1,<=2)', 'v: derive(a / 0.0)']]),
        field: 'S.v',
        code: 'generate/unwritable-value',
        when: 'row',
      },
    ],
  },
  aggregate: {
    samples: [
      {
        about: "a count of the row's children",
        contract: dsl(
          ['P', ['id: integer unique', 'v: derive(count(C))']],
          ['C', ['p: { type: fk(P.id), fanout: between(1, 3) }']],
        ),
        field: 'P.v',
        holds: (v) => between(v, 1, 3),
      },
    ],
    refusals: [
      {
        about: 'a sum that overflows a double',
        contract: dsl(
          ['P', ['id: integer unique', 'v: derive(sum(C.x))']],
          ['C', ['p: { type: fk(P.id), fanout: between(2, 3) }', 'x: number(>=1.7e308,<=1.79e308)']],
        ),
        field: 'P.v',
        code: 'generate/unwritable-value',
        when: 'row',
      },
    ],
  },
};

interface Parsed {
  readonly model: Model;
  readonly sourceMap: SourceMap;
}

async function parsed(contract: string): Promise<Parsed> {
  const name = contract.startsWith('openapi') ? 'kinds.openapi.yaml' : 'kinds.contract.yaml';
  const { model, sourceMap, issues } = await parseContract(contract, { name });
  assert.ok(model, issues.map((i) => i.message).join('\n'));
  return { model, sourceMap };
}

const planOf = (model: Model, counts?: Record<string, number>) =>
  planGeneration(model, { seed: 'kinds', count: 30, ...(counts ? { counts } : {}) });

/** A call of a kind's `domain` as the compiler made it, to repeat it. */
interface Call {
  readonly entity: Entity;
  readonly field: Field;
  readonly ctx: DomainContext;
  readonly compiler: FieldCompiler;
}

/** Compiles the sample with `kind` in place of its registered self, and hands back the call for its field. */
function callFor(kind: FieldKind, { model, sourceMap }: Parsed, sample: Sample): Call {
  let call: Call | undefined;
  const spy: FieldKind = {
    kind: kind.kind,
    domain(entity, field, type, ctx, compiler) {
      if (`${entity.name}.${field.name}` === sample.field) call = { entity, field, ctx, compiler };
      return kind.domain(entity, field, type, ctx, compiler);
    },
  };
  const kinds = fieldKinds.map((k) => (k === kind ? spy : k));
  compileWith(model, planOf(model, sample.counts), sourceMap, {}, { fieldKinds: kinds, overlays: [] });
  assert.ok(call, `the compiler asked no field kind for ${sample.field}`);
  return call;
}

const domainOf = (kind: FieldKind, call: Call): ValueDomain => {
  const domain = kind.domain(call.entity, call.field, call.field.type, call.ctx, call.compiler);
  assert.ok(domain, `${kind.kind} gave no domain for ${call.entity.name}.${call.field.name}`);
  return domain;
};

const ROWS = 30;
const rows = Array.from({ length: ROWS }, (_, row) => row);

/** A byte path's text for a row, as a string. */
function writtenBy(write: (out: ByteWriter) => void): string {
  const out = new ByteWriter(64);
  write(out);
  return Buffer.from(out.take()).toString('utf8');
}

/** The suite every field kind passes. */
function fieldKindContract(kind: FieldKind, kindCase: KindCase): void {
  describe(`field kind ${kind.kind}`, () => {
    for (const sample of kindCase.samples) {
      it(`${sample.about}: its values are of the declared type, and its byte paths write their text`, async () => {
        const domain = domainOf(kind, callFor(kind, await parsed(sample.contract), sample));
        for (const row of rows) {
          const value = domain.realistic(row);
          // A row the domain makes null by construction (a tree's root) is the null its presence writes.
          if (!domain.nullAt?.(row))
            assert.ok(
              sample.holds(value),
              `row ${row}: ${JSON.stringify(value)} is not of the declared type`,
            );
          const { writeRealistic, writeUnique } = domain;
          if (writeRealistic)
            assert.equal(
              writtenBy((out) => writeRealistic(row, out)),
              String(value),
            );
          if (writeUnique && domain.size > row)
            assert.equal(
              writtenBy((out) => writeUnique(row, row, out)),
              String(domain.unique(row, row)),
            );
        }
      });

      it(
        `${sample.about}: its unique enumeration never repeats a value, and indexOf inverts it`,
        { skip: sample.neverUnique ?? false },
        async () => {
          const domain = domainOf(kind, callFor(kind, await parsed(sample.contract), sample));
          const ks = rows.filter((k) => k < domain.size);
          const values = ks.map((k) => domain.unique(k, k));
          if (domain.size > 1) assert.equal(new Set(values).size, values.length, JSON.stringify(values));
          for (const k of ks) {
            const value = values[k];
            if (!domain.indexOf || value === null || value === undefined) continue;
            // indexOf takes a value as the contract writes it: a fixed-decimal number as a number.
            assert.equal(domain.indexOf(domain.encoding === 'raw' ? Number(value) : value), k);
          }
        },
      );

      it(`${sample.about}: the same stream gives the same values, in any order and any compile`, async () => {
        const contract = await parsed(sample.contract);
        const call = callFor(kind, contract, sample);
        const once = domainOf(kind, call);
        const twice = domainOf(kind, call);
        const again = domainOf(kind, callFor(kind, await parsed(sample.contract), sample));
        const values = rows.map((row) => once.realistic(row));
        // A value is a function of its row alone: asked again, backwards, it is the same.
        assert.deepEqual(
          [...rows].reverse().map((row) => once.realistic(row)),
          [...values].reverse(),
        );
        assert.deepEqual(
          rows.map((row) => twice.realistic(row)),
          values,
        );
        assert.deepEqual(
          rows.map((row) => again.realistic(row)),
          values,
        );
      });
    }

    for (const refusal of kindCase.refusals) {
      it(`refuses ${refusal.about} with ${refusal.code}, at the field's line`, async () => {
        const { model, sourceMap } = await parsed(refusal.contract);
        const [entity] = refusal.field.split('.') as [string];
        const issues = (): readonly ContractIssue[] => {
          try {
            const dataset = compileDataset(model, planOf(model, refusal.counts), sourceMap);
            assert.equal(refusal.when, 'row', 'refused no field before generating');
            for (const _record of records(dataset, entity));
          } catch (error) {
            if (error instanceof ContractError) return error.issues;
            throw error;
          }
          return assert.fail('wrote every row');
        };
        const found = issues();
        const issue = found.find((i) => i.code === refusal.code);
        assert.ok(issue, `no ${refusal.code} among ${found.map((i) => i.code).join(', ')}`);
        assert.ok(sourceMap[refusal.field], `the source map has no ${refusal.field}`);
        assert.deepEqual(issue.location, sourceMap[refusal.field]);
      });
    }
  });
}

describe('the field kind registry', () => {
  it('holds one kind for each type of the model, and nothing else', () => {
    const registered = fieldKinds.map((k) => k.kind);
    assert.deepEqual([...registered].sort(), Object.keys(cases).sort());
    assert.equal(
      new Set(registered).size,
      registered.length,
      `a kind is registered twice: ${registered.join(', ')}`,
    );
  });

  it("compiles a field with the kind the array gives for its type: a planted kind's values come out", async () => {
    const contract = await parsed(dsl(['S', ['v: boolean', 'w: integer(>=1,<=3)']]));
    const always: FieldKind<'boolean'> = {
      kind: 'boolean',
      domain: () => ({ size: 1, encoding: 'boolean', realistic: () => true, unique: () => true }),
    };
    const kinds = fieldKinds.map((k) => (k.kind === 'boolean' ? (always as FieldKind) : k));
    const dataset = compileWith(
      contract.model,
      planOf(contract.model),
      contract.sourceMap,
      {},
      { fieldKinds: kinds, overlays: [] },
    );
    const values = [...records(dataset, 'S')].map((r) => r.v);
    assert.deepEqual(
      values,
      rows.map(() => true),
    );
    // The registered kind draws both values.
    const registered = [
      ...records(compileDataset(contract.model, planOf(contract.model), contract.sourceMap), 'S'),
    ];
    assert.ok(registered.some((r) => r.v === false));
  });

  it('refuses a field whose type no registered kind generates, at the field, naming the kinds it knows', async () => {
    const contract = await parsed(dsl(['S', ['v: boolean', 'w: integer']]));
    const kinds = fieldKinds.filter((k) => k.kind !== 'boolean');
    assert.throws(
      () =>
        compileWith(
          contract.model,
          planOf(contract.model),
          contract.sourceMap,
          {},
          { fieldKinds: kinds, overlays: [] },
        ),
      (error: unknown) => {
        assert.ok(error instanceof ContractError);
        assert.deepEqual(
          error.issues.map((i) => [i.code, i.location, i.found]),
          [['plan/unknown-field-kind', contract.sourceMap['S.v'], '"boolean"']],
        );
        assert.match(error.issues[0]?.expected ?? '', /^one of string, integer/);
        return true;
      },
    );
  });
});

for (const kind of fieldKinds) {
  const kindCase = (cases as Partial<Record<string, KindCase>>)[kind.kind];
  if (kindCase) fieldKindContract(kind, kindCase);
}
