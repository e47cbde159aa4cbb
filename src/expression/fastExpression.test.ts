import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDsl } from '../contract/dsl/parseDsl.js';
import type { Entity, Model } from '../model/model.js';
import { checkExpression, fastExpression } from './compileRule.js';
import { celType, expressionEnvironment } from './expressionEnvironment.js';
import { compileFastClosures, fallback, FALLBACK, type FastAccess } from './fastExpression.js';
import { generateFast } from './generatedExpression.js';

const model = parseDsl(
  [
    'entities:',
    '  Product:',
    '    fields:',
    '      - id: integer unique',
    '      - price: number(>=0,<=100,2dec)',
    '      - name: string',
    '  Line:',
    '    fields:',
    '      - product_id: fk(Product.id)',
    '      - qty: integer(>=-5,<=5)',
    '      - big: integer',
    '      - ratio: number(>=-2,<=2)',
    '      - code: enum[A,B,C]',
    '      - flag: boolean',
    '      - note: string nullable',
    '      - unit: derive(product.price)',
    '',
  ].join('\n'),
  'c.yaml',
).model as Model;
const line = model.entities[1] as Entity;

type Row = Record<string, unknown>;

/** What CEL gives, as the engine writes it (ints as numbers), or 'error'. */
function byCel(expression: string, record: Row): unknown {
  const context: Row = { ...record };
  for (const k of ['qty', 'big', 'product_id'])
    if (typeof context[k] === 'number') context[k] = BigInt(context[k] as number);
  try {
    const v = expressionEnvironment(model, line).evaluate(expression, context);
    return typeof v === 'bigint' ? Number(v) : v;
  } catch {
    return 'error';
  }
}

/** What the fast closures give, 'fallback' where they hand over to CEL, 'error', or 'not compiled'. */
function byFast(expression: string, record: Row): unknown {
  const fast = fastExpression<Row>(model, line, expression, {
    read: (name) => (r) => r[name],
    readMember: (alias, name) => (r) => {
      const row = r[alias] as Row | undefined;
      return row ? row[name] : fallback();
    },
  });
  if (!fast) return 'not compiled';
  try {
    return fast(record);
  } catch (e) {
    return e === FALLBACK ? 'fallback' : 'error';
  }
}

const INT = ['qty', 'big', '2', '0', '-3', '9007199254740991'];
const DOUBLE = ['ratio', 'unit', 'product.price', '0.5', '2.0'];

const intExpr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(...INT),
    fc
      .tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '%'), tie('e'))
      .map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('e').map((a) => `-${a}`),
  ),
})).e;
const doubleExpr: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...DOUBLE),
  intExpr.map((i) => `double(${i})`),
  fc
    .tuple(fc.constantFrom(...DOUBLE), fc.constantFrom('+', '-', '*', '/'), intExpr)
    .map(([a, op, b]) => `(${a} ${op} ${b})`),
  fc.constantFrom(...DOUBLE).map((d) => `round(${d} * 3.0, 2)`),
);
const boolExpr: fc.Arbitrary<string> = fc.letrec<{ b: string }>((tie) => ({
  b: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('flag', 'true', "code == 'A'", "code in ['B', 'C']", "note == 'x'"),
    fc
      .tuple(intExpr, fc.constantFrom('<', '<=', '>', '>=', '==', '!='), intExpr)
      .map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(doubleExpr, fc.constantFrom('<', '>=', '=='), doubleExpr).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(tie('b'), fc.constantFrom('&&', '||'), tie('b')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('b').map((a) => `!(${a})`),
  ),
})).b;
const anyExpr = fc.oneof(
  intExpr,
  doubleExpr,
  boolExpr,
  fc.tuple(boolExpr, intExpr, intExpr).map(([c, a, b]) => `${c} ? ${a} : ${b}`),
);

const record: fc.Arbitrary<Row> = fc.record({
  product_id: fc.integer({ min: 1, max: 9 }),
  qty: fc.integer({ min: -5, max: 5 }),
  big: fc.oneof(fc.integer(), fc.constant(2 ** 53 - 1), fc.constant(-(2 ** 53) + 1)),
  ratio: fc.double({ min: -2, max: 2, noNaN: true }),
  code: fc.constantFrom('A', 'B', 'C'),
  flag: fc.boolean(),
  note: fc.option(fc.constantFrom('x', 'y'), { nil: null }),
  unit: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
  product: fc.option(fc.record({ price: fc.double({ min: 0, max: 100, noNaN: true }) }), { nil: undefined }),
});

/** The readers and types `fastExpression` gives, for calling the two compilers directly. */
const access: FastAccess<Row> = {
  read: (name) => (r) => r[name],
  readMember: (alias, name) => (r) => {
    const row = r[alias] as Row | undefined;
    return row ? row[name] : fallback();
  },
  variable: (name) => {
    const f = line.fields.find((x) => x.name === name);
    return f && celType(model, f, true);
  },
  member: (alias, name) => {
    const f = alias === 'product' ? model.entities[0]?.fields.find((x) => x.name === name) : undefined;
    return f && celType(model, f, true);
  },
};

/** A compiled expression's outcome on a record: its value, 'fallback', 'error', or 'not compiled'. */
function outcome(run: ((r: Row) => unknown) | null, record: Row): unknown {
  if (!run) return 'not compiled';
  try {
    return run(record);
  } catch (e) {
    return e === FALLBACK ? 'fallback' : 'error';
  }
}

describe('fast expressions', () => {
  it('as generated code give exactly what the closures give, hand-overs to CEL included', () => {
    let generated = 0;
    fc.assert(
      fc.property(
        fc.oneof(anyExpr, fc.constant("code in ['A', 'C'] ? qty : -qty")),
        record,
        (expression, r) => {
          const ast = expressionEnvironment(model, line).parse(expression).ast;
          const code = generateFast(ast, access);
          if (code) generated++;
          assert.deepEqual(outcome(code, r), outcome(compileFastClosures(ast, access), r), expression);
        },
      ),
      { numRuns: 2000 },
    );
    assert.ok(generated > 1500, `${generated} of 2000 generated`);
  });

  it('give what CEL gives wherever they do not hand over to it', () => {
    let compared = 0;
    fc.assert(
      fc.property(anyExpr, record, (expression, r) => {
        fc.pre(!('message' in checkExpression(model, line, expression)));
        const fast = byFast(expression, r);
        if (fast === 'fallback' || fast === 'not compiled') return;
        compared++;
        assert.deepEqual(fast, byCel(expression, r), expression);
      }),
      { numRuns: 2000 },
    );
    assert.ok(compared > 1000, `${compared} of 2000 compared`);
  });

  it('hand over to CEL on a null input, a missing parent, an overflow and a division by zero', () => {
    // A nullable field is not compiled at all: `==` with null is CEL's to judge.
    assert.equal(byFast("note == 'x'", {}), 'not compiled');
    const base = { product_id: 1, qty: 2, big: 2, ratio: 1, code: 'A', flag: true, note: null, unit: null };
    assert.equal(byFast('unit * 2.0', base), 'fallback');
    assert.equal(byFast('product.price + 1.0', base), 'fallback');
    assert.equal(byFast('big * big', { ...base, big: 2 ** 40 }), 'fallback');
    assert.equal(byFast('qty / 0', base), 'fallback');
    assert.equal(byFast('qty / 0 == 1 || flag', base), true, 'error || true is true in CEL');
    assert.equal(byCel('qty / 0 == 1 || flag', base), true);
  });
});
