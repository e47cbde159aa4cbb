import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NegativeInstance, NegativeResult } from './negativeApi.js';
import { negativeInstances } from './negativeInstances.js';

/** The records labelled with `keyword`, as [path, record] pairs. */
function broken(result: NegativeResult, keyword: string): [string, unknown][] {
  return result.instances
    .filter((n) => n.violates.keyword === keyword)
    .map((n) => [n.violates.path, n.record]);
}

function only(result: NegativeResult, keyword: string): NegativeInstance {
  const found = result.instances.filter((n) => n.violates.keyword === keyword);
  assert.equal(found.length, 1, `one ${keyword} record in ${JSON.stringify(result.instances)}`);
  return found[0] as NegativeInstance;
}

describe('negativeInstances', () => {
  it('labels each record with the code, the keyword and both pointers', () => {
    const schema = {
      type: 'object',
      required: ['age'],
      properties: { age: { type: 'integer', minimum: 0 } },
    };
    const minimum = only(negativeInstances(schema), 'minimum');
    assert.deepEqual(minimum, {
      record: { age: -1 },
      violates: {
        code: 'schema/minimum',
        path: '/age',
        keyword: 'minimum',
        schemaPath: '/properties/age/minimum',
      },
    });
  });

  it('gives a value of another JSON type, a numeric string for a number', () => {
    const result = negativeInstances({
      type: 'object',
      properties: { n: { type: 'number' }, s: { type: 'string' } },
    });
    const at = (path: string, record: unknown) =>
      path === '' ? record : (record as Record<string, unknown>)[path.slice(1)];
    assert.deepEqual(
      broken(result, 'type').map(([path, record]) => [path, at(path, record)]),
      [
        ['', []],
        ['/n', '1'],
        ['/s', 1],
      ],
    );
  });

  it('does not break type where enum lists no value of another type, and says why', () => {
    const result = negativeInstances({ type: 'string', enum: ['a', 'b'] });
    assert.deepEqual(broken(result, 'type'), []);
    assert.match(
      result.skipped.find((s) => s.keyword === 'type')?.reason ?? '',
      /enum\/const lists no value of another type/,
    );
    assert.deepEqual(broken(negativeInstances({ type: 'string', enum: ['a', 1] }), 'type'), [['', 1]]);
  });

  it('crosses numeric bounds by the nearest value, on the multipleOf grid', () => {
    const integers = negativeInstances({ type: 'integer', minimum: 1, maximum: 10, multipleOf: 3 });
    assert.deepEqual(broken(integers, 'minimum'), [['', 0]]);
    assert.deepEqual(broken(integers, 'maximum'), [['', 12]]);
    const cents = negativeInstances({
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 99999.99,
      multipleOf: 0.01,
    });
    assert.deepEqual(broken(cents, 'exclusiveMinimum'), [['', 0]]);
    assert.deepEqual(broken(cents, 'maximum'), [['', 100000]]);
    const plain = negativeInstances({ type: 'number', minimum: 0, exclusiveMaximum: 1 });
    assert.deepEqual(broken(plain, 'minimum'), [['', -0.1]]);
    assert.deepEqual(broken(plain, 'exclusiveMaximum'), [['', 1]]);
  });

  it('leaves the multipleOf grid by half a step, inside the bounds', () => {
    const [[, value]] = broken(
      negativeInstances({ type: 'number', multipleOf: 0.01, minimum: 0, maximum: 5 }),
      'multipleOf',
    ) as [[string, number]];
    assert.ok(value >= 0 && value <= 5 && Math.round(value * 1000) % 10 === 5, String(value));
  });

  it('adds one decimal too many for x-fixtura-decimals', () => {
    const schema = { type: 'number', minimum: 0, maximum: 99999, 'x-fixtura-decimals': 2 };
    const { record, violates } = only(negativeInstances(schema), 'x-fixtura-decimals');
    assert.equal(violates.code, 'schema/x-fixtura-decimals');
    assert.match(String(record), /^\d+\.\d{3}$/);
  });

  it('makes strings one code point too short or too long, still matching the pattern', () => {
    const result = negativeInstances({ type: 'string', minLength: 3, maxLength: 5, pattern: '^[a-z]+$' });
    const [[, short]] = broken(result, 'minLength') as [[string, string]];
    const [[, long]] = broken(result, 'maxLength') as [[string, string]];
    assert.match(short, /^[a-z]{2}$/);
    assert.match(long, /^[a-z]{6}$/);
    assert.equal(
      [...(broken(negativeInstances({ type: 'string', minLength: 2 }), 'minLength')[0]?.[1] as string)]
        .length,
      1,
    );
  });

  it('skips a length no string of the format can have, and says why', () => {
    const result = negativeInstances({ type: 'string', format: 'date', maxLength: 10 });
    assert.deepEqual(broken(result, 'maxLength'), []);
    assert.deepEqual(result.skipped, [
      {
        keyword: 'maxLength',
        path: '',
        schemaPath: '/maxLength',
        reason: 'no string of 11..11 characters in format date was found',
      },
    ]);
  });

  it('breaks a pattern with a string of the same length', () => {
    const [[, value]] = broken(
      negativeInstances({ type: 'string', pattern: '^[A-Z]{2}-\\d{4}$' }),
      'pattern',
    ) as [[string, string]];
    assert.equal(value.length, 7);
    assert.doesNotMatch(value, /^[A-Z]{2}-\d{4}$/);
  });

  it('sends malformed values of a format, and skips formats that accept any string', () => {
    assert.deepEqual(broken(negativeInstances({ type: 'string', format: 'email' }), 'format'), [
      ['', 'not-an-email'],
    ]);
    assert.deepEqual(broken(negativeInstances({ type: 'string', format: 'date' }), 'format'), [
      ['', '2024-13-45'],
    ]);
    const binary = negativeInstances({ type: 'string', format: 'binary' });
    assert.deepEqual(broken(binary, 'format'), []);
    assert.match(binary.skipped[0]?.reason ?? '', /format "binary" has no malformed example/);
  });

  it('sends an unlisted value for enum and const', () => {
    assert.deepEqual(broken(negativeInstances({ enum: ['PAID', 'PENDING'] }), 'enum'), [['', 'UNKNOWN']]);
    assert.deepEqual(broken(negativeInstances({ const: true }), 'const'), [['', false]]);
    assert.deepEqual(broken(negativeInstances({ type: 'integer', enum: [1, 2, 3] }), 'enum'), [['', 4]]);
  });

  it('deletes each required key, one record per key, labelled with the key', () => {
    const schema = { type: 'object', required: ['a', 'b'], properties: { a: { const: 1 }, b: { const: 2 } } };
    assert.deepEqual(broken(negativeInstances(schema), 'required'), [
      ['/a', { b: 2 }],
      ['/b', { a: 1 }],
    ]);
  });

  it('adds one unknown key to a closed object', () => {
    const closed = {
      type: 'object',
      properties: { a: { const: 1 } },
      required: ['a'],
      additionalProperties: false,
    };
    assert.deepEqual(broken(negativeInstances(closed), 'additionalProperties'), [
      ['/unexpected_property', { a: 1, unexpected_property: 'unexpected' }],
    ]);
    const unevaluated = { ...closed, additionalProperties: undefined, unevaluatedProperties: false };
    assert.equal(broken(negativeInstances(unevaluated), 'unevaluatedProperties').length, 1);
  });

  it('breaks item counts and uniqueness, and the items themselves at their position', () => {
    const schema = { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 3, uniqueItems: true };
    const result = negativeInstances(schema, { seed: 'items' });
    const [[, fewer]] = broken(result, 'minItems') as [[string, unknown[]]];
    const [[, more]] = broken(result, 'maxItems') as [[string, unknown[]]];
    const [[, twice]] = broken(result, 'uniqueItems') as [[string, unknown[]]];
    assert.equal(fewer.length, 1);
    assert.equal(more.length, 4);
    assert.equal(new Set(more).size, 4);
    assert.equal(new Set(twice).size, twice.length - 1);
    assert.deepEqual(
      broken(result, 'type').map(([p]) => p),
      ['', '/0'],
    );
  });

  it('breaks property counts with optional keys only', () => {
    const schema = {
      type: 'object',
      properties: { a: { type: 'integer' }, b: { type: 'integer' }, c: { type: 'integer' } },
      required: ['a'],
      minProperties: 2,
      maxProperties: 2,
    };
    const result = negativeInstances(schema);
    const [[, fewer]] = broken(result, 'minProperties') as [[string, object]];
    const [[, more]] = broken(result, 'maxProperties') as [[string, object]];
    assert.deepEqual(Object.keys(fewer), ['a']);
    assert.equal(Object.keys(more).length, 3);
  });

  it('reaches nested objects and arrays, with paths to the nested place', () => {
    const schema = {
      type: 'object',
      required: ['order'],
      properties: {
        order: {
          type: 'object',
          required: ['lines'],
          properties: {
            lines: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                required: ['qty'],
                properties: { qty: { type: 'integer', minimum: 1 } },
              },
            },
          },
        },
      },
    };
    const minimum = only(negativeInstances(schema), 'minimum');
    assert.equal(minimum.violates.path, '/order/lines/0/qty');
    assert.equal(
      minimum.violates.schemaPath,
      '/properties/order/properties/lines/items/properties/qty/minimum',
    );
    assert.equal((minimum.record as { order: { lines: { qty: number }[] } }).order.lines[0]?.qty, 0);
  });

  it('breaks the branch a value took only where every other branch rejects the result too', () => {
    // A 6-letter string fails the first branch's maxLength but passes the second: no record.
    const anyOf = negativeInstances(
      {
        anyOf: [
          { type: 'string', maxLength: 5 },
          { type: 'string', minLength: 6 },
        ],
      },
      { seed: 'short' },
    );
    for (const n of anyOf.instances) assert.equal(n.violates.keyword, 'type');
    const nullable = negativeInstances({ anyOf: [{ type: 'string', maxLength: 3 }, { type: 'null' }] });
    assert.deepEqual(
      broken(nullable, 'maxLength').map(([, v]) => [...(v as string)].length),
      [4],
    );
  });

  it('is the same list for the same schema and seed, and another for another seed', () => {
    const schema = {
      type: 'object',
      properties: { name: { type: 'string', maxLength: 20 }, n: { type: 'integer' } },
    };
    assert.deepEqual(negativeInstances(schema, { seed: 's' }), negativeInstances(schema, { seed: 's' }));
    assert.notDeepEqual(
      negativeInstances(schema, { seed: 's' }).instances,
      negativeInstances(schema, { seed: 't' }).instances,
    );
  });

  it('stops at max, at the same place every time', () => {
    const schema = {
      type: 'object',
      properties: { a: { type: 'string', maxLength: 2 }, b: { type: 'integer', minimum: 0 } },
    };
    const all = negativeInstances(schema);
    const cut = negativeInstances(schema, { max: 2 });
    assert.equal(all.truncated, false);
    assert.equal(cut.truncated, true);
    assert.deepEqual(cut.instances, all.instances.slice(0, 2));
    assert.throws(() => negativeInstances(schema, { max: 0 }), RangeError);
  });

  it('grows linearly with optional properties: 50 of them give 1 + 50 × 2 records, not 2^50', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [`p${i}`, { type: 'string', maxLength: 8 }]),
    );
    const result = negativeInstances({ type: 'object', properties });
    assert.equal(result.instances.length, 1 + 50 * 2);
    assert.equal(result.truncated, false);
    const perProperty = new Map<string, number>();
    for (const n of result.instances.slice(1))
      perProperty.set(n.violates.path, (perProperty.get(n.violates.path) ?? 0) + 1);
    assert.deepEqual(new Set(perProperty.values()), new Set([2]));
  });
});
