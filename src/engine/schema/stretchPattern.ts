/**
 * @module A pattern rewritten so that its draws reach a required length: the pattern generator repeats an
 * unbounded quantifier (`+`, `*`, `{n,}`) only a few times, so `^[0-9a-f]+$` with `minLength: 40` would never
 * be drawn long enough. Bounding those quantifiers near the length makes such draws likely; the original
 * pattern still decides what is kept, so the rewrite cannot let a wrong string through.
 */
import regjsparser from 'regjsparser';
import { PATTERN_FEATURES } from '../../jsonSchema/pattern/astToPatternNode.js';
import { minMatchLength, type PatternAst } from './minMatchLength.js';

/** What the pattern's bounded parts spend, or 0 when it cannot be parsed (the budget is then the whole length). */
function fixedPart(source: string): number {
  for (const flags of ['u', '']) {
    try {
      return minMatchLength(regjsparser.parse(source, flags, PATTERN_FEATURES) as PatternAst, true);
    } catch {
      // Try the next reading (ADR 013: a pattern invalid with `u` is read without it).
    }
  }
  return 0;
}

/**
 * The unbounded quantifiers share what the length leaves after the pattern's bounded parts: in
 * `.*[0-9a-f]{8}-…-[0-9a-f]{12}.*` with a length of exactly 36, nothing (AWS Clean Rooms' UUID).
 * @example stretchPattern('^[0-9a-f]+$', 40, 40) // '^[0-9a-f]{40,40}$'
 * @example stretchPattern('.*[0-9a-f]{36}.*', 36, 36) // '.{0,0}[0-9a-f]{36}.{0,0}'
 */
export function stretchPattern(source: string, minLength: number, maxLength: number): string {
  const unbounded = countUnbounded(source);
  if (unbounded === 0) return source;
  const fixed = fixedPart(source);
  const low = Math.max(0, Math.floor((minLength - fixed) / unbounded));
  const high = Math.max(
    low,
    Number.isFinite(maxLength) ? Math.max(0, Math.ceil((maxLength - fixed) / unbounded)) : low + 8,
  );
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    if ((c === '+' || c === '*') && i > 0 && !isQuantifierStart(source, i)) {
      out += `{${c === '+' ? Math.max(1, low) : low},${Math.max(c === '+' ? 1 : 0, high)}}`;
      continue;
    }
    const open = c === '{' ? /^\{(\d+),\}/.exec(source.slice(i)) : null;
    if (open) {
      const n = Number(open[1]);
      out += `{${Math.max(n, low)},${Math.max(n, high)}}`;
      i += open[0].length - 1;
      continue;
    }
    out += c;
  }
  return out;
}

/** `+` or `*` right after `(` or `|` or another quantifier is not a quantifier of an atom (or is a syntax error). */
function isQuantifierStart(source: string, i: number): boolean {
  const prev = source[i - 1];
  return prev === '(' || prev === '|';
}

function countUnbounded(source: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if ((c === '+' || c === '*') && i > 0 && !isQuantifierStart(source, i)) n++;
    else if (c === '{' && /^\{\d+,\}/.test(source.slice(i))) n++;
  }
  return n;
}
