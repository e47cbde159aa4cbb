import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstNumberProblem } from './documentNumbers.js';

test('a non-finite number anywhere in a document is found with its pointer', () => {
  const doc = {
    components: { schemas: { A: { properties: { x: { type: 'number', enum: [1, Infinity] } } } } },
  };
  assert.equal(firstNumberProblem(doc)?.pointer, '/components/schemas/A/properties/x/enum/1');
  assert.equal(firstNumberProblem({ default: NaN })?.found, 'NaN');
});

test('an integer range beyond 2^53 is found, an int64 upper bound is not', () => {
  assert.equal(firstNumberProblem({ type: 'integer', minimum: 2 ** 53 + 2 })?.pointer, '/minimum');
  assert.equal(firstNumberProblem({ type: 'integer', maximum: -(2 ** 53) - 2 })?.pointer, '/maximum');
  assert.equal(firstNumberProblem({ type: 'integer', minimum: 0, maximum: 2 ** 63 }), null);
  assert.equal(firstNumberProblem({ type: 'number', minimum: 1e300 }), null);
  assert.equal(firstNumberProblem({ type: 'number', multipleOf: 0 })?.pointer, '/multipleOf');
});

test('a deeply nested document is walked without overflowing the stack', () => {
  let deep: unknown = { maximum: -Infinity };
  for (let i = 0; i < 100_000; i++) deep = [deep];
  assert.equal(firstNumberProblem(deep)?.found, '-Infinity');
});
