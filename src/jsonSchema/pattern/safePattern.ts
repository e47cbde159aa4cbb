/**
 * @module The one place that decides how a pattern is matched, so that no pattern can hang a run.
 *
 * V8's RegExp backtracks: `(a+)+$` takes minutes on thirty characters, and even `a*b` is quadratic. Every
 * pattern gets a work bound (patternCost.ts). A test runs on V8 — fast, and exactly ECMAScript — while the
 * bound for the string's length stays under a budget; otherwise it runs on re2js, a linear-time engine, on a
 * translation with the same meaning (re2Source.ts). A pattern with no polynomial bound that RE2 cannot
 * express (a lookaround or backreference inside risky repetition) is refused up front, with its offset.
 */
import regjsparser from 'regjsparser';
import { RE2JS } from 're2js';
import { PATTERN_FEATURES, type ParseFeatures } from './astToPatternNode.js';
import { patternCost, patternCostOn, type PatternCost } from './patternCost.js';
import { re2Source, type Untranslatable } from './re2Source.js';

/** Backtracking steps a single native test may be bounded by (about 30 ms of V8 at worst). */
export const NATIVE_STEP_BUDGET = 1e7;

/** What every matcher offers: the shape Ajv's `code.regExp` option and the samplers need. */
export interface PatternMatcher {
  test(text: string): boolean;
}

/** A pattern that cannot be matched safely: why, where in its source, and what to do. */
export interface PatternRefusal {
  readonly message: string;
  readonly offset: number;
  readonly hint: string;
}

/** A string too long for a pattern that only the backtracking engine can run. */
export class PatternBudgetError extends Error {
  constructor(
    readonly source: string,
    readonly length: number,
    readonly limit: number,
    /** What keeps the pattern from the linear-time engine, as written (`the lookahead`…). */
    readonly reason: string,
  ) {
    super(
      `a value of ${length} characters is too long to check against /${source}/: ${reason} keeps it on the backtracking engine, which is kept to values of at most ${limit} characters`,
    );
    this.name = 'PatternBudgetError';
  }
}

/**
 * A refused pattern, thrown into Ajv when it compiles a schema that holds one, so that whoever compiled the
 * schema can say which pattern it was and why, rather than only that the schema did not compile.
 */
export class RefusedPatternError extends Error {
  constructor(
    readonly source: string,
    readonly refusal: PatternRefusal,
  ) {
    super(refusal.message);
    this.name = 'RefusedPatternError';
  }
}

export const UNSAFE_PATTERN_HINT =
  'remove the nested or overlapping repetition (e.g. (a+)+ → a+, (a|ab)* → (ab?)*), or the lookaround or backreference inside it';

/** A safe pattern; its `test` is exact and always returns within a bounded time. */
export class SafePattern implements PatternMatcher {
  private linear: RE2JS | Untranslatable | undefined;
  /** The longest string V8 may test within the budget (-1 when the pattern always runs under re2js). */
  readonly nativeLimit: number;

  constructor(
    readonly source: string,
    readonly flags: string,
    private readonly native: RegExp,
    private readonly tree: regjsparser.RootNode<ParseFeatures>,
    readonly cost: PatternCost,
  ) {
    const { factor, degree } = cost;
    if (!Number.isFinite(factor) || factor > NATIVE_STEP_BUDGET) this.nativeLimit = -1;
    else if (degree === 0) this.nativeLimit = Infinity;
    else this.nativeLimit = Math.floor((NATIVE_STEP_BUDGET / factor) ** (1 / degree)) - 1;
  }

  /** The pattern as re2js runs it, or why it cannot (compiled on first need). */
  re2(): RE2JS | Untranslatable {
    if (this.linear === undefined) {
      const source = re2Source(this.tree, this.flags);
      if (typeof source !== 'string') this.linear = source;
      else {
        try {
          this.linear = RE2JS.compile(source);
        } catch (e) {
          this.linear = { what: `a construct RE2 rejects (${(e as Error).message})`, offset: 0 };
        }
      }
    }
    return this.linear;
  }

