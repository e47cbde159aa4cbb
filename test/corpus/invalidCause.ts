/**
 * @module Names the cause of an invalid instance from hyperjump's first error, for grouping: the keyword that
 * failed, its value where that says what kind of defect it is (a type, a format), and what was found.
 */

/**
 * The cause of `error` (`#/a fails type (#/$defs/Pet/properties/a/type)`) for `instance` under `schema`.
 *
 * @example
 * invalidCause('#/a fails type (#/$defs/Pet/properties/a/type)', { a: null }, converted);
 * // 'invalid: null where type is "string"'
 */
export function invalidCause(error: string, instance: unknown, schema: object): string {
  const match = /^(#\S*) fails (\S+) \((#\S*)\)$/.exec(error);
  if (!match) return `invalid: ${error.replace(/#\/\S*/g, '…').slice(0, 120)}`;
  const [, at, keyword, where] = match as unknown as [string, string, string, string];
  const found = at.startsWith('#') ? valueAt(instance, at) : undefined;
  const value = valueAt(schema, where);
  const kind = found === null ? 'null' : Array.isArray(found) ? 'array' : typeof found;
  switch (keyword) {
    case 'type':
      return `invalid: ${kind} where type is ${JSON.stringify(value)}`;
    case 'format':
      return `invalid: ${kind} fails format ${JSON.stringify(value)}`;
    case 'enum':
    case 'const':
      return `invalid: ${kind} outside ${keyword}`;
    default:
      return `invalid: ${kind} fails ${keyword}`;
  }
}

/**
 * The value at a JSON pointer written as hyperjump writes locations (`#/a/b`, tokens percent-encoded).
 * @example valueAt({ a: [1, 2] }, '#/a/1') // 2
 */
export function valueAt(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const raw of pointer.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    const token = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
