/**
 * @module Whether a group matches in at most one way from a given start: every choice inside it (a count, an
 * optional part, a branch) is decided by the next character, as in an LL(1) grammar, and none depends on what
 * follows the group. `(\d+)Y` is such a group (the digits stop at the `Y`); `(\d+)` and `(a*a*b)` are not.
 * A backtracking engine then carries on from such a group once per start, however much it tried inside.
 */
import type { AstNode, RootNode } from 'regjsparser';
import type { ParseFeatures } from './astToPatternNode.js';

type Node = RootNode<ParseFeatures> | AstNode<ParseFeatures>;

/** Characters that may come next: some atoms, or (`any`) whatever follows the group. */
interface NextSet {
  readonly atoms: readonly Node[];
  readonly any: boolean;
}

const NOTHING: NextSet = { atoms: [], any: false };
const ANYTHING: NextSet = { atoms: [], any: true };
const ATOMS = new Set(['value', 'dot', 'characterClass', 'characterClassEscape', 'unicodePropertyEscape']);

const isLookaround = (node: Node): boolean =>
  node.type === 'group' && node.behavior !== 'normal' && node.behavior !== 'ignore';

const union = (a: NextSet, b: NextSet): NextSet => ({ atoms: [...a.atoms, ...b.atoms], any: a.any || b.any });

/** The code units of the BMP an atom matches, 32 to a word (cached: real patterns repeat atoms). */
const bitmaps = new Map<string, Uint32Array | null>();

function bitmapOf(atom: Node, flags: string): Uint32Array | null {
  const key = `${flags}/${atom.raw}`;
  let bits = bitmaps.get(key);
  if (bits === undefined) {
    bits = new Uint32Array(0x10000 / 32);
    const set = (cp: number): void => {
      (bits as Uint32Array)[cp >>> 5] = ((bits as Uint32Array)[cp >>> 5] as number) | (1 << (cp & 31));
    };
    const ranges = flags.includes('i') ? null : plainRanges(atom);
    if (ranges) {
      for (const [from, to] of ranges) for (let cp = from; cp <= Math.min(to, 0xffff); cp++) set(cp);
    } else {
      try {
        const re = new RegExp(`^(?:${atom.raw})$`, flags.replace(/[gmy]/g, ''));
        for (let cp = 0; cp <= 0xffff; cp++) if (re.test(String.fromCharCode(cp))) set(cp);
      } catch {
        bits = null;
      }
    }
    bitmaps.set(key, bits);
  }
  return bits;
}

/**
 * The code point ranges of a literal or a plain class (`x`, `[a-z0-9_]`, `\d`), read from the tree; null for
 * anything else, which is tested character by character instead.
 */
function plainRanges(atom: Node): [number, number][] | null {
  if (atom.type === 'value') return [[atom.codePoint, atom.codePoint]];
  if (atom.type === 'characterClassEscape' && atom.value === 'd') return [[0x30, 0x39]];
  if (atom.type !== 'characterClass' || atom.negative || atom.kind !== 'union') return null;
  const out: [number, number][] = [];
  for (const item of atom.body as Node[]) {
    if (item.type === 'value') out.push([item.codePoint, item.codePoint]);
    else if (item.type === 'characterClassRange') out.push([item.min.codePoint, item.max.codePoint]);
    else if (item.type === 'characterClassEscape' && item.value === 'd') out.push([0x30, 0x39]);
    else return null;
  }
  return out;
}

/** Whether two atoms share no character (cached per pair). */
const atomPairs = new Map<string, boolean>();

function atomsDisjoint(x: Node, y: Node, flags: string): boolean {
  const key = `${flags}/${x.raw}\u0000${y.raw}`;
  let answer = atomPairs.get(key);
  if (answer === undefined) {
    const bx = bitmapOf(x, flags);
    const by = bitmapOf(y, flags);
    answer = !!bx && !!by && !(mayBeAstral(x, flags) && mayBeAstral(y, flags));
    for (let i = 0; answer && i < (bx as Uint32Array).length; i++)
      if (((bx as Uint32Array)[i] as number) & ((by as Uint32Array)[i] as number)) answer = false;
    atomPairs.set(key, answer);
  }
  return answer;
}

