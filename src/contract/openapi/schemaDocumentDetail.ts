/** @module The expected/found/hint parts of a SchemaDocumentError, whichever of them its thrower gave. */
import type { SchemaDocumentError } from './schemaDocument.js';

/**
 * Every part a message needs (issue 13), so a document error prints like any contract issue; a thrower that
 * gave no `expected`, `found` or `hint` still yields an actionable message, never a missing part.
 * @example schemaDocumentDetail(new SchemaDocumentError('schema/syntax', 'bad', 'a.yaml')).hint // 'see docs/openapi.md'
 */
export function schemaDocumentDetail(error: SchemaDocumentError): {
  expected: string;
  found: string;
  hint: string;
} {
  return {
    expected: error.detail.expected ?? 'a JSON Schema or OpenAPI document Fixtura can read (docs/openapi.md)',
    found: error.detail.found ?? error.message,
    hint: error.hint ?? 'see docs/openapi.md',
  };
}
