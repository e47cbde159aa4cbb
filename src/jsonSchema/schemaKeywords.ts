/**
 * @module Which keys of a schema document are keywords and which are names. A key under `properties` (or any
 * other map of names) is a name even when it is spelt `default`, `enum` or `items`: its value is a schema to
 * walk, not data to skip. Every generic walk over a document asks `keyRole` instead of matching key spellings.
 */

/** Keywords whose value is data (an instance), never a schema: a walk does not look inside them. */
export const DATA_KEYWORDS: ReadonlySet<string> = new Set([
  'enum',
  'const',
  'default',
  'example',
  'examples',
]);

/** Keywords (and OpenAPI holders) whose value maps names to schemas. */
export const NAME_MAPS: ReadonlySet<string> = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'dependencies',
  'schemas',
]);

/**
 * What the value under `key` is, seen from an object that is (`inNames`) or is not a map of names:
 * `name` — a schema named by the key; `data` — an instance, not to be walked; `names` — a map of names to
 * schemas; `other` — anything else (a schema keyword or a document part), walked as usual.
 * @example keyRole('default', true) // 'name'
 * @example keyRole('default', false) // 'data'
 */
export function keyRole(key: string, inNames: boolean): 'name' | 'data' | 'names' | 'other' {
  if (inNames) return 'name';
  if (DATA_KEYWORDS.has(key)) return 'data';
  if (NAME_MAPS.has(key)) return 'names';
  return 'other';
}
