/**
 * @module Whether a repetition matches every text one way only, so a backtracking engine tries each of its end
 * positions once: a repetition of such a body backtracks no more than a repetition of a single character does.
 *
 * Two things make a repetition ambiguous: a body that matches one text two ways (`(a|a)`), and iterations that
 * split a text two ways (`(a+)+`, `(a|aa)*`). A body is unambiguous when its alternatives cannot match the
 * same text (they differ in first or last character, or in length) and each sequence in it splits one way
 * (a part of fixed length, or parts whose characters cannot meet: in `[\w-]+(\[\d+\])*` the second part
 * starts at the first `[`). Iterations split one way when the body has a fixed length, or when it starts or
 * ends with one character that nothing else in it matches, a delimiter: `([-][a-z]+)*` starts an iteration
 * at every `-`, `([a-z]+\.)+` ends one at every dot, `(\[(\d+|\*)\])*` both.
 */
import type { AstNode, RootNode } from 'regjsparser';
import type { ParseFeatures } from './astToPatternNode.js';
import { charSetOf, EMPTY_SET, isDisjoint, union, type CharSet } from './charSet.js';
import { atomCharSet } from './atomCharSet.js';

type Node = RootNode<ParseFeatures> | AstNode<ParseFeatures>;

/** What an unambiguous node can match: its characters, first and last characters, and length range. */
interface Shape {
  readonly chars: CharSet;
  readonly first: CharSet;
  readonly last: CharSet;
  readonly min: number;
  readonly max: number;
}

const ANY_CHAR = charSetOf([[0, 0x10ffff]]);
const EMPTY: Shape = { chars: EMPTY_SET, first: EMPTY_SET, last: EMPTY_SET, min: 0, max: 0 };

const isLookaround = (node: Node): boolean =>
  node.type === 'group' && node.behavior !== 'normal' && node.behavior !== 'ignore';

const fixed = (s: Shape): boolean => s.min === s.max;

/** The top-level parts of a body, through plain groups (an alternation is one part). */
function sequenceOf(node: Node): Node[] {
  if (node.type === 'alternative') return node.body.flatMap(sequenceOf);
  if (node.type === 'group' && !isLookaround(node)) {
    const [only] = node.body;
    if (node.body.length === 1 && only?.type === 'disjunction') return [node];
    return node.body.flatMap(sequenceOf);
  }
  return [node];
}

/** `a` then `b` splits a text one way: a fixed length on either side, or characters that cannot meet. */
function then(a: Shape, b: Shape): Shape | null {
  if (!fixed(a) && !fixed(b) && !isDisjoint(a.chars, b.first) && !isDisjoint(a.last, b.chars)) return null;
  return {
    chars: union(a.chars, b.chars),
    first: a.min > 0 ? a.first : union(a.first, b.first),
    last: b.min > 0 ? b.last : union(a.last, b.last),
    min: a.min + b.min,
    max: a.max + b.max,
  };
}

/** Two alternatives can never match the same text. */
function apart(a: Shape, b: Shape): boolean {
  if (a.max < b.min || b.max < a.min) return true;
  if (a.min === 0 || b.min === 0) return false;
  return isDisjoint(a.first, b.first) || isDisjoint(a.last, b.last);
}

class ShapeOf {
  constructor(private readonly flags: string) {}

  /** Shapes already worked out: a delimiter check asks again about parts it has seen. */
  private readonly known = new Map<Node, Shape | null>();

  /** The node's shape, or null when it may match some text more than one way (or is not analysed). */
  of(node: Node): Shape | null {
    let shape = this.known.get(node);
    if (shape === undefined) {
      shape = this.compute(node);
      this.known.set(node, shape);
    }
    return shape;
  }

