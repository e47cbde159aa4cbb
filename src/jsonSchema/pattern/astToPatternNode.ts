/**
 * @module Compiles a regjsparser AST to a generator tree, rejecting what a generator cannot honour.
 *
 * Anchors are checked rather than generated: `^` must be where nothing can precede it and `$` where nothing
 * can follow, so that a string built without them still matches the anchored regex. Lookarounds,
 * backreferences and word boundaries constrain strings in ways a tree of independent choices cannot express.
 */
import type { AstNode, Quantifier, RootNode } from 'regjsparser';
import { classToNode, PRINTABLE_ASCII } from './characterClass.js';
import { PatternError } from './patternError.js';
import type { PatternNode } from './patternNode.js';

/** Exactly the features passed to regjsparser, so the node types leave out the ones not enabled. */
export type ParseFeatures = {
  unicodePropertyEscape: true;
  namedGroups: true;
  unicodeSet: true;
  lookbehind: true;
  modifiers: true;
};
/** The regjsparser features ECMAScript patterns use: every reader of a pattern parses it with these. */
export const PATTERN_FEATURES: ParseFeatures = {
  unicodePropertyEscape: true,
  namedGroups: true,
  unicodeSet: true,
  lookbehind: true,
  modifiers: true,
};
type Node = RootNode<ParseFeatures>;

/** How far an unbounded quantifier (`*`, `+`, `{m,}`) may go above its minimum. */
const UNBOUNDED_EXTRA = 8;

interface WalkContext {
  readonly flags: string;
  readonly unicode: boolean;
  /** Nothing generated before this node in the whole string: a `^` here is satisfied. */
  readonly atStart: boolean;
  readonly atEnd: boolean;
  /** Lookarounds read as empty: the caller checks every string against the real pattern. */
  readonly relaxLookarounds: boolean;
  /** Capturing groups' numbers (1-based, source order) and names, for relaxed backreferences. */
  readonly captures: CaptureNumbers;
}

interface CaptureNumbers {
  readonly byNode: Map<Node | AstNode<ParseFeatures>, number>;
  readonly byName: Map<string, number>;
}

/** Numbers the capturing groups as ECMAScript does: by the position of their opening parenthesis. */
function numberCaptures(root: Node): CaptureNumbers {
  const numbers: CaptureNumbers = { byNode: new Map(), byName: new Map() };
  const visit = (node: Node | AstNode<ParseFeatures>): void => {
    if (node.type === 'group' && node.behavior === 'normal') {
      const index = numbers.byNode.size + 1;
      numbers.byNode.set(node, index);
      if ('name' in node && node.name) numbers.byName.set(node.name.value, index);
    }
    if ('body' in node && Array.isArray(node.body)) for (const child of node.body) visit(child as Node);
  };
  visit(root);
  return numbers;
}

const EMPTY: PatternNode = { kind: 'literal', text: '' };

const REWRITE_HINT =
  'express the constraint with character classes, alternation and quantifiers, or list the allowed values in an enum';

const LOOKAROUNDS: Record<string, string> = {
  lookahead: 'lookahead (?=...)',
  negativeLookahead: 'negative lookahead (?!...)',
  lookbehind: 'lookbehind (?<=...)',
  negativeLookbehind: 'negative lookbehind (?<!...)',
};

function unsupported(what: string, node: AstNode<ParseFeatures>): PatternError {
  return new PatternError(`${what} is not supported by the pattern generator`, node.range[0], REWRITE_HINT);
}

/** Counts above this would build strings too long to serve as test data; larger maxima are lowered to it. */
const MAX_COUNT = 10_000;

function maxCount(q: Quantifier<ParseFeatures>): number {
  return Math.min(q.max ?? q.min + UNBOUNDED_EXTRA, Math.max(q.min, MAX_COUNT));
}

/** True when the node can only ever produce the empty string (so it cannot move an anchor off the edge). */
function producesOnlyEmpty(node: Node): boolean {
  switch (node.type) {
    case 'anchor':
      return true;
    case 'group':
      return node.behavior in LOOKAROUNDS || node.body.every(producesOnlyEmpty);
    case 'alternative':
    case 'disjunction':
      return node.body.every(producesOnlyEmpty);
    case 'quantifier':
      return maxCount(node) === 0 || producesOnlyEmpty(node.body[0]);
    default:
      return false;
  }
}

/** Flattens nested concatenations and merges adjacent literals, so rendering walks fewer nodes. */
function concatOf(parts: readonly PatternNode[]): PatternNode {
  const flat: PatternNode[] = [];
  for (const part of parts.flatMap((p) => (p.kind === 'concat' ? p.parts : [p]))) {
    const previous = flat[flat.length - 1];
    if (part.kind === 'literal' && part.text === '') continue;
    if (part.kind === 'literal' && previous?.kind === 'literal') {
      flat[flat.length - 1] = { kind: 'literal', text: previous.text + part.text };
    } else {
      flat.push(part);
    }
  }
  if (flat.length === 0) return EMPTY;
  return flat.length === 1 ? (flat[0] as PatternNode) : { kind: 'concat', parts: flat };
}

/** Concatenation: each item is at the start only if everything before it produces nothing, likewise at the end. */
function sequenceToNode(items: readonly Node[], ctx: WalkContext): PatternNode {
  const empty = items.map(producesOnlyEmpty);
  const firstNonEmpty = empty.indexOf(false);
  const lastNonEmpty = empty.lastIndexOf(false);
  return concatOf(
    items.map((item, i) =>
      toNode(item, {
        ...ctx,
        atStart: ctx.atStart && (firstNonEmpty < 0 || i <= firstNonEmpty),
        atEnd: ctx.atEnd && i >= lastNonEmpty,
      }),
    ),
  );
}

