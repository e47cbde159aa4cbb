/**
 * @module Character classes (`[a-z]`, `[^,;]`, `\d`, `\p{L}`, `.`, and `v`-mode set operations) to `chars`
 * nodes.
 *
 * The set is first built from the class syntax, then every candidate is checked against the engine's own
 * `RegExp` for that class. The check is what makes case folding under `i`, `v`-mode set semantics and the
 * approximations below safe: a character the engine rejects is never generated.
 */
import type {
  CharacterClass,
  CharacterClassEscape,
  CharacterClassRange,
  UnicodePropertyEscape,
  Value,
} from 'regjsparser';
import { charSetOf, EMPTY_SET, filterCharSet, intersect, subtract, union, type CharSet } from './charSet.js';
import { PatternError } from './patternError.js';
import type { PatternNode } from './patternNode.js';

/** Flags in force at a node: the pattern's, as changed by enclosing `(?i:…)` modifier groups. */
export interface ClassContext {
  readonly flags: string;
  readonly unicode: boolean;
}

/** `v`-mode class members that regjsparser emits but its type declarations leave out. */
interface ClassStrings {
  readonly type: 'classStrings';
  readonly strings: readonly { readonly characters: readonly Value[] }[];
}
type ClassMember =
  | CharacterClass<{ unicodeSet: true }>
  | CharacterClassEscape
  | UnicodePropertyEscape
  | Value
  | CharacterClassRange
  | ClassStrings;

/** What a class contributes before checking: characters, the realistic subset, and `\q{…}` strings. */
interface ClassPart {
  readonly set: CharSet;
  readonly realistic: CharSet;
  readonly strings: readonly string[];
}