  private compute(node: Node): Shape | null {
    switch (node.type) {
      case 'value':
      case 'dot':
      case 'characterClass':
      case 'characterClassEscape':
      case 'unicodePropertyEscape': {
        const set = atomCharSet(node, this.flags);
        return { chars: set, first: set, last: set, min: 1, max: 1 };
      }
      case 'anchor':
        return EMPTY;
      case 'alternative':
        return this.sequence(node.body);
      case 'disjunction': {
        const shapes: Shape[] = [];
        for (const branch of node.body) {
          const s = this.of(branch);
          if (!s || shapes.some((t) => !apart(s, t))) return null;
          shapes.push(s);
        }
        return {
          chars: union(...shapes.map((s) => s.chars)),
          first: union(...shapes.map((s) => s.first)),
          last: union(...shapes.map((s) => s.last)),
          min: Math.min(...shapes.map((s) => s.min)),
          max: Math.max(...shapes.map((s) => s.max)),
        };
      }
      case 'group':
        // A lookaround consumes nothing and answers once; a modifier group (`(?i:…)`) changes what atoms mean.
        if (isLookaround(node)) return EMPTY;
        if ('modifierFlags' in node && node.modifierFlags) return null;
        return this.sequence(node.body);
      case 'quantifier':
        return this.repeat(node);
      default:
        return null;
    }
  }

  private sequence(parts: readonly Node[]): Shape | null {
    let shape: Shape | null = EMPTY;
    for (const part of parts) {
      const next = this.of(part);
      shape = next && shape && then(shape, next);
      if (!shape) return null;
    }
    return shape;
  }

  private repeat(node: Extract<Node, { type: 'quantifier' }>): Shape | null {
    const [body] = node.body;
    const max = node.max ?? Infinity;
    // A quantified lookaround (`(?!\.)+`, Annex B) asserts at one position: ECMAScript fails an iteration
    // past the minimum that matched no text, so it consumes nothing and repeats nothing.
    if (max === 0 || isLookaround(body)) return EMPTY;
    const inner = this.of(body);
    if (!inner) return null;
    if (max > 1 && !this.splitsOneWay(body, inner)) return null;
    // Skipping an optional body and matching it must differ: it may not match the empty text.
    if (node.min < max && inner.min === 0) return null;
    return { ...inner, min: node.min * inner.min, max: max * inner.max };
  }

  /** Iterations of an unambiguous body split a text one way: a fixed length, or a first or last delimiter. */
  splitsOneWay(body: Node, inner: Shape): boolean {
    if (inner.min === 0) return false;
    if (fixed(inner)) return true;
    const parts = sequenceOf(body).filter((n) => n.type !== 'anchor' && !isLookaround(n));
    if (parts.length < 2) return false;
    return (
      this.delimits(parts[0] as Node, parts.slice(1)) ||
      this.delimits(parts.at(-1) as Node, parts.slice(0, -1))
    );
  }

  /** One character, matched by nothing among the rest of the body. */
  private delimits(edge: Node, rest: readonly Node[]): boolean {
    const shape = this.of(edge);
    if (!shape || shape.min !== 1 || shape.max !== 1) return false;
    const others = union(...rest.map((n) => this.of(n)?.chars ?? ANY_CHAR));
    return isDisjoint(shape.chars, others);
  }
}

/**
 * True when a variable repetition of `body` matches every text one way only.
 * @example unambiguousRepeat(regjsparser.parse('(?!-)[a-z]+\\.', 'u'), 'u') // true
 * @example unambiguousRepeat(regjsparser.parse('a|aa', 'u'), 'u') // false
 */
export function unambiguousRepeat(body: Node, flags: string): boolean {
  const ways = new ShapeOf(flags);
  const inner = ways.of(body);
  return inner !== null && inner.min > 0 && ways.splitsOneWay(body, inner);
}

/** The characters an unambiguous node's non-empty matches end with, and whether it may match the empty text. */
export interface UnambiguousEnd {
  readonly last: CharSet;
  readonly empty: boolean;
}

const ends = new WeakMap<Node, { readonly flags: string; readonly end: UnambiguousEnd | null }>();

/**
 * How an unambiguous node's matches end, or null when the node may match some text more than one way. Each
 * end position is then reached by one path, so from any start the node ends at most once per character of
 * `last` in the text (and once more when it may be empty). Kept per node: a tree is read with one set of flags.
 * @example unambiguousEnd(regjsparser.parse('(|[a-z].*):', 'u'), 'u') // { last: {':'}, empty: false }
 */
export function unambiguousEnd(node: Node, flags: string): UnambiguousEnd | null {
  const known = ends.get(node);
  if (known?.flags === flags) return known.end;
  const shape = new ShapeOf(flags).of(node);
  const end = shape && { last: shape.last, empty: shape.min === 0 };
  ends.set(node, { flags, end });
  return end;
}
