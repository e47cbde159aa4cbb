/**
 * @module JSON Schema patterns as matchers: ECMA-262 with the `u` flag, through the pattern-safety decision
 * (safePattern.ts), so a pattern that would backtrack catastrophically runs in linear time or not at all.
 */
import {
  isRefusal,
  safePattern,
  type PatternMatcher,
  type PatternRefusal,
} from '../../jsonSchema/pattern/safePattern.js';

/** The matcher of a pattern, or `null` when the source is not a valid regular expression or is refused. */
export function unicodeRegex(source: string): PatternMatcher | null {
  const verdict = safePattern(source, 'u');
  return isRefusal(verdict) ? null : verdict;
}

/** Why a pattern is refused, or `null` when it can be matched (or is simply invalid). */
export function patternRefusal(source: string): PatternRefusal | null {
  const verdict = safePattern(source, 'u');
  return isRefusal(verdict) ? verdict : null;
}
