/**
 * @module A proof that no string matches a pattern because of an anchor it can never pass: `^` after text
 * every match must consume, or `$` before it (without the `m` flag, they match only at the string's ends).
 * Such patterns occur when a regex literal is pasted with its slashes: `"/^[a-z]+$/"` matches nothing.
 */
import regjsparser from 'regjsparser';
import type { AstNode } from 'regjsparser';
import { PATTERN_FEATURES, type ParseFeatures } from '../../jsonSchema/pattern/astToPatternNode.js';
import { minMatchLength } from './minMatchLength.js';

type Node = AstNode<ParseFeatures>;

const isLookaround = (node: Node): boolean =>
  node.type === 'group' && node.behavior !== 'normal' && node.behavior !== 'ignore';

/**
 * Why every path through `items` (a sequence) fails, or null. `before`/`after`: whether every match
 * consumes a character before/after the sequence.
 */
function sequenceFails(items: readonly Node[], before: boolean, after: boolean): string | null {
  const lengths = items.map((item) => minMatchLength(item));
  for (let i = 0; i < items.length; i++) {
    const b = before || lengths.slice(0, i).some((n) => n > 0);
    const a = after || lengths.slice(i + 1).some((n) => n > 0);
    const why = fails(items[i] as Node, b, a);
    if (why) return why;
  }
  return null;
}

function fails(node: Node, before: boolean, after: boolean): string | null {
  switch (node.type) {
    case 'anchor':
      if (node.kind === 'start' && before)
        return `^ at offset ${node.range[0]} comes after text every match must consume, and without the m flag ^ matches only at the start of the string`;
      if (node.kind === 'end' && after)
        return `$ at offset ${node.range[0]} comes before text every match must consume, and without the m flag $ matches only at the end of the string`;
      return null;
    case 'alternative':
      return sequenceFails(node.body, before, after);
    case 'disjunction': {
      const reasons = node.body.map((branch) => fails(branch, before, after));
      return reasons.every((r) => r !== null) ? reasons.join('; ') : null;
    }
    case 'group':
      // What a lookaround asserts is not analysed: this proof only reads consumed text.
      return isLookaround(node) ? null : sequenceFails(node.body, before, after);
    case 'quantifier':
      // The first iteration sees what the quantifier sees; a skippable body cannot make the pattern fail.
      return node.min === 0 ? null : fails(node.body[0], before, after);
    default:
      return null;
  }
}

/**
 * Why no string matches `source` read with `flags`, when an anchor proves it; otherwise null.
 * @example impossibleAnchor('/^[a-z]+$/', 'u')
 * // '^ at offset 1 comes after text every match must consume, and without the m flag ^ matches only at the start of the string'
 * @example impossibleAnchor('^[a-z]+$', 'u') // null
 */
export function impossibleAnchor(source: string, flags: string): string | null {
  if (flags.includes('m')) return null;
  let root: Node;
  try {
    root = regjsparser.parse(source, flags, PATTERN_FEATURES) as Node;
  } catch {
    return null;
  }
  return fails(root, false, false);
}
