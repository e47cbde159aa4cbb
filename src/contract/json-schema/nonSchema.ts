/**
 * @module Finds a value where a schema must be (a property, an item, a component) that is no schema: neither
 * an object nor a boolean, such as `Shape: object`. Such a document loads, but no validator can compile it.
 */
import { escapeToken as escape } from './jsonPointer.js';

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
/** Values that are data, not schemas: never searched. */
const DATA = new Set(['example', 'examples', 'enum', 'const', 'default']);

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const isSchema = (v: unknown): boolean => typeof v === 'boolean' || isObject(v);

/**
 * The pointer and a description of the first non-schema in a schema position, or null.
 * @example firstNonSchema({ components: { schemas: { Shape: 'object' } } }) // { pointer: '/components/schemas/Shape', found: '"object"' }
 */
export function firstNonSchema(root: unknown): { pointer: string; found: string } | null {
  const stack: [unknown, string][] = [[root, '']];
  const bad = (v: unknown, pointer: string) => ({
    pointer,
    found: JSON.stringify(v)?.slice(0, 80) ?? String(v),
  });
  while (stack.length > 0) {
    const [node, pointer] = stack.pop() as [unknown, string];
    if (Array.isArray(node)) {
      node.forEach((v, i) => stack.push([v, `${pointer}/${i}`]));
      continue;
    }
    if (!isObject(node)) continue;
    for (const [key, value] of Object.entries(node)) {
      if (DATA.has(key) || key.startsWith('x-')) continue;
      const at = `${pointer}/${escape(key)}`;
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
      stack.push([value, at]);
    }
  }
  return null;
}