/** Under `u`/`v` an atom may match a character beyond the BMP, which the bitmaps do not test. */
function mayBeAstral(atom: Node, flags: string): boolean {
  if (!/[uv]/.test(flags)) return false;
  switch (atom.type) {
    case 'value':
      return atom.codePoint > 0xffff;
    case 'characterClassEscape':
      return /\\[SWD]/.test(atom.raw);
    case 'characterClass':
      return /\\[pPSWD]|^\[\^|\\u\{|[\u{10000}-\u{10ffff}]/u.test(atom.raw);
    default:
      // `.` and property escapes.
      return true;
  }
}

function disjoint(a: NextSet, b: NextSet, flags: string): boolean {
  if (a.any) return b.atoms.length === 0 && !b.any;
  if (b.any) return a.atoms.length === 0;
  return a.atoms.every((x) => b.atoms.every((y) => atomsDisjoint(x, y, flags)));
}

/** What a node's non-empty matches start with, whether it can match empty, and whether it is analysable. */
interface Shape {
  readonly first: NextSet;
  readonly nullable: boolean;
}

function shapeOf(node: Node): Shape | null {
  if (ATOMS.has(node.type)) return { first: { atoms: [node], any: false }, nullable: false };
  switch (node.type) {
    case 'anchor':
      return { first: NOTHING, nullable: true };
    case 'alternative':
      return sequenceShape(node.body);
    case 'group':
      return isLookaround(node) ? { first: NOTHING, nullable: true } : sequenceShape(node.body);
    case 'disjunction': {
      const shapes = node.body.map(shapeOf);
      if (shapes.some((s) => s === null)) return null;
      return {
        first: (shapes as Shape[]).reduce((acc, s) => union(acc, s.first), NOTHING),
        nullable: (shapes as Shape[]).some((s) => s.nullable),
      };
    }
    case 'quantifier': {
      const body = shapeOf(node.body[0]);
      return body && { first: body.first, nullable: node.min === 0 || body.nullable };
    }
    default:
      // A backreference matches what was captured, which no first set describes.
      return null;
  }
}

function sequenceShape(items: readonly Node[]): Shape | null {
  let first = NOTHING;
  for (const item of items) {
    const s = shapeOf(item);
    if (!s) return null;
    first = union(first, s.first);
    if (!s.nullable) return { first, nullable: false };
  }
  return { first, nullable: true };
}

/** True when every choice inside `node` is decided by the next character, `follow` being what may come after. */
function decided(node: Node, follow: NextSet, flags: string): boolean {
  if (ATOMS.has(node.type) || node.type === 'anchor') return true;
  switch (node.type) {
    case 'alternative':
      return sequenceDecided(node.body, follow, flags);
    case 'group':
      // A lookaround is atomic: once it has answered, the engine never returns into it.
      return isLookaround(node) || sequenceDecided(node.body, follow, flags);
    case 'disjunction': {
      const selectors: NextSet[] = [];
      for (const branch of node.body) {
        const s = shapeOf(branch);
        if (!s || !decided(branch, follow, flags)) return false;
        selectors.push(s.nullable ? union(s.first, follow) : s.first);
      }
      return selectors.every((a, i) => selectors.slice(i + 1).every((b) => disjoint(a, b, flags)));
    }
    case 'quantifier': {
      const [body] = node.body;
      const s = shapeOf(body);
      if (!s) return false;
      const max = node.max ?? Infinity;
      const next = max > 1 ? union(s.first, follow) : follow;
      if (!decided(body, next, flags)) return false;
      // Another iteration or stop: the body must start otherwise than what follows it.
      return node.min === max || (!s.nullable && disjoint(s.first, follow, flags));
    }
    default:
      return false;
  }
}

function sequenceDecided(items: readonly Node[], follow: NextSet, flags: string): boolean {
  let next = follow;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as Node;
    const s = shapeOf(item);
    if (!s || !decided(item, next, flags)) return false;
    next = s.nullable ? union(s.first, next) : s.first;
  }
  return true;
}

/**
 * True when `node` has at most one way to match from any start.
 * @example singlePath(regjsparser.parse('(\\d+)Y', ''), '') // true
 * @example singlePath(regjsparser.parse('(\\d+)', ''), '') // false
 */
export function singlePath(node: Node, flags: string): boolean {
  return decided(node, ANYTHING, flags);
}
