/**
 * @module A `$ref` whose JSON pointer passes through another `$ref`, read through it.
 *
 * Some bundlers write a schema they met twice as a `$ref` to where they first met it, spelling the path the way
 * they walked it: through a `$ref`. dnd5eapi.co's Monster refers to
 * `#/paths/…/schema/allOf/3/properties/actions/items/properties/damage/items`, where `…/schema` is
 * `{"$ref": "#/components/schemas/Monster"}`: the rest of the pointer is inside Monster.
 * @apidevtools/json-schema-ref-parser resolves such a pointer that way, by following each `$ref` it meets.
 * In an OpenAPI 3.0 or Swagger 2.0 document a `$ref`'s siblings are ignored (and dropped by the conversion),
 * so there the pointer names nothing else; this rewrites it to the schema it reaches, which Ajv and the schema
 * index then find directly. A pointer that resolves as written is left alone, and one that resolves neither
 * way stays as it is, to be refused where it is used.
 */
import { escapeToken, pointerTokens, valueAt } from '../../jsonSchema/jsonPointer.js';
import { keyRole } from '../../jsonSchema/schemaKeywords.js';

/** `$ref`s followed for one pointer at most (a cycle of `$ref`s ends here). */
const MAX_HOPS = 32;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

function fragmentOf(ref: string): string | null {
  if (!ref.startsWith('#')) return null;
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return null;
  }
}

function child(value: unknown, token: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return Object.hasOwn(value, token) ? (value as Json)[token] : undefined;
}

/**
 * The tokens of the location a `#…` pointer reaches when every `$ref` met where the pointer goes on is followed;
 * null when it reaches nothing.
 * @example pointerThroughRefs({ a: { $ref: '#/b' }, b: { c: 1 } }, '/a/c') // ['b', 'c']
 */
export function pointerThroughRefs(doc: unknown, pointer: string, hops = 0): string[] | null {
  let at: string[] = [];
  let value = doc;
  for (const token of pointerTokens(pointer)) {
    let next = child(value, token);
    while (next === undefined && isObject(value) && typeof value.$ref === 'string') {
      const target = fragmentOf(value.$ref);
      if (target === null || ++hops > MAX_HOPS) return null;
      const direct = valueAt(doc, target);
      const tokens = direct === undefined ? pointerThroughRefs(doc, target, hops) : pointerTokens(target);
      if (tokens === null) return null;
      at = tokens;
      value = valueAt(doc, tokens.length === 0 ? '' : `/${tokens.map(escapeToken).join('/')}`);
      next = child(value, token);
    }
    if (next === undefined) return null;
    at.push(token);
    value = next;
  }
  return at;
}

/** Rewrites, in place, every local `$ref` that resolves only through another `$ref` to where it resolves. */
export function readRefsThroughRefs(doc: Json): void {
  // The flag says the object maps names to schemas: a key there is a name (`default`…), not a keyword.
  const stack: [unknown, boolean][] = [[doc, false]];
  while (stack.length > 0) {
    const [value, inNames] = stack.pop() as [unknown, boolean];
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) stack.push([item, false]);
      continue;
    }
    if (!isObject(value)) continue;
    const fragment = !inNames && typeof value.$ref === 'string' ? fragmentOf(value.$ref) : null;
    if (fragment !== null && fragment.startsWith('/') && valueAt(doc, fragment) === undefined) {
      const tokens = pointerThroughRefs(doc, fragment);
      if (tokens !== null)
        value.$ref = `#/${tokens.map((t) => encodeURIComponent(escapeToken(t))).join('/')}`;
    }
    for (const [key, v] of Object.entries(value)) {
      const role = keyRole(key, inNames);
      // Examples and extensions are data: a `$ref` in them is not a reference. Response codes are names
      // (`default` among them).
      if (role !== 'data' && (inNames || !key.startsWith('x-')))
        stack.push([v, role === 'names' || (!inNames && key === 'responses')]);
    }
  }
}
