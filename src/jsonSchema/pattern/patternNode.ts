/**
 * @module The generator tree a regex compiles to. Its realistic draw is the engine's (drawRealistic.ts): the
 * tree itself is plain data, which the contract's pattern checks read too (issue 15, one-way layers).
 *
 * Five plain-data node kinds are enough once parsing has removed groups, anchors and class syntax: every
 * string a tree can produce matches the regex it came from. Three more serve relaxed trees only (whose strings
 * the caller verifies): a capturing group, a backreference, which repeats what the group last drew, and a
 * positive lookahead, which a draw may write over what follows it.
 */
import type { CharSet } from './charSet.js';

export type PatternNode =
  /** One character of `set`; realistic draws use `realistic`, a non-empty subset (`\s` draws a space). */
  | { readonly kind: 'chars'; readonly set: CharSet; readonly realistic: CharSet }
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'concat'; readonly parts: readonly PatternNode[] }
  | { readonly kind: 'alt'; readonly branches: readonly PatternNode[] }
  /** `body` repeated between `min` and `max` times; `max` is already capped and finite. */
  | { readonly kind: 'repeat'; readonly body: PatternNode; readonly min: number; readonly max: number }
  /** Capturing group number `index` (1-based, in source order). */
  | { readonly kind: 'capture'; readonly index: number; readonly body: PatternNode }
  /** The text capture `index` last drew in this string ('' when it drew none, as ECMAScript reads it). */
  | { readonly kind: 'backref'; readonly index: number }
  /** A positive lookahead `(?=body)`: consumes nothing, but the string must go on with a text of `body`. */
  | { readonly kind: 'ahead'; readonly body: PatternNode };
