/**
 * @module The characters a pattern's leading lookaheads require: `^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)…` asks for
 * one lowercase letter, one capital and one digit somewhere. A string drawn without the lookaheads (ADR 013)
 * often lacks one; planting a character of each missing class at a free position repairs most such draws,
 * and the repaired string is verified against the real pattern like any other candidate.
 */
import regjsparser from 'regjsparser';
import type { AstNode } from 'regjsparser';
import { PATTERN_FEATURES, type ParseFeatures } from '../../jsonSchema/pattern/astToPatternNode.js';
import { patternDomain, type PatternDomain } from '../values/pattern.js';
import { substream, type Stream } from '../random/stream.js';
import type { Draws } from './draws.js';

type Node = AstNode<ParseFeatures>;

/** One required class: a test for it and a domain to draw a character of it from. */
export interface RequiredCharacter {
  readonly test: RegExp;
  readonly domain: PatternDomain;
}

const ATOMS = new Set(['value', 'characterClass', 'characterClassEscape', 'unicodePropertyEscape']);

/** `.*`, `.*?`, `[^x]*`, `\D*`: any run, before the required character. */
function isAnyRun(node: Node | undefined): boolean {
  return node?.type === 'quantifier' && node.min === 0 && node.max === undefined;
}

/** The atom X of a lookahead `(?=.*X…)`, or undefined. */
function requiredAtom(node: Node): Node | undefined {
  if (node.type !== 'group' || node.behavior !== 'lookahead') return undefined;
  const [body] = node.body;
  const items = node.body.length === 1 && body?.type === 'alternative' ? body.body : node.body;
  const [run, atom] = items;
  return isAnyRun(run) && atom && ATOMS.has(atom.type) ? atom : undefined;
}

const cache = new Map<string, readonly RequiredCharacter[]>();

/**
 * The classes the lookaheads at the start of `source` require, in order; [] when it opens with none.
 * @example requiredCharacters('^(?=.*[a-z])(?=.*\\d)\\S{8,}$', 'u').map((r) => r.test.source) // ['[a-z]', '\\d']
 */
export function requiredCharacters(source: string, flags: string): readonly RequiredCharacter[] {
  const key = `${flags}/${source}`;
  let found = cache.get(key);
  if (found === undefined) {
    const classes: RequiredCharacter[] = [];
    try {
      const root = regjsparser.parse(source, flags, PATTERN_FEATURES) as Node;
      const items = root.type === 'alternative' ? root.body : [root];
      for (const item of items) {
        if (item.type === 'anchor') continue;
        const atom = requiredAtom(item);
        if (!atom) break;
        classes.push({ test: new RegExp(atom.raw, flags), domain: patternDomain(atom.raw, flags) });
      }
      found = classes;
    } catch {
      found = [];
    }
    cache.set(key, found);
  }
  return found;
}

/**
 * `s` with a character of each required class it lacks put in place of one of its own, each at a position no
 * other planted character took; `s` itself when nothing is missing or it is too short to hold them.
 * @example plantRequired('abcdefgh', requiredCharacters('^(?=.*\\d).*$', 'u'), draws, stream) // 'abc7efgh'
 */
export function plantRequired(
  s: string,
  required: readonly RequiredCharacter[],
  draws: Draws,
  stream: Stream,
): string {
  const chars = Array.from(s);
  // A character of a required class may be the only one the string has: it is not replaced.
  const free = chars.flatMap((c, i) => (required.some((r) => r.test.test(c)) ? [] : [i]));
  for (const [n, r] of required.entries()) {
    if (r.test.test(chars.join(''))) continue;
    if (free.length === 0) return s;
    const [at] = free.splice(draws.below(free.length), 1);
    chars[at as number] = r.domain.realistic(substream(stream, n))(draws.below(1 << 30));
  }
  return chars.join('');
}
