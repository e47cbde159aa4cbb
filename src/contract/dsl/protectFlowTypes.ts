/**
 * @module Lets DSL type expressions stand unquoted inside YAML flow mappings.
 *
 * The long form `- status: { type: enum[PAID,PENDING], weights: [80, 20] }` is how people write it (the
 * issue itself does), but in YAML's flow context `[`, `]`, `,`, `{` and `}` end a plain scalar, so a YAML
 * parser sees garbage. Before parsing, this pass replaces those characters *inside a type expression's
 * brackets* by private-use stand-ins of the same length (one UTF-16 unit each), so every offset, line and
 * column stays exactly where the user wrote it; `restoreFlowTypes` undoes it on the parsed scalar.
 */

const STAND_INS: Readonly<Record<string, string>> = {
  ',': '\uE000',
  '[': '\uE001',
  ']': '\uE002',
  '{': '\uE003',
  '}': '\uE004',
  '#': '\uE005',
};
const RESTORE = new Map(Object.entries(STAND_INS).map(([k, v]) => [v, k]));
const TYPE_START = /[A-Za-z_][A-Za-z0-9_]*[[(]/y;

/** Rewrites flow-context type expressions so that YAML parses them as one scalar; offsets are preserved. */
export function protectFlowTypes(source: string): string {
  const out = source.split('');
  let flowDepth = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === '#' && (i === 0 || /\s/.test(source[i - 1] as string))) {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '"' || c === "'") {
      i = skipQuoted(source, i);
    } else if (c === '{' || c === '[') {
      flowDepth++;
      i++;
    } else if (c === '}' || c === ']') {
      flowDepth = Math.max(0, flowDepth - 1);
      i++;
    } else if (flowDepth > 0 && isValueStart(source, i)) {
      TYPE_START.lastIndex = i;
      if (TYPE_START.test(source)) {
        const open = TYPE_START.lastIndex - 1;
        i = protectGroup(source, out, open);
      } else i++;
    } else i++;
  }
  return out.join('');
}

/** Undoes `protectFlowTypes` in a parsed scalar value. */
export function restoreFlowTypes(text: string): string {
  return /[\uE000-\uE005]/.test(text)
    ? text.replace(/[\uE000-\uE005]/g, (ch) => RESTORE.get(ch) ?? ch)
    : text;
}

/** A scalar value starts here: after `:` + space (a mapping value) in flow context. */
function isValueStart(source: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (source[j] === ' ' || source[j] === '\t')) j--;
  return j >= 0 && j < i - 1 && source[j] === ':';
}

/** Protects the bracket group opening at `open` (balanced, regex-literal aware); returns the index after it. */
function protectGroup(source: string, out: string[], open: number): number {
  const closeOf: Record<string, string> = { '(': ')', '[': ']' };
  const stack: string[] = [closeOf[source[open] as string] as string];
  if (source[open] === '[') out[open] = STAND_INS['['] as string;
  let i = open + 1;
  let inRegex = false;
  let inClass = false;
  while (i < source.length && stack.length > 0) {
    const c = source[i] as string;
    if (c === '\n') return i; // unbalanced: let the DSL parser report it where the user can see it
    if (inRegex) {
      if (c === '\\') {
        protectChar(out, i + 1, source);
        i += 2;
        continue;
      }
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) inRegex = false;
      protectChar(out, i, source);
      i++;
      continue;
    }
    if (c === '/' && source[i - 1] === '=') inRegex = true;
    else if (c === '(' || c === '[') stack.push(closeOf[c] as string);
    else if (c === stack[stack.length - 1]) stack.pop();
    protectChar(out, i, source);
    i++;
  }
  return i;
}

function protectChar(out: string[], i: number, source: string): void {
  const stand = STAND_INS[source[i] as string];
  if (stand !== undefined) out[i] = stand;
}

function skipQuoted(source: string, start: number): number {
  const q = source[start];
  let i = start + 1;
  while (i < source.length) {
    if (q === '"' && source[i] === '\\') i += 2;
    else if (source[i] === q) {
      if (q === "'" && source[i + 1] === "'") i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}
