/**
 * @module An upper bound on the work a backtracking engine (V8's irregexp) can do to test a pattern against a
 * string of length n, as `factor · (n + 1) ** degree`, or `Infinity` when no polynomial bound is known.
 *
 * The bound is deliberately coarse and errs high. It counts, for an anchored attempt, how many ways each part
 * of the pattern can end (its *states*) and how many steps it can take (its *work*); a sequence multiplies
 * states, an alternation adds them. Only one kind of repetition is given a polynomial bound: a variable count
 * of a *rigid* body (`[a-z]+`, `(?:ab){2,5}`, `\d*`), or of a body that matches each text one way and starts
 * or ends with a delimiter nothing else in it matches (`([a-z]+\.)+`, `([-][a-z]+)*`, unambiguousRepeat.ts):
 * either way the repetition matches each text one way. A variable repetition of anything else (`(a+)+`, `(a|a)*`, `(\w+\s?)*`) is `Infinity`, whether or not it really
 * backtracks exponentially: soundness, not precision, is the point, and a pattern judged risky still runs
 * (under the linear-time engine) when it can be translated.
 *
 * `patternCostOn` bounds the work on one text rather than on any text of its length: a pattern re2js cannot
 * run (a lookaround) may then still be tested on a text longer than its bound in n allows.
 */
import type { AstNode, RootNode } from 'regjsparser';
import type { ParseFeatures } from './astToPatternNode.js';
import { hasMember, type CharSet } from './charSet.js';
import { singlePath } from './singlePath.js';
import { unambiguousEnd, unambiguousRepeat } from './unambiguousRepeat.js';

type Node = RootNode<ParseFeatures> | AstNode<ParseFeatures>;

/** Work bound `factor · (n + 1) ** degree`; `factor` is `Infinity` when the pattern has no polynomial bound. */
export interface PatternCost {
  readonly factor: number;
  readonly degree: number;
  /** The first construct with no polynomial bound, as written (for messages), or ''. */
  readonly risk: string;
}

interface Bound {
  /** Ways the node can end, at most `f · n^d`. */
  readonly f: number;
  readonly d: number;
  /** Steps it can take, at most `wf · n^w`. */
  readonly wf: number;
  readonly w: number;
}

/** Above this, a factor is as good as infinite: no string would be tested natively anyway. */
const CAP = 1e15;

const ATOM: Bound = { f: 1, d: 0, wf: 1, w: 0 };
const UNBOUNDED: Bound = { f: Infinity, d: Infinity, wf: Infinity, w: Infinity };

/** Repetitions with fewer counts than this end in a constant number of ways rather than n. */
const SHORT_COUNT = 16;
/** Repetitions of at most this many iterations do constant work rather than work growing with n. */
const SHORT_MAX = 64;

/** How many items after a variable one a run is looked for in (a bound on the analysis, not on patterns). */
const RUN_REACH = 8;

const clamp = (x: number): number => (x > CAP ? Infinity : x);

function sequence(parts: readonly Bound[]): Bound {
  let f = 1;
  let d = 0;
  let wf = 0;
  let w = 0;
  for (const p of parts) {
    // Every way the prefix can end runs this part once.
    wf = clamp(wf + f * p.wf);
    w = Math.max(w, d + p.w);
    f = clamp(f * p.f);
    d += p.d;
  }
  return { f, d, wf: clamp(wf + f), w: Math.max(w, d) };
}

/** Branches tried in turn: their ways to end and their work add up. */
function alternation(parts: readonly Bound[]): Bound {
  return {
    f: clamp(parts.reduce((s, p) => s + p.f, 0)),
    d: Math.max(...parts.map((p) => p.d)),
    wf: clamp(parts.reduce((s, p) => s + p.wf, 0)),
    w: Math.max(...parts.map((p) => p.w)),
  };
}

/** A body repeated an exact number of times can only be split one way when it is rigid. */
function isRigid(node: Node): boolean {
  switch (node.type) {
    case 'value':
    case 'dot':
    case 'characterClass':
    case 'characterClassEscape':
    case 'unicodePropertyEscape':
    case 'anchor':
      return true;
    case 'alternative':
      return node.body.every(isRigid);
    case 'group':
      return (node.behavior === 'normal' || node.behavior === 'ignore') && node.body.every(isRigid);
    case 'quantifier':
      return node.min === node.max && isRigid(node.body[0]);
    default:
      return false;
  }
}

/** One string the bound is for: its length, and how many of its characters fall in a set. */
interface Text {
  readonly n: number;
  count(set: CharSet): number;
}

class Walk {
  firstRisk = '';

  constructor(
    private readonly flags: string,
    /** When given, every bound is a number of ways and steps on this text (`d` and `w` are 0). */
    private readonly text?: Text,
  ) {}

