import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIALECT, independentValidator, schemaProblems } from '../support/independentValidator.js';
import { setAsideUnjudgeable } from './setAsideUnjudgeable.js';

// codat.io/accounting.json's shape: Item keeps, under `definitions`, an object whose `type` is a schema.
const converted = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $defs: {
    Item: {
      type: 'object',
      properties: { type: { $ref: '#/$defs/Item/definitions/itemType/type' } },
      definitions: {
        itemType: { type: { type: 'string', enum: ['Service'] } },
        itemRef: { type: 'object', properties: { id: { type: 'string' } } },
      },
    },
    Items: { type: 'array', items: { $ref: '#/$defs/Item' } },
    Line: { type: 'object', properties: { item: { $ref: '#/$defs/Item/definitions/itemRef' } } },
    Tax: { type: 'object', properties: { rate: { type: 'number' } } },
  },
};

test('one schema hyperjump cannot compile is set aside with its reason, and the others are judged', async () => {
  await assert.rejects(
    independentValidator(converted, DIALECT.draft2020_12, ['#/$defs/Tax']),
    /Invalid Schema/,
  );
  const aside = await setAsideUnjudgeable(converted, (s) => schemaProblems(s, DIALECT.draft2020_12));
  assert.ok(aside);
  assert.deepEqual([...aside.unjudgeable.keys()], ['#/$defs/Item', '#/$defs/Items']);
  assert.match(
    aside.unjudgeable.get('#/$defs/Item')!,
    /metaschema rejects #\/\$defs\/Item\/definitions\/itemType\/type/,
  );
  assert.equal(
    aside.unjudgeable.get('#/$defs/Items'),
    'it refers to #/$defs/Item, which hyperjump cannot compile',
  );
  // Line reaches only Item's itemRef, which the rejected keyword does not touch: it is judged.
  const validator = await independentValidator(aside.schema, DIALECT.draft2020_12, [
    '#/$defs/Line',
    '#/$defs/Tax',
  ]);
  try {
    assert.equal(validator.check({ item: { id: 'a' } }, '#/$defs/Line').valid, true);
    assert.equal(validator.check({ item: { id: 1 } }, '#/$defs/Line').valid, false);
    assert.equal(validator.check({ rate: 'x' }, '#/$defs/Tax').valid, false);
  } finally {
    validator.release();
  }
  assert.ok(converted.$defs.Item.definitions.itemType.type, 'the document itself is left as it was');
});
