/**
 * @module How OpenAPI 3.0's `nullable: true` (and Swagger 2.0's `x-nullable: true`) is read. The 3.0.3 text
 * says it "only takes effect if `type` is explicitly defined within the same Schema Object" and adds null to
 * the types that `type` allows; every other keyword (`enum`, `allOf`…) still applies to null. That is the
 * strict reading, the default: what it admits, every reading admits. The loose reading, which many tools
 * took before 3.0.3, lets null through whatever else the schema says, beside `$ref`, `allOf`, `oneOf` and
 * `anyOf` too (docs/adr/014-nullable-readings-and-openapi-tables.md).
 */

type Json = Record<string, unknown>;

/** `strict` (the default): null joins `type` only; `loose`: null is admitted whatever else the schema says. */
export type NullableReading = 'strict' | 'loose';

/** The readings, the default first. */
export const NULLABLE_READINGS: readonly NullableReading[] = ['strict', 'loose'];

/**
 * A converted schema that carried `nullable: true`, with null admitted as the reading says.
 * @example
 * withNullable({ type: 'string', enum: ['a'] }, 'strict') // { type: ['string', 'null'], enum: ['a'] }
 * withNullable({ type: 'string', enum: ['a'] }, 'loose')  // { type: ['string', 'null'], enum: ['a', null] }
 * withNullable({ allOf: [{ $ref: '#/components/schemas/A' }] }, 'strict') // unchanged
 * withNullable({ $ref: '#/components/schemas/A' }, 'loose') // { anyOf: [{ $ref: '#/components/schemas/A' }, { type: 'null' }] }
 */
export function withNullable(schema: Json, reading: NullableReading): Json {
  const composed = 'allOf' in schema || 'anyOf' in schema || 'oneOf' in schema || '$ref' in schema;
  if (reading === 'strict') {
    if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.type) && !schema.type.includes('null'))
      return { ...schema, type: [...(schema.type as unknown[]), 'null'] };
    return schema;
  }
  if (typeof schema.type === 'string' && !composed) {
    const out: Json = { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) out.enum = [...schema.enum, null];
    return out;
  }
  if (Array.isArray(schema.type) && !schema.enum && !composed)
    return { ...schema, type: [...(schema.type as unknown[]), 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}
