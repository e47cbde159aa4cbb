/**
 * @module Edge instances of one schema of a document: a component by JSON pointer, or an operation's request
 * body (readOnly properties left out, as in the valid samples) or response.
 */
import type { SchemaDocument } from '../../../contract/openapi/schemaDocument.js';
import { targetSchema, type SampleTarget } from '../sampleDocument.js';
import type { EdgeOptions, EdgeResult } from './edgeApi.js';
import { edgesOf } from './edgeWalk.js';

/**
 * @throws UnsatisfiableSchemaError, UnknownTargetError
 * @example edgeDocument(doc, { operation: 'createPet' }).instances[0].hits
 * // [ { path: '/name', kind: 'minLength', schemaPath: '/components/schemas/Pet/properties/name/minLength' } ]
 */
export function edgeDocument(
  doc: SchemaDocument,
  target: SampleTarget,
  options: EdgeOptions = {},
): EdgeResult {
  return edgesOf(targetSchema(doc, target), options);
}
