/**
 * @module Nesting depth and alias use, measured without recursion before any recursive walk sees a document,
 * so a 10,000-deep `[[[…]]]` is a located error instead of a stack overflow.
 */
import type { CST } from 'yaml';

type Token = CST.Token;

/** The line and column (1-based) of an offset in a text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * The offset of the first `[` or `{` that opens level `maxDepth + 1` of JSON text, or -1 when the text stays
 * within `maxDepth`. Brackets inside strings do not count.
 */
export function jsonTooDeepAt(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > maxDepth) return i;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return -1;
}

/** What a walk over YAML's concrete syntax found: the first offset too deep, and the aliases seen. */
export interface YamlShape {
  /** Offset of the first collection nested deeper than allowed, or -1. */
  readonly tooDeepAt: number;
  /** Offset of the first alias (`*name`), or -1. */
  readonly firstAlias: number;
}

type Item = { key?: Token | null; value?: Token | null; sep?: unknown; start?: unknown };

/**
 * Walks YAML's concrete syntax tokens (which the yaml library builds without recursion) with an explicit
 * stack, counting nested collections.
 */
export function yamlShape(tokens: readonly Token[], maxDepth: number): YamlShape {
  let firstAlias = -1;
  const stack: [Token, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [Token, number];
    switch (token.type) {
      case 'document':
        if (token.value) stack.push([token.value, depth]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        if (depth + 1 > maxDepth) return { tooDeepAt: token.offset, firstAlias };
        for (const item of token.items as Item[]) {
          if (item.key) stack.push([item.key, depth + 1]);
          if (item.value) stack.push([item.value, depth + 1]);
        }
        break;
      }
      case 'alias':
        if (firstAlias < 0 || token.offset < firstAlias) firstAlias = token.offset;
        break;
      default:
    }
  }
  return { tooDeepAt: -1, firstAlias };
}
