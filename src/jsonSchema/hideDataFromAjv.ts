/**
 * @module What Ajv is given of a document: the document without the data it would misread as schemas. Ajv
 * collects `$id`s by walking every key that is no known data keyword, so an object under OpenAPI's `example`
 * or an `x-` extension is walked like a schema: box.com's metadata examples hold `"$id": "01234500-…"` twice,
 * and Ajv threw "resolves to more than one schema" (an exit 3 in `sample`, `generate` and `validate`). Neither
 * asserts anything, so leaving them out changes no verdict, and every other node keeps its JSON pointer.
 */
import { keyRole } from './schemaKeywords.js';

/** An object under this key is data or an extension, never a schema (Fixtura's own `x-fixtura-` keywords stay). */
const hidden = (key: string, value: unknown): boolean =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  (key === 'example' || (key.startsWith('x-') && !key.startsWith('x-fixtura-')));

/**
 * `node` without the objects under `example` and `x-…` keys (not under names: a property called `example`
 * stays), sharing every subtree that has none; `node` itself when there is nothing to leave out.
 *
 * @example
 * hideDataFromAjv({ type: 'object', example: { $id: 'a' }, properties: { example: { type: 'string' } } })
 * // { type: 'object', properties: { example: { type: 'string' } } }
 */
export function hideDataFromAjv(node: unknown, inNames = false): unknown {
  if (Array.isArray(node)) {
    const items = node.map((item) => hideDataFromAjv(item));
    return items.some((item, i) => item !== node[i]) ? items : node;
  }
  if (node === null || typeof node !== 'object') return node;
  let out: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(node)) {
    const role = keyRole(key, inNames);
    if (role !== 'name' && hidden(key, value)) {
      out ??= { ...(node as Record<string, unknown>) };
      delete out[key];
      continue;
    }
    const next = role === 'data' ? value : hideDataFromAjv(value, role === 'names');
    if (next !== value) {
      out ??= { ...(node as Record<string, unknown>) };
      out[key] = next;
    }
  }
  return out ?? node;
}
