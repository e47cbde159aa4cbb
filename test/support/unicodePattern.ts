/**
 * @module The independent validator's reading of a `pattern` that is not a regular expression under the `u`
 * flag (`[\-_.*\'()]`, `^(\p{LD}|\p{Punct})+$`, `\A…\z`, `[^\000-\037]`, `[\w- ]`, a lone `}`: all in AWS
 * descriptions): ECMA-262 without the flag, as `new RegExp(p)` reads it (Annex B), which is also how
 * Fixtura reads such a pattern (ADR 013). hyperjump compiles every pattern with `u`, and its metaschema
 * rejects one `u` cannot read, which voided the whole document. So the pattern is rewritten, token by token,
 * into one with the same meaning under `u`:
 *
 * - an escaped character with no meaning of its own stands for itself: `\p{LD}` is `p{LD}`, `\A` is `A`,
 *   `\'` is `'` (spelled `\u0027`), `\x{60}` is `x{60}` and `\u{41}` is `u{41}` (then a quantifier);
 * - `\0`–`\377` beyond the number of groups is an octal escape (`\000` is U+0000), `\8`/`\9` the digit;
 * - `\c` not before a letter is a backslash, and in a class `\c0`/`\c_` is a control character;
 * - a `{` that begins no quantifier, a lone `}` or `]`, is that character;
 * - in a class, a range with a class escape at an end (`[\w- ]`) is the escape, `-` and the other end;
 * - a quantified lookahead (`(?!\.)+`, elasticfilesystem) is the lookahead in a quantified group,
 *   `(?:(?!\.))+`, which `u` allows and which asserts the same.
 *
 * The rewrite is exact for strings of the Basic Multilingual Plane; for characters beyond it the two
 * readings differ in themselves (without `u`, `.` matches half of a surrogate pair), which no rewrite mends.
 */

/** The characters `\` may escape under the `u` flag besides letters and digits (SyntaxCharacter and `/`). */
const U_ESCAPABLE = new Set('^$\\.*+?()[]{}|/');
const CLASS_ESCAPES = new Set('dDsSwW');
const CONTROL_ESCAPES = new Set('fnrtv');
const HEX = /^[0-9A-Fa-f]$/;

/** A translated class atom: its text, and whether it is a set (`\d`), which cannot end a range. */
interface Atom {
  readonly text: string;
  readonly set: boolean;
  readonly length: number;
}

/**
 * `pattern` itself when it compiles with the `u` flag; otherwise, when it compiles without the flag, the
 * pattern that means under `u` what it means without. A pattern neither reading compiles is returned as it
 * is (the validator then says it cannot read the schema).
 *
 * @example
 * unicodePattern("^[\\-_.*\\'()]+$"); // "^[\\-_.*\\u0027()]+$"
 * unicodePattern('^(\\p{LD}|\\p{Punct}| )+$'); // '^(p\\{LD\\}|p\\{Punct\\}| )+$'
 */
export function unicodePattern(pattern: string): string {
  if (compiles(pattern, 'u') || !compiles(pattern, '')) return pattern;
  const groups = capturingGroups(pattern);
  const named = /\(\?<[^=!]/.test(pattern);
  let out = '';
  let i = 0;
  // Where each open group began in `out`, and whether it is a lookahead, to wrap one a quantifier follows.
  const open: { start: number; lookahead: boolean }[] = [];
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '(') {
      open.push({ start: out.length, lookahead: /^\(\?[=!]/.test(pattern.slice(i)) });
      out += c;
      i++;
    } else if (c === ')') {
      const group = open.pop();
      out += c;
      i++;
      if (group?.lookahead && /^(?:[*+?]|\{\d+(?:,\d*)?\})/.test(pattern.slice(i)))
        out = `${out.slice(0, group.start)}(?:${out.slice(group.start)})`;
    } else if (c === '\\') {
      const atom = escape(pattern, i, groups, named, false);
      out += atom.text;
      i += atom.length;
    } else if (c === '[') {
      const end = classEnd(pattern, i);
      out += characterClass(pattern.slice(i + 1, end));
      i = end + 1;
    } else if (c === '{') {
      // Without `u`, a `{` that begins no quantifier is the character (one that does follows an atom, or the
      // pattern would not have compiled).
      const quantifier = /^\{\d+(?:,\d*)?\}/.exec(pattern.slice(i))?.[0];
      out += quantifier ?? '\\{';
      i += quantifier?.length ?? 1;
    } else {
      out += c === '}' || c === ']' ? `\\${c}` : c;
      i++;
    }
  }
  return out;
}

