import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProofCheck } from './checkProof.js';
import { checkProofIn } from './checkProofIn.js';

// Shapes of the corpus's refusals (azure.com/logic.json, visualstudio.com.json, bbc.com.json), and schemas
// whose claimed conflict is not there.
const document = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {},
  components: {
    schemas: {
      Base: { type: 'object', additionalProperties: false, properties: { code: { type: 'string' } } },
      Child: {
        type: 'object',
        additionalProperties: false,
        allOf: [{ $ref: '#/components/schemas/Base' }],
        properties: { message: { type: 'string' } },
        required: ['message'],
      },
      DiskType: { type: 'integer', format: 'int32', enum: ['0 (HDD)', '1 (SSD)'] },
      Specs: {
        type: 'object',
        required: ['diskType'],
        properties: { diskType: { $ref: '#/components/schemas/DiskType' } },
      },
      Image: {
        type: 'object',
        required: ['image'],
        properties: {
          image: {
            type: 'object',
            additionalProperties: false,
            anyOf: [{ required: ['a'] }, { required: ['b'] }],
          },
        },
      },
      Patterned: {
        type: 'object',
        additionalProperties: false,
        patternProperties: { '^x-': { type: 'string' } },
        required: ['x-id'],
      },
      Loose: { type: 'integer', enum: [1, '2'] },
      NullableSpecs: {
        type: 'object',
        nullable: true,
        required: ['diskType'],
        properties: { diskType: { $ref: '#/components/schemas/DiskType' } },
      },
    },
  },
};

const checked = (name: string, code: string, message: string): Promise<ProofCheck> =>
  checkProofIn(document, name, code, message);

test('a required property that an allOf member closed with additionalProperties: false forbids is proven', async () => {
  const result = await checked(
    'Child',
    'schema/required-forbidden',
    'required property "message" is forbidden by …',
  );
  assert.equal(result.verdict, 'proven');
  assert.match(
    result.verdict === 'proven' ? result.proof : '',
    /"message" is required at #\/\$defs\/Child\/required and #\/\$defs\/Base forbids it/,
  );
});

test('an enum whose every value fails its type is proven, down the required path the refusal names', async () => {
  const result = await checked(
    'Specs',
    'schema/enum-conflict',
    'at /diskType: no value allowed by enum/const …',
  );
  assert.equal(result.verdict, 'proven');
  assert.match(
    result.verdict === 'proven' ? result.proof : '',
    /every instance holds \/diskType.*none of the 2 values of #\/\$defs\/DiskType\/enum/,
  );
});

test('no branch of anyOf is proven when every branch requires a name the object forbids', async () => {
  const result = await checked(
    'Image',
    'schema/no-branch',
    'at /image: no branch of anyOf …: required property "b" is forbidden …',
  );
  assert.equal(result.verdict, 'proven');
  assert.match(result.verdict === 'proven' ? result.proof : '', /in each of the 2 combinations/);
});

test('a proof whose conflict is not there does not check out', async () => {
  // "x-id" matches the patternProperties, so additionalProperties: false does not forbid it.
  const forbidden = await checked(
    'Patterned',
    'schema/required-forbidden',
    'required property "x-id" is forbidden …',
  );
  assert.equal(forbidden.verdict, 'false');
  // 1 is an integer: not every value fails.
  const enumerated = await checked('Loose', 'schema/enum-conflict', 'no value allowed by enum/const …');
  assert.equal(enumerated.verdict, 'false');
});

test('a path the checker cannot follow leaves the refusal undecided, not proven', async () => {
  // Under the strict reading the object may be null, so its required property need not be there.
  const result = await checked('NullableSpecs', 'schema/enum-conflict', 'at /diskType: no value allowed …');
  assert.equal(result.verdict, 'undecided');
  const other = await checked('Specs', 'schema/empty-range', 'minLength 2 is above maxLength 1');
  assert.equal(other.verdict, 'undecided');
});
