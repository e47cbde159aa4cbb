import assert from 'node:assert/strict';
import { test } from 'node:test';
import { causeOf } from './corpusFinding.js';

test('a cause leaves out names, pointers and numbers, so the same defect groups across documents', () => {
  const at = (name: string, n: number) =>
    causeOf(`minLength ${n} is above maxLength 1 (#/components/schemas/${name}/properties/code/minLength)`);
  assert.equal(at('Holder', 2), at('Other', 3));
  assert.equal(at('Holder', 2), 'minLength N is above maxLength N (…/minLength)');
});
