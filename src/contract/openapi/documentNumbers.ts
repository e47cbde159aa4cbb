/**
 * @module Numbers in a schema document that no value can honour exactly: `1e400`, `.inf` and `.nan` (which
 * JSON and YAML parse to ±Infinity and NaN, and JSON cannot write back), and integer bounds that shut a
 * range beyond 2^53, where integers stop being exact. Found once, right after parsing, with their location.
 */
import { escapeToken as escape } from '../../jsonSchema/jsonPointer.js';

const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/** One number the document cannot have: where (a JSON pointer), what was expected and what was found. */
export interface NumberProblem {
  readonly pointer: string;
  readonly expected: string;
  readonly found: string;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A problem with a schema's integer bounds: a lower bound at or above 2^53, or an upper at or below -2^53. */
function integerBound(schema: Record<string, unknown>, key: string, value: number): string | null {
  // 1e-400 parses to 0, and no step of 0 or less has multiples.
  if (key === 'multipleOf' && value <= 0 && typeof schema.type === 'string')
    return 'a multipleOf above 0 (a step of 1e-324 or less reads as 0)';
  const integer =
    schema.type === 'integer' || (Array.isArray(schema.type) && schema.type.includes('integer'));
  if (!integer) return null;
  const lower = key === 'minimum' || key === 'exclusiveMinimum';
  const upper = key === 'maximum' || key === 'exclusiveMaximum';
  if ((lower && value > MAX_EXACT) || (upper && value < -MAX_EXACT))
    return `an integer ${lower ? 'lower' : 'upper'} bound within ±9007199254740991 (2^53 - 1), where integers are exact`;
  if (key === 'multipleOf' && value > MAX_EXACT)
    return 'a multipleOf within 9007199254740991 (2^53 - 1), whose multiples are exact integers';
  return null;
}

/**
 * The first number problem of a parsed document, in document order, or null. Walks with its own stack, so a
 * deeply nested document cannot overflow the call stack here.
 * @example firstNumberProblem({ maximum: Infinity }) // { pointer: '/maximum', expected: 'a finite number…', … }
 */
export function firstNumberProblem(root: unknown): NumberProblem | null {
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0) {
    const [value, pointer] = stack.pop() as [unknown, string];
    if (typeof value === 'number') {
      if (!Number.isFinite(value))
        return {
          pointer: pointer || '/',
          expected:
            'a finite number (JSON has no NaN or Infinity; the largest double is 1.7976931348623157e308)',
          found: String(value),
        };
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${pointer}/${i}`]);
      continue;
    }
    if (!isObject(value)) continue;
    const keys = Object.keys(value);
    for (const key of keys) {
      const v = value[key];
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      const expected = integerBound(value, key, v);
      if (expected) return { pointer: `${pointer}/${escape(key)}`, expected, found: String(v) };
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      stack.push([value[key], `${pointer}/${escape(key)}`]);
    }
  }
  return null;
}