  /**
   * Runs V8 up to the bound for the length, re2js beyond it; a pattern re2js cannot run gets V8 on a longer
   * text whose own bound (patternCostOn) is within the budget.
   * @throws PatternBudgetError for a text too long for a pattern only V8 can run.
   */
  test(text: string): boolean {
    const limit = this.nativeLimit;
    if (text.length <= limit) return this.native.test(text);
    const linear = this.re2();
    if (linear instanceof RE2JS) return linear.test(text);
    if (patternCostOn(this.tree, this.flags, text) <= NATIVE_STEP_BUDGET) return this.native.test(text);
    throw new PatternBudgetError(this.source, text.length, limit, linear.what);
  }

  toString(): string {
    return `/${this.source}/${this.flags}`;
  }
}

const cache = new Map<string, SafePattern | PatternRefusal | null>();

/**
 * The flags a pattern is read with: the ones asked for (`u`, as JSON Schema says) when the source is valid
 * with them; otherwise, when it is valid without `u`/`v`, those flags without them — ECMA-262 Annex B's
 * reading, where `\p` is just `p` (docs/adr/013-sampler-reading.md). Generation and validation both read a
 * pattern through here, so they never disagree on it.
 * @example patternFlags('[\\p{all}]*', 'u') // ''
 * @example patternFlags('\\p{L}+', 'u') // 'u'
 */
export function patternFlags(source: string, flags = 'u'): string {
  try {
    new RegExp(source, flags);
    return flags;
  } catch {
    const legacy = flags.replace(/[uv]/g, '');
    if (legacy === flags) return flags;
    try {
      new RegExp(source, legacy);
      return legacy;
    } catch {
      return flags;
    }
  }
}

function analyse(source: string, asked: string): SafePattern | PatternRefusal | null {
  const flags = patternFlags(source, asked);
  let native: RegExp;
  try {
    native = new RegExp(source, flags);
  } catch {
    return null;
  }
  let tree: regjsparser.RootNode<ParseFeatures>;
  try {
    tree = regjsparser.parse(source, flags, PATTERN_FEATURES);
  } catch (e) {
    return {
      message: `the pattern cannot be analysed for backtracking: ${(e as Error).message.split('\n')[0] ?? ''}`,
      offset: 0,
      hint: 'write the pattern in plain ECMAScript syntax (classes, groups, quantifiers, alternation)',
    };
  }
  const safe = new SafePattern(source, flags, native, tree, patternCost(tree, flags));
  if (safe.nativeLimit >= 0) return safe;
  const linear = safe.re2();
  if (linear instanceof RE2JS) return safe;
  return {
    message: `${safe.cost.risk ? `its repetition ${safe.cost.risk}` : 'it'} can backtrack catastrophically, and ${linear.what} keeps it from running on the linear-time engine`,
    offset: linear.offset,
    hint: UNSAFE_PATTERN_HINT,
  };
}

/**
 * The matcher for a pattern: a `SafePattern`, a refusal, or `null` when V8 rejects the source as invalid.
 * Results are kept per process: contracts repeat patterns, and analysis and translation are not free.
 * @example
 * safePattern('^[a-z]+$') instanceof SafePattern // true
 * (safePattern('(a|a)*\\1') as PatternRefusal).message // 'its repetition (a|a)* can backtrack …'
 */
export function safePattern(source: string, flags = 'u'): SafePattern | PatternRefusal | null {
  const key = `${flags}/${source}`;
  let verdict = cache.get(key);
  if (verdict === undefined) {
    verdict = analyse(source, flags);
    cache.set(key, verdict);
  }
  return verdict;
}

/** Whether a verdict refuses the pattern. */
export function isRefusal(verdict: SafePattern | PatternRefusal | null): verdict is PatternRefusal {
  return verdict !== null && !(verdict instanceof SafePattern);
}

/**
 * Ajv's `code.regExp` option: every `pattern` and `patternProperties` Ajv compiles goes through the decision.
 * A refused pattern throws when Ajv compiles the schema, as an invalid one does.
 */
export const ajvRegExp = Object.assign(
  (source: string, flags: string): PatternMatcher => {
    const verdict = safePattern(source, flags || 'u');
    if (verdict instanceof SafePattern) return verdict;
    if (verdict) throw new RefusedPatternError(source, verdict);
    throw new Error(`invalid regular expression /${source}/`);
  },
  { code: 'fixtura/safePattern' },
);
