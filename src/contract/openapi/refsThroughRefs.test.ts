import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pointerThroughRefs, readRefsThroughRefs } from './refsThroughRefs.js';

test('a pointer that passes through a $ref is read through it, as json-schema-ref-parser reads it', () => {
  const doc = {
    paths: { '/m/{id}': { get: { schema: { $ref: '#/components/schemas/M' } } } },
    components: {
      schemas: {
        M: { properties: { hp: { type: 'integer' } } },
        N: { $ref: '#/paths/~1m~1%7Bid%7D/get/schema/properties/hp' },
      },
    },
  };
  assert.deepEqual(pointerThroughRefs(doc, '/paths/~1m~1{id}/get/schema/properties/hp'), [
    'components',
    'schemas',
    'M',
    'properties',
    'hp',
  ]);
  readRefsThroughRefs(doc);
  assert.equal(doc.components.schemas.N.$ref, '#/components/schemas/M/properties/hp');
});

test('a pointer that resolves as written, or not at all, is left as it is; a cycle of $refs ends', () => {
  const doc = {
    a: { $ref: '#/a' },
    b: { x: 1 },
    direct: { $ref: '#/b/x' },
    nowhere: { $ref: '#/b/y' },
    loop: { $ref: '#/a/z' },
    properties: { default: { $ref: '#/b/x' } },
  };
  readRefsThroughRefs(doc);
  assert.equal(doc.direct.$ref, '#/b/x');
  assert.equal(doc.nowhere.$ref, '#/b/y');
  assert.equal(doc.loop.$ref, '#/a/z');
  assert.equal(pointerThroughRefs(doc, '/a/z'), null);
});
