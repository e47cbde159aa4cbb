/**
 * @module An ECMAScript pattern rewritten in RE2 syntax with the same meaning, or the reason it cannot be.
 *
 * What differs between the two dialects is the meaning of single characters: `\d \w \s`, `.`, `\p{…}` names,
 * case folding under `i`, `v`-mode set operations. Rather than translate each rule, every character atom is
 * replaced by the explicit code point ranges V8 itself accepts for it (asked once per atom, cached), so the
 * rewritten pattern accepts exactly the same characters. The structure — sequence, alternation, groups,
 * counted repetition, `^`, `$` and `\b` — means the same in both once `m` is off. What RE2 has no form for
 * (lookarounds, backreferences, `\q{…}` strings, counts above 10,000) is reported with its offset.
 */
import type { AstNode, RootNode } from 'regjsparser';
import type { ParseFeatures } from './astToPatternNode.js';
import { charSetOf, pairsOf, type CharSet } from './charSet.js';
import { atomSet, escapeSet } from './atomCharSet.js';

type Node = RootNode<ParseFeatures> | AstNode<ParseFeatures>;

/** A construct RE2 cannot express with the same meaning, and where it starts in the source. */
export interface Untranslatable {
  readonly what: string;
  readonly offset: number;
}

/** RE2's largest repetition count. */
const RE2_MAX_REPEAT = 1000;
/** Counts up to this are split into RE2's (repeatCounts); larger ones would only build a program RE2 rejects. */
const RE2_SPLIT_LIMIT = 10_000;

class Untranslated extends Error {
  constructor(
    readonly what: string,
    readonly offset: number,
  ) {
    super(what);
  }
}

const hex = (c: number): string => `\\x{${c.toString(16)}}`;

function classOf(set: CharSet): string {
  if (set.size === 0) return '[^\\x{0}-\\x{10ffff}]';
  return `[${pairsOf(set)
    .map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`))
    .join('')}]`;
}

function withModifiers(flags: string, node: Extract<Node, { type: 'group' }>): string {
  const modifiers = 'modifierFlags' in node ? node.modifierFlags : undefined;
  if (!modifiers) return flags;
  const kept = [...flags].filter((f) => !modifiers.disabling.includes(f)).join('');
  return kept + [...modifiers.enabling].filter((f) => !kept.includes(f)).join('');
}

function translate(node: Node, flags: string): string {
  switch (node.type) {
    case 'value':
      // Without `i` a character means itself; with it, V8's folding decides.
      if (!flags.includes('i')) return classOf(charSetOf([[node.codePoint, node.codePoint]]));
      return classOf(atomSet(node.raw, flags));
    case 'characterClassEscape':
      return classOf(escapeSet(node.value, flags) ?? atomSet(node.raw, flags));
    case 'dot':
    case 'unicodePropertyEscape':
      return classOf(atomSet(node.raw, flags));
    case 'characterClass':
      if (node.raw.includes('\\q{')) throw new Untranslated('a class string \\q{…}', node.range[0]);
      return classOf(atomSet(node.raw, flags));
    case 'alternative':
      return node.body.map((n) => translate(n, flags)).join('');
    case 'disjunction':
      return node.body.map((n) => translate(n, flags)).join('|');
    case 'group':
      if (node.behavior !== 'normal' && node.behavior !== 'ignore')
        throw new Untranslated(
          `the ${node.behavior.replace(/([A-Z])/g, ' $1').toLowerCase()}`,
          node.range[0],
        );
      return `(?:${node.body.map((n) => translate(n, withModifiers(flags, node))).join('')})`;
    case 'quantifier': {
      if (node.min > RE2_SPLIT_LIMIT || (node.max !== undefined && node.max > RE2_SPLIT_LIMIT))
        throw new Untranslated(`a repetition count above ${RE2_SPLIT_LIMIT}`, node.range[0]);
      const body = `(?:${translate(node.body[0], flags)})`;
      return repeatCounts(node.min, node.max)
        .map((count) => body + count)
        .join('');
    }
    case 'anchor':
      switch (node.kind) {
        case 'start':
          return '^';
        case 'end':
          return '$';
        default:
          // `\b` is ASCII-word based in both, except under `i` with `u`/`v`, where V8 adds ſ and K.
          if (flags.includes('i')) throw new Untranslated('a word boundary under the i flag', node.range[0]);
          return node.kind === 'boundary' ? '\\b' : '\\B';
      }
    case 'reference':
      throw new Untranslated(`the backreference ${node.raw}`, node.range[0]);
  }
  throw new Untranslated('an unknown construct', 0);
}

/**
 * RE2 source with the meaning the pattern has for V8 under `flags` (`u` or `v`, maybe `i`, `s`).
 * @example re2Source(regjsparser.parse('\\d+', 'u'), 'u') // '(?:[\\x{30}-\\x{39}]){1,}'
 */
/**
 * RE2 counts repetitions up to 1000, so a larger `{m,n}` is written as consecutive repetitions whose minimums
 * add up to m and maximums to n: `x{0,1023}` is `x{0,1000}x{0,23}`, the same strings.
 * @example repeatCounts(0, 1023) // ['{0,1000}', '{0,23}']
 */
export function repeatCounts(min: number, max: number | undefined): string[] {
  const counts: string[] = [];
  let [lo, hi] = [min, max];
  while (lo > RE2_MAX_REPEAT || (hi !== undefined && hi > RE2_MAX_REPEAT)) {
    const takeLo = Math.min(lo, RE2_MAX_REPEAT);
    counts.push(`{${takeLo},${RE2_MAX_REPEAT}}`);
    lo -= takeLo;
    if (hi !== undefined) hi -= RE2_MAX_REPEAT;
  }
  counts.push(hi === undefined ? `{${lo},}` : `{${lo},${hi}}`);
  return counts;
}

export function re2Source(root: RootNode<ParseFeatures>, flags: string): string | Untranslatable {
  if (flags.includes('m')) return { what: 'the m flag (RE2 knows only \\n as a line end)', offset: 0 };
  try {
    return translate(root, flags.replace(/[^iuvs]/g, ''));
  } catch (e) {
    if (e instanceof Untranslated) return { what: e.what, offset: e.offset };
    throw e;
  }
}
