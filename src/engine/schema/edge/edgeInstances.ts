/**
 * @module Edge instances of a standalone JSON Schema (any draft, by its `$schema`; 2020-12 when it has none),
 * such as the schema of a Fixtura entity.
 */
import { dialectOf } from '../../../jsonSchema/schemaDialect.js';
import { SchemaIndex } from '../../../jsonSchema/schemaIndex.js';
import { INLINE_BASE } from '../sampleSchema.js';
import { Verifier } from '../verifier.js';
import type { EdgeOptions, EdgeResult } from './edgeApi.js';
import { edgesOf } from './edgeWalk.js';

/**
 * Valid instances that each put one value on a boundary or through a branch, labelled with what they hit,
 * built from one valid record one change at a time; `skipped` lists the edges no valid instance was found
 * for, and why.
 * @throws UnsatisfiableSchemaError when the schema has no valid instance
 * @example
 * edgeInstances({ type: 'integer', minimum: 1, maximum: 6 }).instances
 * // [ { instance: 1, hits: [ { path: '', kind: 'minimum', schemaPath: '/minimum' } ] },
 * //   { instance: 6, hits: [ { path: '', kind: 'maximum', schemaPath: '/maximum' } ] } ]
 */
export function edgeInstances(schema: unknown, options: EdgeOptions = {}): EdgeResult {
  const dialect = dialectOf(schema);
  const index = new SchemaIndex(schema, INLINE_BASE, dialect);
  const space = { index, dialect, file: '<schema>' };
  return edgesOf({ space, verifier: new Verifier(space), node: index.rootNode(), direction: null }, options);
}
