/**
 * @module Whether a pattern's every string can be drawn from its tree as written: no lookaround, word boundary,
 * backreference, or `^`/`$` away from the edges (astToPatternNode.ts refuses those unless relaxed). The DSL's
 * string generator draws only such patterns; a schema document's string with another goes to the schema
 * sampler, which draws a superset and verifies every string (ADR 020).
 */
import regjsparser from 'regjsparser';
import { astToPatternNode, PATTERN_FEATURES } from './astToPatternNode.js';
import { patternFlags } from './safePattern.js';

/**
 * @example drawableAsWritten('^[A-Z]{2}\\d{6}$') // true
 * @example drawableAsWritten('^(?=.*\\d)[a-z\\d]{8}$') // false: a lookahead
 * @example drawableAsWritten('/^[a-z]+$/') // false: ^ after a slash
 */
export function drawableAsWritten(source: string): boolean {
  const flags = patternFlags(source, 'u');
  try {
    new RegExp(source, flags);
    astToPatternNode(regjsparser.parse(source, flags, PATTERN_FEATURES), flags);
    return true;
  } catch {
    return false;
  }
}