function withModifiers(
  flags: string,
  modifiers: { enabling: string; disabling: string } | undefined,
): string {
  if (!modifiers) return flags;
  const kept = [...flags].filter((f) => !modifiers.disabling.includes(f)).join('');
  return kept + [...modifiers.enabling].filter((f) => !kept.includes(f)).join('');
}

function quantifierToNode(node: Quantifier<ParseFeatures>, ctx: WalkContext): PatternNode {
  if (node.min > MAX_COUNT) {
    throw new PatternError(
      `${node.raw} repeats more than ${MAX_COUNT} times, which the pattern generator does not support`,
      node.body[0].range[1],
      `keep repetition counts at or below ${MAX_COUNT}`,
    );
  }
  const max = maxCount(node);
  if (max === 0) return EMPTY;
  const [body] = node.body;
  // A second repetition starts after the first, so an anchor inside a repeated body is off the edge.
  const repeated = max > 1 && !producesOnlyEmpty(body);
  const inner = toNode(body, repeated ? { ...ctx, atStart: false, atEnd: false } : ctx);
  if (inner.kind === 'literal' && (node.min === max || inner.text === '')) {
    return { kind: 'literal', text: inner.text.repeat(max) };
  }
  if (node.min === 1 && max === 1) return inner;
  return { kind: 'repeat', body: inner, min: node.min, max };
}

function toNode(node: Node, ctx: WalkContext): PatternNode {
  switch (node.type) {
    case 'value':
      if (ctx.unicode && node.codePoint >= 0xd800 && node.codePoint <= 0xdfff) {
        throw unsupported(`the lone surrogate ${node.raw}`, node);
      }
      return { kind: 'literal', text: String.fromCodePoint(node.codePoint) };
    case 'alternative':
      return sequenceToNode(node.body, ctx);
    case 'disjunction':
      return { kind: 'alt', branches: node.body.map((branch) => toNode(branch, ctx)) };
    case 'group': {
      const lookaround = LOOKAROUNDS[node.behavior];
      if (lookaround !== undefined) {
        if (!ctx.relaxLookarounds) throw unsupported(lookaround, node);
        // A lookaround consumes nothing: without it the generator draws from a superset of the pattern's
        // strings, which a caller that tests every string may use (construct, then verify). A positive
        // lookahead is kept for draws that write its text where it stands (drawRealistic.ts).
        if (node.behavior !== 'lookahead') return EMPTY;
        return { kind: 'ahead', body: sequenceToNode(node.body, { ...ctx, atStart: false, atEnd: false }) };
      }
      const modifiers = 'modifierFlags' in node ? node.modifierFlags : undefined;
      const body = sequenceToNode(node.body, { ...ctx, flags: withModifiers(ctx.flags, modifiers) });
      const index = ctx.captures.byNode.get(node);
      // Captures are kept only where a backreference may read them: relaxed trees.
      return ctx.relaxLookarounds && index !== undefined ? { kind: 'capture', index, body } : body;
    }
    case 'quantifier':
      return quantifierToNode(node, ctx);
    case 'anchor':
      return anchorToNode(node, ctx);
    case 'reference': {
      if (!ctx.relaxLookarounds) throw unsupported(`the backreference ${node.raw}`, node);
      const index =
        'name' in node && node.name
          ? ctx.captures.byName.get(node.name.value)
          : (node as { matchIndex?: number }).matchIndex;
      return index === undefined ? EMPTY : { kind: 'backref', index };
    }
    case 'dot':
      // Printable ASCII matches `.` under every flag combination, and reads well.
      return { kind: 'chars', set: PRINTABLE_ASCII, realistic: PRINTABLE_ASCII };
    case 'characterClass':
    case 'characterClassEscape':
    case 'unicodePropertyEscape':
      return classToNode(node, ctx);
  }
}

function anchorToNode(node: Extract<Node, { type: 'anchor' }>, ctx: WalkContext): PatternNode {
  switch (node.kind) {
    // Relaxed, an anchor off the edge is an assertion like a lookaround: drawn as empty, then verified.
    case 'start':
      if (!ctx.atStart && !ctx.relaxLookarounds) {
        throw new PatternError(
          '^ in the middle of the pattern is not supported by the pattern generator',
          node.range[0],
          'patterns are matched whole; ^ may only open the pattern or one of its top-level alternatives',
        );
      }
      return EMPTY;
    case 'end':
      if (!ctx.atEnd && !ctx.relaxLookarounds) {
        throw new PatternError(
          '$ in the middle of the pattern is not supported by the pattern generator',
          node.range[0],
          'patterns are matched whole; $ may only close the pattern or one of its top-level alternatives',
        );
      }
      return EMPTY;
    // A word boundary is a lookaround too (it asserts on the characters around it), relaxed the same way.
    case 'boundary':
      if (ctx.relaxLookarounds) return EMPTY;
      throw unsupported('the word boundary \\b', node);
    case 'not-boundary':
      if (ctx.relaxLookarounds) return EMPTY;
      throw unsupported('the non-boundary \\B', node);
  }
}

/**
 * Compiles a parsed pattern; `flags` are the RegExp flags it will be matched with. With `relaxLookarounds`,
 * lookarounds and word boundaries are dropped and the result may produce strings the pattern rejects.
 */
export function astToPatternNode(root: Node, flags: string, relaxLookarounds = false): PatternNode {
  const unicode = flags.includes('u') || flags.includes('v');
  const captures = numberCaptures(root);
  return toNode(root, { flags, unicode, atStart: true, atEnd: true, relaxLookarounds, captures });
}
