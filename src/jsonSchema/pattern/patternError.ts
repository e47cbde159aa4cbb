/** @module The one error a pattern can raise: where in the source it went wrong and what to do about it. */

/**
 * A regex that is invalid, or valid but outside what the generator can honour (lookarounds, backreferences,
 * word boundaries, anchors in the middle).
 * @example new PatternError('lookahead (?=...) is not supported by the pattern generator', 0, '…').offset // 0
 */
export class PatternError extends Error {
  /** 0-based index into the pattern source where the problem starts. */
  readonly offset: number;
  readonly hint: string;

  constructor(message: string, offset: number, hint: string) {
    super(message);
    this.name = 'PatternError';
    this.offset = offset;
    this.hint = hint;
  }
}
