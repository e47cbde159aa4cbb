import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convertSchema } from './openApiToJsonSchema.js';
import type { NullableReading } from './nullableReading.js';

const convert = (schema: unknown, reading: NullableReading, legacy = true): unknown =>
  convertSchema(schema, legacy, null, () => undefined, reading);
const ref = { $ref: '#/components/schemas/Address' };

describe('nullable under the strict reading (the default)', () => {
  it('adds null to the type that sits beside it', () => {
    assert.deepEqual(convert({ type: 'string', nullable: true }, 'strict'), { type: ['string', 'null'] });
  });

  it('leaves an enum to decide: null only when the enum lists it', () => {
    assert.deepEqual(convert({ type: 'string', enum: ['a'], nullable: true }, 'strict'), {
      type: ['string', 'null'],
      enum: ['a'],
    });
  });

  it('has no effect beside $ref, allOf, oneOf or anyOf without a type', () => {
    assert.deepEqual(convert({ ...ref, nullable: true }, 'strict'), ref);
    for (const k of ['allOf', 'oneOf', 'anyOf'])
      assert.deepEqual(convert({ [k]: [ref], nullable: true }, 'strict'), { [k]: [ref] });
  });

  it("reads Swagger 2.0's x-nullable the same way", () => {
    assert.deepEqual(convert({ ...ref, 'x-nullable': true }, 'strict'), ref);
    assert.deepEqual(convert({ type: 'integer', 'x-nullable': true }, 'strict'), {
      type: ['integer', 'null'],
      'x-nullable': true,
    });
  });

  it('is the default', () => {
    assert.deepEqual(
      convertSchema({ allOf: [ref], nullable: true }, true, null, () => undefined),
      convert({ allOf: [ref], nullable: true }, 'strict'),
    );
  });
});

describe('nullable under the loose reading', () => {
  it('admits null past an enum', () => {
    assert.deepEqual(convert({ type: 'string', enum: ['a'], nullable: true }, 'loose'), {
      type: ['string', 'null'],
      enum: ['a', null],
    });
  });

  it('admits null beside $ref, allOf, oneOf and anyOf, as a branch of its own', () => {
    assert.deepEqual(convert({ ...ref, nullable: true }, 'loose'), { anyOf: [ref, { type: 'null' }] });
    assert.deepEqual(convert({ allOf: [ref], nullable: true }, 'loose'), {
      anyOf: [{ allOf: [ref] }, { type: 'null' }],
    });
  });
});

it('OpenAPI 3.1 has no nullable keyword: it admits no null under either reading, and is dropped as an annotation', () => {
  for (const reading of ['strict', 'loose'] as const) {
    assert.deepEqual(convert({ ...ref, nullable: true }, reading, false), ref);
    assert.deepEqual(convert({ type: 'string', nullable: true }, reading, false), { type: 'string' });
  }
});
