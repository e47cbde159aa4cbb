/**
 * @module The conformance harness judges Fixtura, so it is tested too: the test-only OpenAPI converter, the
 * OpenAPI format checks, and how suite cases that need remote documents are recognised.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIALECT, independentValidator, notJson } from '../support/independentValidator.js';
import { needsRemotes } from '../support/jsonSchemaSuite.js';
import { assertOpenapiFormats } from '../support/openapiFormats.js';
import { openapiComponentsToJsonSchema } from '../support/openapiToJsonSchema.js';

const openapi = (schemas: Record<string, unknown>) => ({ openapi: '3.0.3', components: { schemas } });

test('strictly read, nullable adds null to the type and the enum beside it still applies', () => {
  const { schema } = openapiComponentsToJsonSchema(
    openapi({ Status: { type: 'string', enum: ['open'], nullable: true } }),
  );
  assert.deepEqual(schema.$defs.Status, { type: ['string', 'null'], enum: ['open'] });
});

test('loosely read, nullable admits null beside whatever else the schema allows', () => {
  const { schema } = openapiComponentsToJsonSchema(
    openapi({ Status: { type: 'string', enum: ['open'], nullable: true } }),
    { nullable: 'loose' },
  );
  assert.deepEqual(schema.$defs.Status, { anyOf: [{ type: 'null' }, { type: 'string', enum: ['open'] }] });
});

test('boolean exclusive bounds become numeric ones, and false ones vanish', () => {
  const { schema } = openapiComponentsToJsonSchema(
    openapi({
      N: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false },
    }),
  );
  assert.deepEqual(schema.$defs.N, { type: 'number', exclusiveMinimum: 0, maximum: 9 });
});

test('annotations are dropped, $ref siblings ignored, and component refs point into $defs', () => {
  const { schema, fragments } = openapiComponentsToJsonSchema(
    openapi({
      Pet: {
        type: 'object',
        'x-go-name': 'Pet',
        discriminator: { propertyName: 'kind' },
        example: { kind: 'cat' },
        xml: { name: 'pet' },
        externalDocs: { url: 'https://example.com' },
        properties: { owner: { $ref: '#/components/schemas/Owner', description: 'ignored in 3.0' } },
      },
      Owner: { type: 'string' },
    }),
  );
  assert.deepEqual(schema.$defs.Pet, {
    type: 'object',
    properties: { owner: { $ref: '#/$defs/Owner' } },
  });
  assert.equal(fragments.get('#/components/schemas/Pet'), '#/$defs/Pet');
});

test('Swagger 2.0 definitions convert too; an unknown version is refused', () => {
  const { fragments } = openapiComponentsToJsonSchema({
    swagger: '2.0',
    definitions: { A: { type: 'integer' } },
  });
  assert.equal(fragments.get('#/definitions/A'), '#/$defs/A');
  assert.throws(
    () => openapiComponentsToJsonSchema({ openapi: '4.0.0' }),
    /only OpenAPI 3.0\/3.1 and Swagger 2.0/,
  );
});

test('the independent validator asserts OpenAPI formats and checks one component among many', async () => {
  assertOpenapiFormats();
  const { schema, fragments } = openapiComponentsToJsonSchema(
    openapi({
      Small: { type: 'integer', format: 'int32' },
      Blob: { type: 'string', format: 'byte' },
      Link: { type: 'string', format: 'uri', nullable: true },
    }),
  );
  const validator = await independentValidator(schema, DIALECT.draft2020_12, [...fragments.values()]);
  try {
    assert.equal(validator.check(2 ** 31 - 1, '#/$defs/Small').valid, true);
    assert.equal(validator.check(2 ** 31, '#/$defs/Small').valid, false);
    assert.equal(validator.check('aGk=', '#/$defs/Blob').valid, true);
    assert.equal(validator.check('hi!', '#/$defs/Blob').valid, false);
    assert.equal(validator.check(null, '#/$defs/Link').valid, true);
    const verdict = validator.check('not a uri', '#/$defs/Link');
    assert.equal(verdict.valid, false);
    assert.ok(
      verdict.errors.some((e) => e.includes('fails format')),
      verdict.errors.join('; '),
    );
  } finally {
    validator.release();
  }
});

test('a case needs remotes only when it refers to localhost:1234 outside what it embeds', () => {
  assert.equal(needsRemotes({ $ref: 'http://localhost:1234/draft2020-12/integer.json' }), true);
  assert.equal(needsRemotes({ $schema: 'http://localhost:1234/draft2020-12/metaschema.json' }), true);
  assert.equal(
    needsRemotes({
      $id: 'http://localhost:1234/draft2020-12/tree',
      $ref: 'node',
      $defs: { node: { $id: 'node', type: 'object' } },
    }),
    false,
  );
  assert.equal(needsRemotes({ const: { $ref: 'http://localhost:1234/not-a-ref.json' } }), false);
});

test('a value JSON cannot write is invalid, and the message says where', () => {
  const proto: Record<string, unknown> = {};
  proto['__proto__'] = [];
  assert.equal(notJson({ a: [1, 'x', null, { b: true }] }), undefined);
  assert.equal(notJson(JSON.parse('{"__proto__": 1}')), undefined);
  assert.equal(notJson({ a: [0, Number.NaN] }), '#/a/1 is NaN, not a JSON number');
  assert.equal(notJson({ 'x/y': undefined }), '#/x~1y is undefined, not JSON');
  assert.match(notJson({ p: proto }) ?? '', /^#\/p is an object whose prototype/);
});
