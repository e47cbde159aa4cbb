/** @module Which strings can be written as `plain` values (see ValueDomain.encoding). */

/** True when JSON must escape the value or CSV must quote it: a quote, backslash, comma or control char. */
export function needsEscape(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || c === 34 || c === 44 || c === 92) return true;
  }
  return false;
}