/** ECMAScript's `\\d`, `\\w` and `\\s` (without `i`), shared with the re2 translation. */
export const DIGITS = charSetOf([[0x30, 0x39]]);
export const WORD = charSetOf([
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
]);
export const SPACES = charSetOf([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
const PLAIN_SPACE = charSetOf([[0x20, 0x20]]);
/** Negations are taken within printable ASCII, so `[^,]` draws readable characters. */
export const PRINTABLE_ASCII = charSetOf([[0x20, 0x7e]]);
const SURROGATES = charSetOf([[0xd800, 0xdfff]]);
const BMP = subtract(charSetOf([[0, 0xffff]]), SURROGATES);
/** Candidates checked per class: bounds compile time for classes like `[\u{0}-\u{10FFFF}]`. */
const MAX_CANDIDATES = 0x10000;

const plain = (set: CharSet): ClassPart => ({ set, realistic: set, strings: [] });

/** Complement within printable ASCII, or within the BMP when that leaves nothing (`[^ -~]`). */
function negate(set: CharSet): CharSet {
  const printable = subtract(PRINTABLE_ASCII, set);
  return printable.size > 0 ? printable : subtract(BMP, set);
}

/** Scanning the BMP takes milliseconds and its answer depends only on the escape, so it is kept per process. */
const propertyCache = new Map<string, CharSet>();

/** `\p{…}` by asking the engine about every BMP character: no Unicode tables to ship or keep current. */
function propertySet(escape: UnicodePropertyEscape, ctx: ClassContext): CharSet {
  const flag = ctx.flags.includes('v') ? 'v' : 'u';
  const key = flag + escape.raw;
  const cached = propertyCache.get(key);
  if (cached) return cached;
  const re = new RegExp(`^${escape.raw}$`, flag);
  const universe = escape.negative ? PRINTABLE_ASCII : BMP;
  let set = filterCharSet(universe, (c) => re.test(String.fromCodePoint(c)), MAX_CANDIDATES);
  if (set.size === 0 && escape.negative)
    set = filterCharSet(BMP, (c) => re.test(String.fromCodePoint(c)), MAX_CANDIDATES);
  propertyCache.set(key, set);
  return set;
}

function escapePart(escape: CharacterClassEscape): ClassPart {
  switch (escape.value) {
    case 'd':
      return plain(DIGITS);
    case 'w':
      return plain(WORD);
    case 's':
      return { set: SPACES, realistic: PLAIN_SPACE, strings: [] };
    case 'D':
      return plain(negate(DIGITS));
    case 'W':
      return plain(negate(WORD));
    case 'S':
      return plain(negate(SPACES));
  }
}

function memberPart(member: ClassMember, ctx: ClassContext): ClassPart {
  switch (member.type) {
    case 'value':
      return plain(charSetOf([[member.codePoint, member.codePoint]]));
    case 'characterClassRange':
      return plain(charSetOf([[member.min.codePoint, member.max.codePoint]]));
    case 'characterClassEscape':
      return escapePart(member);
    case 'unicodePropertyEscape':
      return plain(propertySet(member, ctx));
    case 'characterClass':
      return classPart(member, ctx);
    case 'classStrings': {
      const strings = member.strings.map((s) =>
        String.fromCodePoint(...s.characters.map((c) => c.codePoint)),
      );
      const single = strings.filter((s) => [...s].length === 1).map((s) => s.codePointAt(0) as number);
      return {
        ...plain(charSetOf(single.map((c) => [c, c]))),
        strings: strings.filter((s) => [...s].length !== 1),
      };
    }
  }
}

function classPart(node: CharacterClass<{ unicodeSet: true }>, ctx: ClassContext): ClassPart {
  const members = (node.body as readonly ClassMember[]).map((m) => memberPart(m, ctx));
  if (node.kind !== 'union' && members.some((m) => m.strings.length > 0)) {
    throw new PatternError(
      `strings (\\q{…}) in a class ${node.kind} are not supported by the pattern generator`,
      node.range[0],
      'list the strings as alternatives outside the class, e.g. (?:abc|[a-z])',
    );
  }
  let part: ClassPart;
  if (node.kind === 'union') {
    part = {
      set: union(...members.map((m) => m.set)),
      realistic: union(...members.map((m) => m.realistic)),
      strings: members.flatMap((m) => m.strings),
    };
  } else {
    const [head, ...rest] = members.map((m) => m.set);
    const combine = node.kind === 'intersection' ? intersect : subtract;
    part = plain(rest.reduce(combine, head ?? EMPTY_SET));
  }
  return node.negative ? plain(negate(part.set)) : part;
}

type ClassLike = CharacterClass<{ unicodeSet: true }> | CharacterClassEscape | UnicodePropertyEscape;

/** Compiles a class-like atom to a node producing only characters (and strings) the engine accepts for it. */
export function classToNode(node: ClassLike, ctx: ClassContext): PatternNode {
  const part = node.type === 'characterClass' ? classPart(node, ctx) : memberPart(node as ClassMember, ctx);
  // A lone surrogate next to another would pair up into one astral character and stop matching in unicode
  // mode; outside it they match code unit by code unit, so keep them only when nothing else is left.
  const withoutSurrogates = subtract(part.set, SURROGATES);
  const candidates = ctx.unicode || withoutSurrogates.size > 0 ? withoutSurrogates : part.set;
  const re = new RegExp(`^(?:${node.raw})$`, ctx.flags.replace(/[gyd]/g, ''));
  const set = filterCharSet(candidates, (c) => re.test(String.fromCodePoint(c)), MAX_CANDIDATES);
  const strings = [...new Set(part.strings)].filter((s) => re.test(s));
  if (set.size === 0 && strings.length === 0) {
    throw new PatternError(
      `${node.raw} matches no character the pattern generator can produce`,
      node.range[0],
      'widen the class, or remove this branch of the pattern',
    );
  }
  const realistic = intersect(part.realistic, set);
  const chars: PatternNode[] =
    set.size > 0 ? [{ kind: 'chars', set, realistic: realistic.size > 0 ? realistic : set }] : [];
  const branches = [...chars, ...strings.map((text): PatternNode => ({ kind: 'literal', text }))];
  return branches.length === 1 ? (branches[0] as PatternNode) : { kind: 'alt', branches };
}
