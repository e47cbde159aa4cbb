import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDsl } from '../contract/dsl/parseDsl.js';
import type { Entity, Field, FieldType, Model } from '../model/model.js';
import { checkRule, compileExpression } from './compileRule.js';
import { unsatisfiableReason } from './ruleSatisfiability.js';

const model = parseDsl(
  [
    'entities:',
    '  Customer:',
    '    fields:',
    '      - id: integer(>=1,<=100) unique',
    '  Order:',
    '    fields:',
    '      - customer_id: fk(Customer.id)',
    '      - total_eur: number(>=0,<=99999,2dec)',
    '      - status: enum[PAID,PENDING,FAILED,REFUNDED]',
    '      - quantity: integer(>=1,<=5)',
    '      - placed_at: datetime(>=2024-01-01T00:00:00Z,<=2025-01-01T00:00:00Z)',
    '      - shipped_at: datetime nullable',
    '      - flag: boolean',
    '      - ratio: number(>=0,<=5)',
    '      - born: date(>=1960-01-01,<=2004-12-31)',
    '      - code: string',
    '      - note: string nullable',
    '      - discount: integer(>=0,<=10) optional',
    '      - doubled: derive(quantity * 2)',
    '',
  ].join('\n'),
  'c.yaml',
).model as Model;
const order = model.entities[1] as Entity;

function reason(expression: string): string | null {
  assert.equal(checkRule(model, order, expression), null, `${expression} type-checks`);
  return unsatisfiableReason(model, order, expression);
}

