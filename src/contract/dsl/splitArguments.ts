/**
 * @module Splits the bracketed argument list of a type expression at top-level commas, keeping regex
 * literals (`pattern=/a,b)/`) and quoted enum values (`enum['a,b']`) whole.
 */

/** One argument, trimmed, with its offset in the expression text. */
export interface Argument {
  readonly text: string;
  readonly offset: number;
}

/**
 * @param open index of the opening `(` or `[`
 * @returns the arguments and the index of the matching closer, or `close: null` when it is missing
 * @example splitArguments('date(>=2020-01-01,<=2020-12-31)', 4).args.map(a => a.text) // ['>=2020-01-01', '<=2020-12-31']
 */
export function splitArguments(text: string, open: number): { args: Argument[]; close: number | null } {
  const closer = text[open] === '[' ? ']' : ')';
  const args: Argument[] = [];
  let start = open + 1;
  let depth = 0;
  let i = open + 1;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    args.push({ text: raw.trim(), offset: start + lead });
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '/' && text[i - 1] === '=') {
      i = skipRegex(text, i);
      continue;
    }
    if ((c === "'" || c === '"') && text.slice(start, i).trim() === '') {
      const end = text.indexOf(c, i + 1);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === closer) {
      push(i);
      if (args.length === 1 && (args[0] as Argument).text === '') args.pop();
      return { args, close: i };
    } else if (c === ',' && depth === 0) {
      push(i);
      start = i + 1;
    }
    i++;
  }
  return { args, close: null };
}

/** Index just after the regex literal starting at `i` (a `/`), honouring escapes and character classes. */
function skipRegex(text: string, i: number): number {
  let inClass = false;
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') j += 2;
    else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) return j + 1;
      j++;
    }
  }
  return j;
}