  bound(node: Node): Bound {
    const b = this.boundOf(node);
    return this.text ? this.onText(node, b, this.text) : b;
  }

  /**
   * The bound evaluated at the text's length; a node that matches each text one way ends at most once per
   * character of the text it can end with (`(|[a-z].*):` once per colon), however many ways n allows.
   */
  private onText(node: Node, b: Bound, text: Text): Bound {
    const base = text.n + 1;
    let f = b.d === 0 ? b.f : clamp(b.f * base ** b.d);
    const wf = b.w === 0 ? b.wf : clamp(b.wf * base ** b.w);
    if (f > 1) {
      const end = unambiguousEnd(node, this.flags);
      if (end) f = Math.min(f, text.count(end.last) + (end.empty ? 1 : 0));
    }
    return { f, d: 0, wf, w: 0 };
  }

  private boundOf(node: Node): Bound {
    switch (node.type) {
      case 'value':
      case 'dot':
      case 'characterClass':
      case 'characterClassEscape':
      case 'unicodePropertyEscape':
      case 'anchor':
        return ATOM;
      case 'reference':
        // Compares the captured text: up to n steps, one way to end.
        return { f: 1, d: 0, wf: 1, w: 1 };
      case 'alternative':
        return this.sequence(node.body);
      case 'disjunction':
        return alternation(node.body.map((n) => this.bound(n)));
      case 'group': {
        const inner = this.sequence(node.body);
        // A group with one way to match from a start (`(\d+)Y`) ends one way, whatever it tried inside.
        if (
          (node.behavior === 'normal' || node.behavior === 'ignore') &&
          (inner.f > 1 || inner.d > 0) &&
          singlePath(node, this.flags)
        )
          return { f: 1, d: 0, wf: inner.wf, w: inner.w };
        if (node.behavior === 'normal' || node.behavior === 'ignore') return inner;
        // A lookaround is atomic: once it has answered, nothing backtracks into it.
        return { f: 1, d: 0, wf: inner.wf, w: inner.w };
      }
      case 'quantifier':
        return this.quantifier(node);
    }
    return UNBOUNDED;
  }

  private quantifier(node: Extract<Node, { type: 'quantifier' }>): Bound {
    const [body] = node.body;
    const max = node.max ?? Infinity;
    const inner = this.bound(body);
    if (max === 0) return ATOM;
    // An assertion matches no text, and ECMAScript fails any iteration past the minimum that matched none:
    // a quantified lookaround asserts `min` times at one position and never repeats further (`(?!\.)+` is
    // `(?!\.)`, elasticfilesystem's Path), so it is bounded as the assertion, optional when `min` is 0.
    if (body.type === 'group' && body.behavior !== 'normal' && body.behavior !== 'ignore')
      return node.min === 0
        ? { f: clamp(inner.f + 1), d: inner.d, wf: clamp(inner.wf + 1), w: inner.w }
        : { ...inner, wf: clamp(inner.wf * node.min) };
    if (max === 1) {
      if (node.min === 1) return inner;
      return { f: clamp(inner.f + 1), d: inner.d, wf: clamp(inner.wf + 1), w: inner.w };
    }
    if (node.min === max) {
      if (inner.f === 1 && inner.d === 0) return { ...inner, wf: clamp(inner.wf * max) };
      const copies: Bound[] = [];
      for (let i = 0; i < max; i++) {
        copies.push(inner);
        if (sequence(copies).f === Infinity) return this.risk(node);
      }
      return sequence(copies);
    }
    if (!isRigid(body) && !unambiguousRepeat(body, this.flags)) return this.risk(node);
    // A rigid body (or one whose repetition matches each text one way) repeated a variable number of times: one way
    // to end per count, each count tried once, each iteration's own work paid once forward and once back.
    // A short count range (`\d{1,5}`) has a constant number of counts, and a short maximum constant work.
    const shortRange = max - node.min < SHORT_COUNT && inner.f === 1 && inner.d === 0;
    const shortMax = max <= SHORT_MAX && inner.f === 1 && inner.d === 0;
    return {
      f: shortRange ? max - node.min + 1 : 1,
      d: shortRange ? 0 : 1,
      wf: clamp(shortMax ? (inner.wf + 1) * max : inner.wf + 1),
      w: shortMax ? inner.w : inner.w + 1,
    };
  }

