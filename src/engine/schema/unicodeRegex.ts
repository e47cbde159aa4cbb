/** @module JSON Schema patterns as RegExps: ECMA-262 with the `u` flag, compiled once per source. */

const cache = new Map<string, RegExp | null>();

/** The compiled pattern, or `null` when the source is not a valid regular expression. */
export function unicodeRegex(source: string): RegExp | null {
  let r = cache.get(source);
  if (r === undefined) {
    try {
      r = new RegExp(source, 'u');
    } catch {
      r = null;
    }
    cache.set(source, r);
  }
  return r;
}
