/**
 * @module Checks, without Fixtura's code, that no string matches a pattern because of an anchor: a `^` at the
 * pattern's top level after text that cannot match the empty string, or a `$` before such text. Without the
 * `m` flag (JSON Schema patterns have none), `^` matches only at offset 0 and `$` only at the end, so the text
 * before `^` would have to match empty at offset 0, and the text after `$` empty at the end.
 */

/** Top-level offsets of `^` and `$` (outside groups and classes), or null when the pattern has a top-level `|`. */
function topLevelAnchors(pattern: string): { at: number; kind: '^' | '$' }[] | null {
  const out: { at: number; kind: '^' | '$' }[] = [];
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && ch === '|') return null;
    else if (depth === 0 && (ch === '^' || ch === '$')) out.push({ at: i, kind: ch });
  }
  return out;
}

/**
 * Whether text may assert on its neighbours (a lookaround, a word boundary, a backreference): then failing
 * on the empty string alone does not show it fails empty inside a longer one. Anchors need no care: both hold
 * on the empty string, which is where they are most permissive. Read loosely (a `\b` in a class counts
 * too), which can only leave a proof undecided.
 */
const mayAssert = (text: string): boolean => /\(\?<?[=!]|\\[bBk1-9]/.test(text);

/** Whether `text` matches the empty string, read with `u` as the judge reads patterns; null when it cannot be compiled. */
function matchesEmpty(text: string): boolean | null {
  try {
    return new RegExp(`^(?:${text})$`, 'u').test('');
  } catch {
    return null;
  }
}

/**
 * Why no string matches `pattern` (read with `u`, without `m`), when a top-level anchor proves it; otherwise
 * undefined.
 * @example emptyByAnchor('/^[a-z]+$/') // '^ at offset 1 comes after "/", which matches no empty string; without the m flag ^ matches only at offset 0'
 * @example emptyByAnchor('^[a-z]+$') // undefined
 */
export function emptyByAnchor(pattern: string): string | undefined {
  for (const { at, kind } of topLevelAnchors(pattern) ?? []) {
    const text = kind === '^' ? pattern.slice(0, at) : pattern.slice(at + 1);
    if (text === '' || mayAssert(text) || matchesEmpty(text) !== false) continue;
    return kind === '^'
      ? `^ at offset ${at} comes after ${JSON.stringify(text)}, which matches no empty string; without the m flag ^ matches only at offset 0`
      : `$ at offset ${at} comes before ${JSON.stringify(text)}, which matches no empty string; without the m flag $ matches only at the end`;
  }
  return undefined;
}