  /**
   * A sequence's bound. A run of items with one way to match from a start (`[a-z.]+:`, see singlePath.ts)
   * ends one way, so it multiplies the states of what follows by 1 however many its parts have.
   */
  sequence(items: readonly Node[]): Bound {
    const bounds = items.map((n) => this.bound(n));
    const parts: Bound[] = [];
    for (let i = 0; i < items.length; i++) {
      const b = bounds[i] as Bound;
      const end = b.f > 1 || b.d > 0 ? this.singlePathRun(items, i) : -1;
      if (end < 0) parts.push(b);
      else {
        const run = sequence(bounds.slice(i, end + 1));
        parts.push({ f: 1, d: 0, wf: run.wf, w: run.w });
        i = end;
      }
    }
    return sequence(parts);
  }

  /** The first j ≥ i (within a few items) such that items i..j have one way to match, or -1. */
  private singlePathRun(items: readonly Node[], i: number): number {
    for (let j = i; j < Math.min(items.length, i + RUN_REACH); j++) {
      const run = {
        type: 'alternative',
        body: items.slice(i, j + 1),
        range: [0, 0],
        raw: '',
      } as unknown as Node;
      if (singlePath(run, this.flags)) return j;
    }
    return -1;
  }

  /**
   * The whole pattern's bound. `test` stops at the first complete match, so the ways the last item of a
   * top-level sequence can end are never backtracked into: they cost its work, not more states.
   */
  root(node: Node): Bound {
    const lastFree = (alt: Node): Bound => {
      if (alt.type !== 'alternative' || alt.body.length === 0) return this.bound(alt);
      const head = this.sequence(alt.body.slice(0, -1));
      const last = this.bound(alt.body[alt.body.length - 1] as Node);
      return sequence([head, { f: 1, d: 0, wf: last.wf, w: last.w }]);
    };
    if (node.type !== 'disjunction') return lastFree(node);
    return alternation(node.body.map(lastFree));
  }

  private risk(node: Node): Bound {
    if (this.firstRisk === '') this.firstRisk = node.raw;
    return UNBOUNDED;
  }
}

/** True when every way through the pattern starts with `^` (no `m` flag): the engine tries position 0 only. */
function anchoredAtStart(root: Node, flags: string): boolean {
  if (flags.includes('m')) return false;
  const starts = (node: Node): boolean => {
    switch (node.type) {
      case 'anchor':
        return node.kind === 'start';
      case 'alternative':
        return node.body[0] !== undefined && starts(node.body[0]);
      case 'disjunction':
        return node.body.every(starts);
      case 'group':
        return (
          (node.behavior === 'normal' || node.behavior === 'ignore') &&
          node.body[0] !== undefined &&
          starts(node.body[0])
        );
      default:
        return false;
    }
  };
  return starts(root);
}

/**
 * The work bound of testing a parsed pattern (an unanchored search, as `RegExp.prototype.test` does).
 * @example patternCost(regjsparser.parse('(a+)+$', 'u')).factor // Infinity
 */
export function patternCost(root: RootNode<ParseFeatures>, flags: string): PatternCost {
  const walk = new Walk(flags);
  const b = walk.root(root);
  const factor = clamp(b.wf + b.f);
  const degree = Math.max(b.w, b.d) + (anchoredAtStart(root, flags) ? 0 : 1);
  if (factor === Infinity || !Number.isFinite(degree))
    return { factor: Infinity, degree: Infinity, risk: walk.firstRisk };
  return { factor, degree, risk: walk.firstRisk };
}

/** The text's characters as the engine steps over them: code points under `u`/`v`, code units otherwise. */
function textOf(text: string, flags: string): Text {
  const units = /[uv]/.test(flags) ? null : text;
  const counts = new Map<CharSet, number>();
  return {
    n: text.length,
    count(set) {
      let k = counts.get(set);
      if (k === undefined) {
        k = 0;
        if (units === null) {
          for (const c of text) if (hasMember(set, c.codePointAt(0) as number)) k++;
        } else {
          for (let i = 0; i < units.length; i++) if (hasMember(set, units.charCodeAt(i))) k++;
        }
        counts.set(set, k);
      }
      return k;
    },
  };
}

/**
 * The work bound of testing a parsed pattern against one text, in steps: `patternCost` at the text's length,
 * tightened where a part that matches each text one way can only end at characters the text holds few of. A
 * pattern whose bound in n keeps V8 to short strings may still run it on a longer one: fsx's ARN
 * `((|[a-z0-9].*(?<!-)):){4}` backtracks over colons, so n⁴ becomes (colons + 1)⁴.
 * @example patternCostOn(regjsparser.parse('^(.*:){4}$', 'u'), 'u', 'arn:aws:fsx:eu:1') // 7061
 */
export function patternCostOn(root: RootNode<ParseFeatures>, flags: string, text: string): number {
  const on = textOf(text, flags);
  const b = new Walk(flags, on).root(root);
  return clamp((b.wf + b.f) * (anchoredAtStart(root, flags) ? 1 : on.n + 1));
}