describe('rules no record can satisfy', () => {
  it('are refused when a comparison leaves the field range, naming the field and its type', () => {
    assert.equal(
      reason('total_eur > 100000'),
      'no value of total_eur (a number from 0 to 99999 with at most 2 decimals) satisfies it',
    );
    assert.equal(reason('100000 < total_eur'), reason('total_eur > 100000'));
    assert.equal(reason('ratio > 5.0'), 'no value of ratio (a number from 0 to 5) satisfies it');
    assert.equal(
      reason('customer_id > 100'),
      'no value of customer_id (an integer from 1 to 100) satisfies it',
    );
    assert.notEqual(reason('!(quantity >= 1)'), null);
    assert.notEqual(reason('quantity < -1'), null);
  });

  it('are refused when conjuncts contradict each other, on integers and on the decimal grid', () => {
    assert.equal(
      reason('quantity > 3 && quantity < 2'),
      'no value of quantity (an integer from 1 to 5) satisfies it',
    );
    assert.notEqual(reason('quantity > 3 && quantity < 4'), null);
    assert.notEqual(reason('quantity == 2.5'), null);
    assert.notEqual(reason('total_eur > 5 && total_eur < 5.01'), null);
    assert.notEqual(reason('(quantity > 2 && quantity != 3) && (quantity < 5 && quantity != 4)'), null);
    assert.notEqual(
      reason('quantity != 1 && quantity != 2 && quantity != 3 && quantity != 4 && quantity != 5'),
      null,
    );
  });

  it('are refused when an enum cannot take the value compared with', () => {
    assert.equal(
      reason("status == 'SHIPPED'"),
      'no value of status (one of PAID, PENDING, FAILED, REFUNDED) satisfies it',
    );
    assert.notEqual(reason("status in ['SHIPPED', 'LOST']"), null);
    assert.notEqual(reason("!(status in ['PAID', 'PENDING', 'FAILED', 'REFUNDED'])"), null);
    assert.notEqual(
      reason("status != 'PAID' && status != 'PENDING' && status != 'FAILED' && status != 'REFUNDED'"),
      null,
    );
    assert.notEqual(reason("status == 'PAID' && status == 'FAILED'"), null);
    assert.notEqual(reason("code == 'a' && code == 'b'"), null);
  });

  it('are refused for instants, dates and booleans out of reach', () => {
    assert.equal(
      reason("placed_at > timestamp('2025-06-01T00:00:00Z')"),
      'no value of placed_at (a datetime from 2024-01-01T00:00:00Z to 2025-01-01T00:00:00Z) satisfies it',
    );
    assert.notEqual(reason("placed_at < timestamp('2023-12-31T23:59:59.999Z')"), null);
    assert.notEqual(reason("placed_at > timestamp('2025-01-01T03:00:00+02:00')"), null);
    assert.notEqual(reason("born >= '2005-01-01'"), null);
    assert.equal(reason('flag && !flag'), 'no value of flag (true or false) satisfies it');
    assert.notEqual(reason('flag == true && flag != true'), null);
  });

  it('are refused when every branch of || and ?: is, naming every field involved', () => {
    assert.equal(
      reason("quantity > 5 || status == 'SHIPPED'"),
      'no values of status (one of PAID, PENDING, FAILED, REFUNDED) and quantity (an integer from 1 to 5) satisfy it',
    );
    assert.notEqual(reason('quantity > 5 ? true : false'), null);
    assert.notEqual(reason("quantity > 2 ? quantity < 2 : status == 'LOST'"), null);
    assert.equal(reason('false'), 'it is false whatever the values of the fields');
  });

  it('know that a null or absent field fails every comparison but != and == null', () => {
    assert.notEqual(reason('discount > 10'), null);
    assert.notEqual(reason('note == null && note != null'), null);
    assert.notEqual(reason("note == null && note == 'x'"), null);
    assert.equal(reason('discount == null'), null);
    assert.equal(reason('discount != 3'), null);
    assert.equal(reason("note != 'x'"), null);
    assert.equal(reason('!(discount == 4)'), null);
  });

  it('are not refused when some record within the types satisfies them', () => {
    for (const expression of [
      "status != 'REFUNDED' || total_eur > 0",
      'total_eur >= 99999',
      'total_eur > 99998.99',
      'total_eur > 5 && total_eur < 5.02',
      'ratio > 4.999999',
      'quantity > 3 && quantity < 5',
      'quantity > 3 || quantity < 0',
      'quantity != 3',
      'quantity == 5.0',
      "quantity > 2 ? status == 'PAID' : status == 'FAILED'",
      "status in ['PAID', 'SHIPPED']",
      "!(status == 'SHIPPED')",
      "placed_at >= timestamp('2025-01-01T00:00:00Z')",
      "placed_at > timestamp('2024-06-01T00:00:00.5Z')",
      "placed_at > timestamp('2025-01-01T01:00:00+02:00')",
      "born > '2004-12-30'",
      'flag || !flag',
      '!flag',
      'customer_id == 100',
      "code == 'a' || code == 'b'",
    ])
      assert.equal(reason(expression), null, expression);
  });

  it('claim nothing about what they do not model: two fields, arithmetic, functions, derived fields', () => {
    for (const expression of [
      'quantity < discount',
      'shipped_at > placed_at',
      'total_eur < ratio && ratio < total_eur',
      'quantity * 2 > 100', // unsatisfiable, but arithmetic is beyond the analysis
      'doubled > 1000000',
      "note.startsWith('x') && size(code) > 1000",
      "placed_at > timestamp('2025-06-01T00:00:00.0000001Z')", // finer than a millisecond
      "born >= '2005'", // text comparison with something other than a date
    ])
      assert.equal(reason(expression), null, expression);
  });

  it('accepts every rule of the examples and fixtures', () => {
    for (const file of ['examples/features.contract.yaml', 'examples/shop.contract.yaml']) {
      const parsed = parseDsl(readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'), file);
      assert.deepEqual(parsed.issues, []);
      for (const entity of parsed.model?.entities ?? [])
        for (const rule of entity.rules)
          assert.equal(unsatisfiableReason(parsed.model as Model, entity, rule.expression), null, rule.name);
    }
  });
});

// A law: whatever the rule, a refusal means that no record in the field types makes it true, checked by
// evaluating the rule with CEL on every record of a small domain.

function field(name: string, type: FieldType, nullable: boolean): Field {
  return {
    name,
    type,
    unique: false,
    nullable: nullable ? 0.5 : 0,
    optional: 0,
    description: null,
    example: null,
  };
}

interface Domain {
  readonly lo: number;
  readonly hi: number;
  readonly nullable: boolean;
}

const domain = fc
  .tuple(fc.integer({ min: -6, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.boolean())
  .map(([lo, width, nullable]): Domain => ({ lo, hi: lo + width, nullable }));

const op = fc.constantFrom('<', '<=', '>', '>=', '==', '!=');
const int = fc.integer({ min: -9, max: 9 }).map(String);
const tenth = fc.integer({ min: -90, max: 90 }).map((n) => (n / 10).toFixed(1));

/** Rules over x (an integer), y (a number with one decimal) and s (an enum of A, B, C). */
function rule(withNull: boolean): fc.Arbitrary<string> {
  const atoms = [
    fc.tuple(op, fc.oneof(int, tenth)).map(([o, c]) => `x ${o} ${c}`),
    fc.tuple(fc.oneof(int, tenth), op).map(([c, o]) => `${c} ${o} x`),
    fc.tuple(op, tenth).map(([o, c]) => `y ${o} ${c}`),
    fc.array(int, { maxLength: 3 }).map((cs) => `x in [${cs.join(', ')}]`),
    fc.tuple(fc.constantFrom('==', '!='), fc.constantFrom('A', 'B', 'D')).map(([o, c]) => `s ${o} '${c}'`),
    fc.array(fc.constantFrom("'A'", "'C'", "'D'"), { maxLength: 2 }).map((cs) => `s in [${cs.join(', ')}]`),
    fc.constantFrom('true', 'false', 'x < y', 'x + 1 > 3', 'double(x) == y'),
    ...(withNull ? [fc.constantFrom('x == null', 'x != null', 'y == null', 's != null')] : []),
  ];
  return fc.letrec<{ rule: string }>((tie) => ({
    rule: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      ...atoms,
      fc.tuple(tie('rule'), tie('rule')).map(([a, b]) => `(${a}) && (${b})`),
      fc.tuple(tie('rule'), tie('rule')).map(([a, b]) => `(${a}) || (${b})`),
      tie('rule').map((a) => `!(${a})`),
      fc.tuple(tie('rule'), tie('rule'), tie('rule')).map(([a, b, c]) => `(${a}) ? (${b}) : (${c})`),
    ),
  })).rule;
}

function entityOf(x: Domain, y: Domain, s: readonly string[], nullable: boolean): [Model, Entity] {
  const uniform = { kind: 'uniform' } as const;
  const entity: Entity = {
    name: 'E',
    key: null,
    count: null,
    rules: [],
    fields: [
      field('x', { kind: 'integer', min: x.lo, max: x.hi, distribution: uniform }, nullable && x.nullable),
      field(
        'y',
        { kind: 'number', min: y.lo / 2, max: y.hi / 2, decimals: 1, distribution: uniform },
        nullable,
      ),
      field('s', { kind: 'enum', values: s, weights: null }, nullable && y.nullable),
    ],
  };
  return [{ contract: { name: 'law', version: '1' }, entities: [entity] }, entity];
}

function* records(entity: Entity): Generator<Record<string, unknown>> {
  const values = entity.fields.map((f) => {
    const all: unknown[] = f.nullable > 0 ? [null] : [];
    if (f.type.kind === 'enum') all.push(...f.type.values);
    if (f.type.kind === 'integer')
      for (let v = f.type.min as number; v <= (f.type.max as number); v++) all.push(v);
    if (f.type.kind === 'number')
      for (let k = Math.ceil((f.type.min as number) * 10); k <= (f.type.max as number) * 10; k++)
        all.push(k / 10);
    return all;
  });
  for (const x of values[0] ?? [])
    for (const y of values[1] ?? []) for (const s of values[2] ?? []) yield { x, y, s };
}

function someRecordSatisfies(model: Model, entity: Entity, expression: string): boolean {
  const evaluate = compileExpression(model, entity, expression);
  for (const record of records(entity)) {
    try {
      if (evaluate(record) === true) return true;
    } catch {
      // An error breaks the rule for this record.
    }
  }
  return false;
}

describe('refusing a rule (law)', () => {
  it('means that no record within the field types satisfies it', () => {
    fc.assert(
      fc.property(
        domain,
        domain,
        fc.subarray(['A', 'B', 'C'], { minLength: 1 }),
        fc.boolean().chain((nullable) => rule(nullable).map((r) => [nullable, r] as const)),
        (x, y, s, [nullable, expression]) => {
          const [m, entity] = entityOf(x, y, s, nullable);
          fc.pre(checkRule(m, entity, expression) === null);
          if (unsatisfiableReason(m, entity, expression) !== null)
            assert.equal(someRecordSatisfies(m, entity, expression), false, expression);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is exact for and/or/not of comparisons of one integer field with constants', () => {
    const comparison = fc.tuple(op, int).map(([o, c]) => `x ${o} ${c}`);
    const formula = fc.letrec<{ f: string }>((tie) => ({
      f: fc.oneof(
        { depthSize: 'small', maxDepth: 3 },
        comparison,
        fc.tuple(tie('f'), tie('f')).map(([a, b]) => `(${a}) && (${b})`),
        fc.tuple(tie('f'), tie('f')).map(([a, b]) => `(${a}) || (${b})`),
        tie('f').map((a) => `!(${a})`),
      ),
    })).f;
    fc.assert(
      fc.property(domain, formula, (x, expression) => {
        const [m, entity] = entityOf(x, { lo: 0, hi: 0, nullable: false }, ['A'], false);
        const refused = unsatisfiableReason(m, entity, expression) !== null;
        assert.equal(refused, !someRecordSatisfies(m, entity, expression), expression);
      }),
      { numRuns: 400 },
    );
  });
});
