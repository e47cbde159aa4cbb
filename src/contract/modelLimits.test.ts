import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Field, Model } from '../model/model.js';
import { MAX_ENUM_VALUES, MAX_FIELDS } from '../model/limits.js';
import { modelLimitIssues } from './modelLimits.js';

const loc = { file: 'c.yaml', line: 3, column: 5 };

function field(name: string, type: Field['type']): Field {
  return { name, type } as unknown as Field;
}

function modelOf(fields: Field[]): Model {
  return { contract: { name: 'c', version: '1' }, entities: [{ name: 'T', fields }] } as unknown as Model;
}

test('an entity with more fields than the limit is refused at the entity', () => {
  const fields = Array.from({ length: MAX_FIELDS + 1 }, (_, i) =>
    field(`f${i}`, { kind: 'boolean' } as Field['type']),
  );
  const issues = modelLimitIssues(modelOf(fields), { T: loc }, 'c.yaml');
  assert.deepEqual(
    issues.map((i) => [i.code, i.location]),
    [['limit/too-many-fields', loc]],
  );
  assert.equal(modelLimitIssues(modelOf(fields.slice(1)), { T: loc }, 'c.yaml').length, 0);
});

test('an enum with more values than the limit is refused at its field', () => {
  const values = Array.from({ length: MAX_ENUM_VALUES + 1 }, (_, i) => `v${i}`);
  const issues = modelLimitIssues(
    modelOf([field('e', { kind: 'enum', values, weights: null })]),
    {
      'T.e': loc,
    },
    'c.yaml',
  );
  assert.deepEqual(
    issues.map((i) => [i.code, i.location, i.found]),
    [['limit/too-many-enum-values', loc, `${MAX_ENUM_VALUES + 1} values`]],
  );
});
