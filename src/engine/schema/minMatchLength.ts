/** @module The fewest characters a match of a parsed pattern consumes, for the proofs and the stretch that need it. */
import type { AstNode } from 'regjsparser';
import type { ParseFeatures } from '../../jsonSchema/pattern/astToPatternNode.js';

export type PatternAst = AstNode<ParseFeatures>;

const isLookaround = (node: PatternAst): boolean =>
  node.type === 'group' && node.behavior !== 'normal' && node.behavior !== 'ignore';

/**
 * The fewest characters any match of the node consumes: anchors and lookarounds consume none, and a
 * backreference may repeat an empty capture. With `boundedOnly`, an unbounded quantifier (`*`, `+`, `{n,}`)
 * counts as none either: what is left is what the pattern's bounded parts spend.
 * @example minMatchLength(parse('a+b{2}')) // 3; minMatchLength(parse('a+b{2}'), true) // 2
 */
export function minMatchLength(node: PatternAst, boundedOnly = false): number {
  const of = (n: PatternAst): number => minMatchLength(n, boundedOnly);
  switch (node.type) {
    case 'value':
    case 'dot':
    case 'characterClass':
    case 'characterClassEscape':
    case 'unicodePropertyEscape':
      return 1;
    case 'alternative':
      return node.body.reduce((sum, n) => sum + of(n), 0);
    case 'disjunction':
      return Math.min(...node.body.map(of));
    case 'group':
      return isLookaround(node) ? 0 : node.body.reduce((sum, n) => sum + of(n), 0);
    case 'quantifier':
      if (boundedOnly && node.max === undefined) return 0;
      return node.min === 0 ? 0 : node.min * of(node.body[0]);
    default:
      return 0;
  }
}
