/**
 * @module Which generator writes values of a JSON Schema `format`. Formats the registry does not know are
 * annotations (as JSON Schema 2020-12 says): any string that meets the other keywords will do.
 */
import { jsonSchemaFormat } from '../values/formats/jsonSchemaFormats.js';
import type { StringFormat } from '../values/formats/stringFormat.js';

/** The generator for a JSON Schema format name, or undefined. */
export function schemaFormat(name: string): StringFormat | undefined {
  return jsonSchemaFormat(name);
}
