/**
 * @module `string(regex)`: ECMA-262 regular expressions of the kind schemas and validators carry
 * (`^[A-Z]{2}\d{6}$`, `^(?:vero|culpa)+[^@\s]{3}$`, `(?<year>\d{4})`), built from a small grammar so
 * every one compiles, with and without the `u` flag.
 */
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { domainSize, mixedRadix, radixProduct } from './mixedRadix.js';
import { at, type StringFormat } from './stringFormat.js';
import { WORDS } from './word.js';

/** Character classes and escapes valid in both modes (no `\-` outside a class, no `\p`, nothing after `\w` in a range). */
const CLASSES = [
  '[a-z]', '[A-Z]', '[0-9]', '[a-zA-Z]', '[a-zA-Z0-9]', '[a-z0-9_-]', '[A-F0-9]', '[^\\s]', '[^/]', '[^@\\s]',
  '[\\w.-]', '\\d', '\\w', '\\s', '\\S', '.',
] as const; // prettier-ignore
/** Literal punctuation, escaped where it is a syntax character. */
const LITERALS = [
  '\\.', '-', '_', '@', ':', '/', '\\/', '#', '\\+', '\\?', '\\(', '\\)', '\\$', ' ',
] as const; // prettier-ignore
/** '' twice: a bare atom is twice as likely as any one quantifier. */
const QUANTIFIERS = [
  '', '', '?', '*', '+', '+?', '{2}', '{3}', '{4}', '{6}', '{1,3}', '{2,}', '{8,64}',
] as const; // prettier-ignore
const GROUP_NAMES = ['year', 'month', 'day', 'id', 'code', 'name', 'user', 'host', 'ext', 'version'] as const;

/** An atom that can take a quantifier: a class, a literal, a word, or an alternation of words. */
function drawAtom(d: DrawSequence): string {
  switch (d.int(8)) {
    case 0:
    case 1:
    case 2:
      return d.pick(CLASSES);
    case 3:
      return d.pick(LITERALS);
    case 4:
      return d.pick(WORDS);
    default: {
      const words = [...new Set(Array.from({ length: 2 + d.int(3) }, () => d.pick(WORDS)))];
      return `(${d.chance(0.6) ? '?:' : ''}${words.join('|')})`;
    }
  }
}

/** A quantified atom; a capture group of 1–2 pieces, named once per pattern at most. */
function drawPiece(d: DrawSequence, named: { used: boolean }): string {
  if (d.chance(0.12)) {
    const inner = `${drawAtom(d)}${d.pick(QUANTIFIERS)}${d.chance(0.5) ? drawAtom(d) + d.pick(QUANTIFIERS) : ''}`;
    if (!named.used && d.chance(0.5)) {
      named.used = true;
      return `(?<${d.pick(GROUP_NAMES)}>${inner})`;
    }
    return `(${inner})${d.pick(['', '?', '+', '*'])}`;
  }
  return drawAtom(d) + d.pick(QUANTIFIERS);
}

/** One realistic pattern, drawing from `d`: anchors, an optional lookahead, then 1–5 pieces. */
function drawRegex(d: DrawSequence): string {
  const anchored = d.chance(0.7);
  const lookahead = d.chance(0.08) ? `(?${d.pick(['=', '!'])}.*${d.pick(CLASSES)})` : '';
  const named = { used: false };
  const pieces = Array.from({ length: 1 + d.int(5) }, () => drawPiece(d, named)).join('');
  const body = d.chance(0.05) ? `\\b${pieces}\\b` : pieces;
  return anchored ? `^${lookahead}${body}$` : lookahead + body;
}

/** unique(): five words and a digit count of 1–5, |WORDS|^5 · 5 > 2^52. */
const RADICES = [...Array<number>(5).fill(WORDS.length), 5];

/**
 * Injective on [0, 2^52): k's digits are the words and the count in `^(?:w|w|w)-w_w\d{n}$`, fixed positions
 * that words (letters only) cannot blur; whether digits are written `\d` or `[0-9]` is decoration.
 */
function uniqueRegex(d: DrawSequence, k: number): string {
  const [a = 0, b = 0, c = 0, e = 0, f = 0, n = 0] = mixedRadix(k, RADICES);
  const w = (i: number): string => at(WORDS, i);
  return `^(?:${w(a)}|${w(b)}|${w(c)})-${w(e)}_${w(f)}${d.pick(['\\d', '[0-9]'])}{${1 + n}}$`;
}

/**
 * An ECMA-262 regular expression.
 * @example regex.realistic(streamOf(['s1', 'regex']))(0) // '^[^/]{4}atrox(aufero|tardus|defaeco){2}$'
 */
export const regex: StringFormat = {
  name: 'regex',
  summary:
    'An ECMA-262 regular expression that compiles with and without `u`, e.g. `^[A-Z]{2}\\d+(?:vero|culpa)$`.',
  size: domainSize(radixProduct(RADICES)),
  plain: false,
  schema: { format: 'regex' },
  realistic: (s) => (row) => drawRegex(drawSequence(s, row)),
  unique: (s) => (k, row) => uniqueRegex(drawSequence(s, row), k),
};