/** The escape at `i` (a backslash) as text `u` reads the same way, and how many characters it took. */
function escape(p: string, i: number, groups: number, named: boolean, inClass: boolean): Atom {
  const next = p[i + 1];
  if (next === undefined) return { text: '\\\\', set: false, length: 1 };
  const keep = (length: number, set = false): Atom => ({ text: p.slice(i, i + length), set, length });
  if (CLASS_ESCAPES.has(next)) return keep(2, true);
  // `\b` is a backspace in a class and a word boundary outside, in both readings; `\B` in a class is `B`.
  if (CONTROL_ESCAPES.has(next) || next === 'b' || (next === 'B' && !inClass)) return keep(2);
  if (next === 'c') {
    const letter = p[i + 2] ?? '';
    if (/^[A-Za-z]$/.test(letter)) return keep(3);
    // In a class, `\c` before a digit or `_` is the control character of that code unit (Annex B).
    if (inClass && /^[0-9_]$/.test(letter)) return literal(letter.charCodeAt(0) % 32, 3);
    return { text: '\\\\', set: false, length: 1 };
  }
  if (next === 'x') return HEX.test(p[i + 2] ?? '') && HEX.test(p[i + 3] ?? '') ? keep(4) : letter('x');
  if (next === 'u') return /^[0-9A-Fa-f]{4}$/.test(p.slice(i + 2, i + 6)) ? keep(6) : letter('u');
  if (next === 'k' && named && !inClass) return keep(2);
  if (/[0-9]/.test(next)) {
    const digits = /^\d+/.exec(p.slice(i + 1))![0];
    if (next === '0' && !/[0-9]/.test(p[i + 2] ?? '')) return keep(2);
    if (!inClass && next !== '0' && Number(digits) <= groups) return keep(1 + digits.length);
    if (next === '8' || next === '9') return letter(next);
    // A legacy octal escape: up to three octal digits, at most \377.
    const octal = /^[0-3][0-7]{0,2}|^[4-7][0-7]?/.exec(p.slice(i + 1))![0];
    return literal(parseInt(octal, 8), 1 + octal.length);
  }
  if (/[A-Za-z]/.test(next)) return letter(next);
  if (U_ESCAPABLE.has(next) || (next === '-' && inClass)) return keep(2);
  return literal(next.charCodeAt(0), 2);
}

/** A letter that an escape stood for. */
function letter(c: string): Atom {
  return { text: c, set: false, length: 2 };
}

/** A character by its code, as a `\uXXXX` escape, which means the same in a class and outside. */
function literal(code: number, length: number): Atom {
  return { text: `\\u${code.toString(16).padStart(4, '0')}`, set: false, length };
}

/** Where the class opened at `start` closes: the first unescaped `]` after it (`[]` is an empty class). */
function classEnd(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === '^') i++;
  while (i < p.length && p[i] !== ']') i += p[i] === '\\' ? 2 : 1;
  return i;
}

/** A class's body (between `[` and `]`) rewritten for `u`. */
function characterClass(body: string): string {
  let out = '[';
  let i = 0;
  if (body[0] === '^') {
    out += '^';
    i = 1;
  }
  const atomAt = (at: number): Atom => {
    const c = body[at]!;
    if (c === '\\') return escape(body, at, 0, false, true);
    return { text: c === '-' ? '\\-' : c, set: false, length: 1 };
  };
  while (i < body.length) {
    const first = atomAt(i);
    i += first.length;
    if (body[i] === '-' && i + 1 < body.length) {
      const second = atomAt(i + 1);
      i += 1 + second.length;
      // Without `u`, a range with a set at an end is the set, the hyphen and the other end (Annex B).
      out += first.set || second.set ? `${first.text}\\-${second.text}` : `${first.text}-${second.text}`;
    } else out += first.text;
  }
  return `${out}]`;
}

/** How many capturing groups the pattern has: each `(` not escaped, not in a class, not `(?:`/`(?=`/…. */
function capturingGroups(p: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (p[i + 1] !== '?' || /^\?<[^=!]/.test(p.slice(i + 1)))) count++;
  }
  return count;
}

function compiles(pattern: string, flags: string): boolean {
  try {
    new RegExp(pattern, flags);
    return true;
  } catch {
    return false;
  }
}
