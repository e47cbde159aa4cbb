/**
 * @module Whether a repeated body splits into iterations one way only: it must end with a character class
 * that no other character of the body can match, so each iteration ends at the first such character after its
 * start. `((?!-)[a-z]+\.)+` is such a body (only the last `\.` matches a dot); `(a+)+` and `(a|ab)*` are not.
 * A repetition of such a body backtracks no more than a repetition of a single character does.
 */
import type { AstNode, RootNode } from 'regjsparser';
import type { ParseFeatures } from '../../engine/values/pattern/astToPatternNode.js';

type Node = RootNode<ParseFeatures> | AstNode<ParseFeatures>;

const ATOMS = new Set(['value', 'dot', 'characterClass', 'characterClassEscape', 'unicodePropertyEscape']);
/** An end class matching more characters than this is not worth proving disjoint. */
const MAX_END_SET = 256;

const isLookaround = (node: Node): boolean =>
  node.type === 'group' && node.behavior !== 'normal' && node.behavior !== 'ignore';

/** The body as a flat sequence, through plain groups and alternatives; null when it branches. */
function sequenceOf(node: Node): Node[] | null {
  if (node.type === 'alternative') {
    const out: Node[] = [];
    for (const n of node.body) {
      const part = sequenceOf(n);
      if (!part) return null;
      out.push(...part);
    }
    return out;
  }
  if (node.type === 'group' && !isLookaround(node))
    return sequenceOf({ ...node, type: 'alternative' } as Node);
  if (node.type === 'disjunction') return null;
  return [node];
}

/** Every consuming atom inside a node (lookarounds consume nothing); null when one is a backreference. */
function atomsOf(node: Node, out: Node[]): Node[] | null {
  if (ATOMS.has(node.type)) {
    out.push(node);
    return out;
  }
  if (node.type === 'reference') return null;
  if (isLookaround(node)) return out;
  if ('body' in node && Array.isArray(node.body))
    for (const n of node.body as Node[]) if (!atomsOf(n, out)) return null;
  return out;
}

function matcher(atom: Node, flags: string): RegExp | null {
  try {
    return new RegExp(`^(?:${atom.raw})$`, flags.replace(/[gy]/g, ''));
  } catch {
    return null;
  }
}

/** The characters (BMP, plus an astral literal) a small end class matches; null when there are too many. */
function endSet(atom: Node, flags: string): string[] | null {
  const re = matcher(atom, flags);
  if (!re) return null;
  const out: string[] = atom.type === 'value' ? [String.fromCodePoint(atom.codePoint)] : [];
  for (let cp = 0; cp <= 0xffff; cp++) {
    const ch = String.fromCharCode(cp);
    if (re.test(ch)) {
      out.push(ch);
      if (out.length > MAX_END_SET) return null;
    }
  }
  return out;
}

/**
 * True when every match of `body` from a given start ends at the same place.
 * @example unambiguousRepeat(regjsparser.parse('(?!-)[a-z]+\\.', 'u'), 'u') // true
 */
export function unambiguousRepeat(body: Node, flags: string): boolean {
  const sequence = sequenceOf(body);
  if (!sequence) return false;
  let end = sequence.length - 1;
  while (end >= 0 && (sequence[end]?.type === 'anchor' || isLookaround(sequence[end] as Node))) end--;
  let last = sequence[end];
  if (last?.type === 'quantifier' && last.min === 1 && last.max === 1) last = last.body[0];
  if (!last || !ATOMS.has(last.type)) return false;
  const others = atomsOf({ ...body, type: 'alternative', body: sequence.slice(0, end) } as Node, []);
  if (!others) return false;
  const ends = endSet(last, flags);
  if (!ends) return false;
  for (const atom of others) {
    const re = matcher(atom, flags);
    if (!re || ends.some((ch) => re.test(ch))) return false;
  }
  return true;
}
