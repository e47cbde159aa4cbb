/**
 * @module Finds a value where a schema must be (a property, an item, a component) that is no schema: neither
 * an object nor a boolean, such as `Shape: object`. Such a document loads, but no validator can compile it.
 */
import { escapeToken as escape } from './jsonPointer.js';
import { keyRole } from './schemaKeywords.js';

/** Keywords whose value is a schema. */
const ONE = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedItems',
  'unevaluatedProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'schema',
]);
/** Keywords whose value maps names to schemas. */
const MAP = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'schemas',
]);
/** Keywords whose value lists schemas. */
const LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const isSchema = (v: unknown): boolean => typeof v === 'boolean' || isObject(v);

/**
 * The pointer and a description of the first non-schema in a schema position, or null.
 * @example firstNonSchema({ components: { schemas: { Shape: 'object' } } }) // { pointer: '/components/schemas/Shape', found: '"object"' }
 */
export function firstNonSchema(root: unknown): { pointer: string; found: string } | null {
  // The flag says the object maps names to schemas: its keys are names, even `default` or `items`.
  const stack: [unknown, string, boolean][] = [[root, '', false]];
  const bad = (v: unknown, pointer: string) => ({
    pointer,
    found: JSON.stringify(v)?.slice(0, 80) ?? String(v),
  });
  while (stack.length > 0) {
    const [node, pointer, inNames] = stack.pop() as [unknown, string, boolean];
    if (Array.isArray(node)) {
      node.forEach((v, i) => stack.push([v, `${pointer}/${i}`, false]));
      continue;
    }
    if (!isObject(node)) continue;
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${escape(key)}`;
      // A name's value was checked as the map's entry; it is a schema, walked with keywords again.
      if (inNames) {
        stack.push([value, at, false]);
        continue;
      }
      if (keyRole(key, false) === 'data' || key.startsWith('x-')) continue;
      // `items` may be a list of schemas (draft 4 to 2019-09); `schema` is OpenAPI's media type schema.
      if (ONE.has(key) && !isSchema(value) && !(key === 'items' && Array.isArray(value)))
        return bad(value, at);
      if (MAP.has(key) && isObject(value))
        for (const [name, v] of Object.entries(value))
          if (!isSchema(v) && !(key === 'schemas' && pointer !== '/components'))
            return bad(v, `${at}/${escape(name)}`);
      if (LIST.has(key) && Array.isArray(value)) {
        const i = value.findIndex((v) => !isSchema(v));
        if (i >= 0) return bad(value[i], `${at}/${i}`);
      }
      stack.push([value, at, MAP.has(key) && isObject(value)]);
    }
  }
  return null;
}
