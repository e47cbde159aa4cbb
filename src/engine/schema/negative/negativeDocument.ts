/**
 * @module Negative records of one schema of a document: a component by JSON pointer, or an operation's request
 * body (readOnly properties left out, as in the valid samples) or response.
 */
import type { SchemaDocument } from '../../../contract/openapi/schemaDocument.js';
import { targetSchema, type SampleTarget } from '../sampleDocument.js';
import type { NegativeOptions, NegativeResult } from './negativeApi.js';
import { negativesOf } from './negativeWalk.js';

/**
 * @throws UnsatisfiableSchemaError, UnknownTargetError
 * @example negativeDocument(doc, { operation: 'createPet' }).instances[0].violates
 * // { code: 'schema/type', path: '', keyword: 'type', schemaPath: '/components/schemas/Pet/type' }
 */
export function negativeDocument(
  doc: SchemaDocument,
  target: SampleTarget,
  options: NegativeOptions = {},
): NegativeResult {
  return negativesOf(targetSchema(doc, target), options);
}
