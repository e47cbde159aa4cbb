/**
 * @module A document's schemas as one JSON Schema resource: OpenAPI's `components.schemas` (or Swagger's
 * `definitions`, or a JSON Schema's `$defs`/`definitions` and root) under `$defs`, every local `$ref` rewritten
 * to match, and an `$id` that keeps those refs inside it wherever it is embedded (the Model, an exported schema).
 */
import { DEFINITIONS_ID, type JsonValue } from '../../model/model.js';
import { keyRole } from '../../jsonSchema/schemaKeywords.js';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Where each holder of schemas moves: old pointer prefix → new one. */
const MOVES: readonly (readonly [string, string])[] = [
  ['/components/schemas/', '/$defs/'],
  ['/definitions/', '/$defs/'],
  ['/$defs/', '/$defs/'],
];

/** The new place of an old pointer: a JSON Schema's root moves to `$defs/~root`; an OpenAPI document's other schemas (under `paths`) are not carried. */
export function movedPointer(pointer: string, kind: 'document' | 'schema'): string {
  for (const [from, to] of MOVES) if (pointer.startsWith(from)) return to + pointer.slice(from.length);
  if (kind === 'schema') return `/$defs/~root${pointer}`;
  return `/$defs/~other${pointer}`;
}

/**
 * @param root the converted document (OpenAPI schemas already JSON Schema 2020-12)
 * @param isJsonSchema true when the document is itself a JSON Schema (its root is a schema too)
 */
export function definitionsOf(root: unknown, isJsonSchema: boolean): JsonValue {
  const kind = isJsonSchema ? 'schema' : 'document';
  const moved = (ref: string): string => `#${movedPointer(decodeURIComponent(ref.slice(1)), kind)}`;
  // `inNames`: the object maps names to schemas (`properties`…), so a key spelt `default` is a name, not data.
  const rewrite = (value: unknown, inNames = false): unknown => {
    if (Array.isArray(value)) return value.map((v) => rewrite(v));
    if (!isObject(value)) return value;
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      const role = keyRole(k, inNames);
      if (role !== 'name' && k === '$ref' && typeof v === 'string' && v.startsWith('#')) out[k] = moved(v);
      // A discriminator's mapping names branches by the same pointers their $refs use: they move together,
      // or the sampler no longer finds a branch's mapping key and writes a value the branch's enum refuses.
      else if (role !== 'name' && k === 'discriminator' && isObject(v) && isObject(v.mapping))
        out[k] = {
          ...v,
          mapping: Object.fromEntries(
            Object.entries(v.mapping).map(([key, target]) => [
              key,
              typeof target === 'string' && target.startsWith('#') ? moved(target) : target,
            ]),
          ),
        };
      else if (role === 'data') out[k] = v;
      else out[k] = rewrite(v, role === 'names');
    }
    return out;
  };
  const defs: Json = {};
  const r = isObject(root) ? root : {};
  const holders = [isObject(r.components) ? r.components.schemas : undefined, r.definitions, r.$defs];
  for (const holder of holders)
    if (isObject(holder)) for (const [name, schema] of Object.entries(holder)) defs[name] = rewrite(schema);
  if (isJsonSchema) {
    const { $defs: _d, definitions: _f, $id: _i, $schema: _s, ...rest } = r;
    defs['~root'] = rewrite(rest);
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: DEFINITIONS_ID,
    $defs: defs,
  } as JsonValue;
}
