/**
 * @module `x-fixtura-decimals: N`, Fixtura's exact form of `multipleOf: 1e-N`: a number passes when its
 * shortest text (what JSON.stringify prints) has at most N decimals. Ajv's own `multipleOf` divides in floating
 * point and calls 249999.99 "not a multiple of 0.01"; this keyword counts instead. Shared by `fixtura validate`
 * and the sampler's verifier, so both judge decimals the same way.
 */
import type { FuncKeywordDefinition } from 'ajv';

export const DECIMALS_KEYWORD = 'x-fixtura-decimals';

/**
 * The decimals of a number's shortest text.
 * @example decimalsOf(249999.99) // 2
 */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  if (!text.includes('e')) return text.length - text.indexOf('.') - 1;
  const exponent = /e([+-]\d+)$/.exec(text);
  const mantissa = exponent ? text.slice(0, exponent.index) : text;
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - (exponent ? Number(exponent[1]) : 0));
}

/** The keyword for Ajv's `addKeyword`. */
export const decimalsKeyword: FuncKeywordDefinition = {
  keyword: DECIMALS_KEYWORD,
  type: 'number',
  schemaType: 'number',
  error: { message: (ctx) => `must have at most ${String(ctx.schema)} decimals` },
  validate: (decimals: number, value: number) => {
    // Fast and exact below 2^52 units: a value with at most N decimals is the double nearest k / 10^N, which
    // is what dividing the rounded product gives back. Anything else takes the textual route.
    const scale = 10 ** decimals;
    if (Math.abs(value) * scale < 2 ** 52 && Math.round(value * scale) / scale === value) return true;
    return decimalsOf(value) <= decimals;
  },
};

/**
 * Replaces `multipleOf: 1e-N` with the exact decimals keyword, everywhere in a schema.
 * @example exactDecimals({ type: 'number', multipleOf: 0.01 }) // { type: 'number', 'x-fixtura-decimals': 2 }
 */
export function exactDecimals(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(exactDecimals);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema as Record<string, unknown>)) {
    if (k === 'multipleOf' && typeof v === 'number' && v < 1 && /^1e-\d+$/.test(v.toExponential())) {
      out[DECIMALS_KEYWORD] = Number(v.toExponential().slice(3));
    } else out[k] = exactDecimals(v);
  }
  return out;
}
