/**
 * @module The independent validator's reading of a `pattern` that is not a regular expression under the `u`
 * flag (`[\-_.*\'()]`, common in AWS descriptions): ECMA-262 without the flag, as `new RegExp(p)` reads it,
 * where an escaped character that is not special stands for itself. hyperjump compiles every pattern with
 * `u`, so such an escape is rewritten as the `\uXXXX` escape of the same character, which means the same
 * in both readings.
 */

/** The characters `\` may escape under the `u` flag (besides letters and digits, which keep their meaning). */
const U_ESCAPABLE = new Set('^$\\.*+?()[]{}|/');

/**
 * `pattern` itself when it compiles with the `u` flag; otherwise the same pattern with each identity escape
 * of a character `u` forbids escaping spelled `\uXXXX`. What still does not compile is returned as it is
 * (the validator then says it cannot read the schema).
 *
 * @example
 * unicodePattern("^[\\-_.*\\'()]+$"); // "^[\\-_.*\\u0027()]+$"
 */
export function unicodePattern(pattern: string): string {
  if (compiles(pattern)) return pattern;
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[i + 1]!;
      i++;
      const keeps = /[A-Za-z0-9]/.test(next) || U_ESCAPABLE.has(next) || (next === '-' && inClass);
      out += keeps ? `\\${next}` : `\\u${next.charCodeAt(0).toString(16).padStart(4, '0')}`;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
