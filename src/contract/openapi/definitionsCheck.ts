/**
 * @module Checks a document's schemas against the JSON Schema 2020-12 meta-schema when it loads, so a keyword
 * of the wrong kind (`minimum: "ten"`, `properties: []`, `enum: cat`) is a located contract error, not a
 * crash when `fixtura validate` compiles the contract.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ContractIssue, SourceLocation } from '../../model/issues.js';
import type { Model } from '../../model/model.js';

let ajv: Ajv2020 | null = null;

/** The document pointer of a place in the definitions (`/$defs/Pet/…`), for a location. */
function documentPointer(pointer: string, kind: string): string {
  const m = /^\/\$defs\/([^/]+)(.*)$/.exec(pointer);
  if (!m) return pointer;
  const [, name, rest] = m as unknown as [string, string, string];
  if (name === '~root') return rest || '/';
  if (kind === 'swagger-2.0') return `/definitions/${name}${rest}`;
  if (kind === 'json-schema') return `/$defs/${name}${rest}`;
  return `/components/schemas/${name}${rest}`;
}

/** The first meta-schema violation of the model's definitions, as an issue; null when they are schemas. */
export function definitionsIssue(
  model: Model,
  kind: string,
  locate: (pointer: string) => SourceLocation,
): ContractIssue | null {
  if (model.definitions === undefined) return null;
  ajv ??= new Ajv2020({ strict: false, logger: false, validateFormats: false });
  if (ajv.validateSchema(model.definitions as object) === true) return null;
  const error = ajv.errors?.[0];
  if (!error) return null;
  const pointer = documentPointer(error.instancePath, kind);
  return {
    code: 'schema/invalid-keyword',
    message: `${pointer} is not a valid schema keyword value: it ${error.message ?? 'is invalid'}`,
    location: locate(pointer),
    expected: `a JSON Schema (${error.keyword}: ${JSON.stringify(error.params)})`,
    found: pointer.split('/').pop() ?? pointer,
    hint: 'fix the keyword as the JSON Schema specification defines it (e.g. minimum takes a number, properties a mapping)',
  };
}
