/**
 * @module `pattern`: strings that match an ECMAScript regular expression, drawn or enumerated
 * deterministically.
 *
 * Generated strings match the pattern *anchored*: `new RegExp('^(?:' + source + ')$', flags)`. JSON Schema's
 * `pattern` is unanchored (a match anywhere suffices), and a whole-string match satisfies that reading too,
 * so one value serves both, without inventing text around the match.
 */
import regjsparser from 'regjsparser';
import type { RootNode } from 'regjsparser';
import type { Stream } from '../random/stream.js';
import {
  astToPatternNode,
  PATTERN_FEATURES,
  type ParseFeatures,
} from '../../jsonSchema/pattern/astToPatternNode.js';
import { enumeratePattern } from './pattern/enumeratePattern.js';
import { PatternError } from '../../jsonSchema/pattern/patternError.js';
import type { PatternNode } from '../../jsonSchema/pattern/patternNode.js';
import { drawRealistic } from './pattern/drawRealistic.js';

export { PatternError } from '../../jsonSchema/pattern/patternError.js';

/** The strings of one pattern, in the same shape as a `StringFormat`'s value domain. */
export interface PatternDomain {
  /**
   * How many distinct strings `unique` enumerates (`Infinity` above 2^52). Exact for `unique`, and a lower
   * bound of the pattern's language: unbounded quantifiers stop at min + 8, `.` and negated classes draw from
   * printable ASCII, and ambiguous parts (`a|a`, `a*a*`) are enumerated in one shape only.
   */
  readonly size: number;
  /** Quantifier counts, alternatives and characters each uniform; a pure function of (stream, row). */
  realistic(stream: Stream): (row: number) => string;
  /** Distinct `k` in [0, min(size, 2^52)) give distinct strings; `row` is not used. */
  unique(stream: Stream): (k: number, row: number) => string;
  /** Whether the tree holds a positive lookahead (relaxed trees only), which `lookaheads` draws write. */
  readonly lookaheads: boolean;
}

/** Whether a tree holds a positive lookahead. */
function holdsLookahead(node: PatternNode): boolean {
  switch (node.kind) {
    case 'ahead':
      return true;
    case 'concat':
      return node.parts.some(holdsLookahead);
    case 'alt':
      return node.branches.some(holdsLookahead);
    case 'repeat':
    case 'capture':
      return holdsLookahead(node.body);
    default:
      return false;
  }
}

const SYNTAX_HINT =
  'patterns use ECMAScript regular expression syntax, as in JSON Schema; check it with new RegExp()';

function positionOf(error: unknown): number {
  const match = error instanceof Error ? /at position (\d+)/.exec(error.message) : null;
  return match ? Number(match[1]) : 0;
}

/**
 * The JavaScript engine decides what is valid, since generated strings are checked against it; regjsparser
 * supplies the tree and, when both reject a pattern, the position of the problem.
 */
function parsePattern(source: string, flags: string): RootNode<ParseFeatures> {
  let engineError: Error | null = null;
  try {
    new RegExp(source, flags);
  } catch (error) {
    engineError = error as Error;
  }
  let tree: RootNode<ParseFeatures> | null = null;
  let parserError: unknown = null;
  try {
    tree = regjsparser.parse(source, flags, PATTERN_FEATURES);
  } catch (error) {
    parserError = error;
  }
  if (engineError) throw new PatternError(engineError.message, positionOf(parserError), SYNTAX_HINT);
  if (!tree) {
    const detail =
      parserError instanceof Error ? (parserError.message.split('\n')[0] ?? '') : String(parserError);
    throw new PatternError(
      `pattern syntax not supported by the pattern generator: ${detail}`,
      positionOf(parserError),
      SYNTAX_HINT,
    );
  }
  return tree;
}

export interface PatternDomainOptions {
  /**
   * Draw lookarounds as if absent, instead of refusing them: for callers that test every drawn string
   * against the pattern (the schema sampler), since some draws then fail it.
   */
  readonly relaxLookarounds?: boolean;
  /** Realistic draws keep every count within one of its minimum (near the pattern's shortest strings). */
  readonly lean?: boolean;
  /**
   * Realistic draws of a relaxed tree write each positive lookahead's own text where it stands, over what
   * follows (drawRealistic.ts): a different superset of the pattern's strings, for patterns whose lookahead
   * asks for text the rest rarely draws.
   */
  readonly lookaheads?: boolean;
}

/**
 * Compiles a regex source (without slashes) and its flags into a value domain.
 * @throws PatternError for an invalid regex or a construct a generator cannot honour (lookarounds,
 * backreferences, `\b`, `\B`, `^`/`$` away from the edges).
 * @example
 * const d = patternDomain('[A-Z]{2}\\d{6}');
 * d.size // 676000000
 * d.realistic(streamOf(['test']))(0) // 'IZ200297'
 * d.unique(streamOf(['test']))(123456789, 0) // 'BK826281'
 */
export function patternDomain(source: string, flags = '', options: PatternDomainOptions = {}): PatternDomain {
  const root = astToPatternNode(parsePattern(source, flags), flags, options.relaxLookarounds ?? false);
  const enumeration = enumeratePattern(root);
  return {
    size: enumeration.size,
    realistic: (stream) => (row) =>
      drawRealistic(root, stream, row, {
        lean: options.lean ?? false,
        lookaheads: options.lookaheads ?? false,
      }),
    unique: () => (k) => enumeration.render(k),
    lookaheads: holdsLookahead(root),
  };
}
