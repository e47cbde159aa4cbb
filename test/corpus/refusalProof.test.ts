import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIALECT, independentValidator } from '../support/independentValidator.js';
import { openapiComponentsToJsonSchema } from '../support/openapiToJsonSchema.js';
import { checkRefusal } from './refusalProof.js';

// Issue 14's reproduction, and a schema that truly has no instance.
const document = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {},
  components: {
    schemas: {
      Name: {
        type: 'object',
        properties: { gender: { type: 'string', enum: ['MALE', 'FEMALE'], maxLength: 1 } },
      },
      Names: { type: 'array', items: { $ref: '#/components/schemas/Name' } },
      Code: {
        type: 'object',
        required: ['code'],
        properties: { code: { type: 'string', minLength: 2, maxLength: 1 } },
      },
    },
  },
};

async function counterexampleOf(name: string) {
  const converted = openapiComponentsToJsonSchema(document);
  const validator = await independentValidator(converted.schema, DIALECT.draft2020_12, [
    ...converted.fragments.values(),
  ]);
  try {
    const fragment = `#/$defs/${name}`;
    return checkRefusal({
      converted: converted.schema,
      fragment,
      original: document.components.schemas[name as keyof typeof document.components.schemas],
      document,
      check: (instance) => validator.check(instance, fragment),
      budget: { draws: 60 },
    }).counterexample;
  } finally {
    validator.release();
  }
}

test('a refusal of a schema whose conflict sits in an optional property is disproved', async () => {
  assert.deepEqual((await counterexampleOf('Name'))?.instance, {});
  assert.deepEqual((await counterexampleOf('Names'))?.instance, []);
});

test('a refusal of a schema with no instance stays unproven, not disproved', async () => {
  assert.equal(await counterexampleOf('Code'), undefined);
});
