import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIALECT, independentValidator } from './independentValidator.js';
import { openapiComponentsToJsonSchema, type NullableReading } from './openapiToJsonSchema.js';

const document = (openapi: string, schemas: Record<string, unknown>) => ({
  openapi,
  info: { title: 't', version: '1' },
  paths: {},
  components: { schemas },
});

/** Whether the component `name` of the 3.0 `schemas` accepts `instance` under `nullable`'s reading. */
async function accepts(
  schemas: Record<string, unknown>,
  name: string,
  instance: unknown,
  nullable: NullableReading = 'strict',
): Promise<boolean> {
  const converted = openapiComponentsToJsonSchema(document('3.0.3', schemas), { nullable });
  const validator = await independentValidator(converted.schema, DIALECT.draft2020_12, [
    ...converted.fragments.values(),
  ]);
  try {
    return validator.check(instance, `#/$defs/${name}`).valid;
  } finally {
    validator.release();
  }
}

const Limits = { type: 'object', properties: { max: { type: 'integer' } } };

test('strictly read, nullable admits null where type sits in the same schema object', async () => {
  assert.equal(await accepts({ Age: { type: 'integer', nullable: true } }, 'Age', null), true);
  assert.equal(await accepts({ Age: { type: 'integer', 'x-nullable': true } }, 'Age', null), true);
});

test('strictly read, nullable beside allOf, oneOf or $ref without a type does not admit null', async () => {
  const schemas = {
    Limits,
    ViaAllOf: { allOf: [{ $ref: '#/components/schemas/Limits' }], nullable: true },
    ViaOneOf: { oneOf: [{ $ref: '#/components/schemas/Limits' }], nullable: true },
  };
  assert.equal(await accepts(schemas, 'ViaAllOf', null), false);
  assert.equal(await accepts(schemas, 'ViaOneOf', null), false);
  assert.equal(await accepts(schemas, 'ViaAllOf', null, 'loose'), true);
});

test('strictly read, nullable adds a type but an enum without null still excludes null', async () => {
  const Color = { type: 'string', enum: ['red'], nullable: true };
  assert.equal(await accepts({ Color }, 'Color', null), false);
  assert.equal(await accepts({ Color }, 'Color', 'red'), true);
  assert.equal(await accepts({ Color }, 'Color', null, 'loose'), true);
});

test('a property named like a keyword holding a $ref is a property', async () => {
  const Holder = { type: 'object', properties: { default: { $ref: '#/components/schemas/Limits' } } };
  assert.equal(await accepts({ Limits, Holder }, 'Holder', { default: { max: 1 } }), true);
  assert.equal(await accepts({ Limits, Holder }, 'Holder', { default: { max: 'one' } }), false);
});

test('an OpenAPI 3.1 document is read as JSON Schema 2020-12, nullable being no keyword there', async () => {
  const converted = openapiComponentsToJsonSchema(
    document('3.1.0', {
      Limits,
      Holder: { type: ['object', 'null'], properties: { enum: { $ref: '#/components/schemas/Limits' } } },
      Age: { type: 'integer', nullable: true },
    }),
  );
  const validator = await independentValidator(converted.schema, DIALECT.draft2020_12, [
    ...converted.fragments.values(),
  ]);
  try {
    assert.equal(validator.check(null, '#/$defs/Holder').valid, true);
    assert.equal(validator.check({ enum: { max: 'x' } }, '#/$defs/Holder').valid, false);
    assert.equal(validator.check(null, '#/$defs/Age').valid, false);
  } finally {
    validator.release();
  }
});

test('a $ref outside the component schemas is followed', async () => {
  const doc = {
    ...document('3.0.3', { Holder: { $ref: '#/components/responses/R/content/application~1json/schema' } }),
  };
  (doc.components as Record<string, unknown>).responses = {
    R: { content: { 'application/json': { schema: { type: 'string' } } } },
  };
  const converted = openapiComponentsToJsonSchema(doc);
  const validator = await independentValidator(converted.schema, DIALECT.draft2020_12, [
    ...converted.fragments.values(),
  ]);
  try {
    assert.equal(validator.check('x', '#/$defs/Holder').valid, true);
    assert.equal(validator.check(1, '#/$defs/Holder').valid, false);
  } finally {
    validator.release();
  }
});
