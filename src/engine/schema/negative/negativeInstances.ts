/**
 * @module Negative records of a standalone JSON Schema (any draft, by its `$schema`; 2020-12 when it has
 * none), such as the schema of a Fixtura entity.
 */
import { dialectOf } from '../../../jsonSchema/schemaDialect.js';
import { SchemaIndex } from '../../../jsonSchema/schemaIndex.js';
import { INLINE_BASE } from '../sampleSchema.js';
import { Verifier } from '../verifier.js';
import type { NegativeOptions, NegativeResult } from './negativeApi.js';
import { negativesOf } from './negativeWalk.js';

/**
 * Records the schema rejects, each for exactly one labelled rule, built from one valid record one change at a
 * time; `skipped` lists the rules no such record was found for, and why.
 * @throws UnsatisfiableSchemaError when the schema has no valid record to start from
 * @example
 * negativeInstances({ type: 'object', required: ['age'], properties: { age: { type: 'integer', minimum: 0 } } }).instances
 * // [ { record: [], violates: { code: 'schema/type', path: '', keyword: 'type', schemaPath: '/type' } },
 * //   { record: {}, violates: { code: 'schema/required', path: '/age', keyword: 'required', schemaPath: '/required' } },
 * //   { record: { age: '1' }, violates: { code: 'schema/type', path: '/age', keyword: 'type', schemaPath: '/properties/age/type' } },
 * //   { record: { age: -1 }, violates: { code: 'schema/minimum', path: '/age', keyword: 'minimum', schemaPath: '/properties/age/minimum' } } ]
 */
export function negativeInstances(schema: unknown, options: NegativeOptions = {}): NegativeResult {
  const dialect = dialectOf(schema);
  const index = new SchemaIndex(schema, INLINE_BASE, dialect);
  const space = { index, dialect, file: '<schema>' };
  return negativesOf(
    { space, verifier: new Verifier(space), node: index.rootNode(), direction: null },
    options,
  );
}
