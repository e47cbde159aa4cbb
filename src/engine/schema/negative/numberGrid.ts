/**
 * @module Exact decimal arithmetic for numbers just outside a rule: values are counted in units of 10^-scale
 * (BigInt), so 0.01 steps and bounds such as 99999.99 give 100000 or -0.01, never 99999.98999999999.
 */
import { decimalsOf } from '../../../jsonSchema/decimalsKeyword.js';
import type { Bound, Constraints } from '../constraints.js';

/** Numbers this far from zero lose their last decimals as doubles: no neighbour is computed there. */
const EXACT_LIMIT = 1e15;
const MAX_SCALE = 15;

/** A number as a whole count of units of 10^-scale; null when it has no exact form at that scale. */
export function toUnits(x: number, scale: number): bigint | null {
  if (!Number.isFinite(x) || Math.abs(x) >= EXACT_LIMIT || scale > MAX_SCALE || decimalsOf(x) > scale)
    return null;
  return BigInt(x.toFixed(scale).replace('.', ''));
}

export function fromUnits(units: bigint, scale: number): number {
  const value = Number(`${units}e-${scale}`);
  return Object.is(value, -0) ? 0 : value;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** The step every value lies on at `scale` (the lcm of the multipleOf steps, and 1 for integers), or null. */
function step(c: Constraints, integer: boolean, scale: number): bigint | null {
  let out: bigint | null = integer ? 10n ** BigInt(scale) : null;
  for (const m of c.multipleOf) {
    const units = toUnits(m.value, scale);
    if (units === null || units === 0n) return null;
    out = out === null ? units : (out / gcd(out, units)) * units;
  }
  return out;
}

/** The scale that writes the bound and every step exactly. */
function scaleFor(c: Constraints, values: readonly number[]): number {
  return Math.max(0, ...values.map(decimalsOf), ...c.multipleOf.map((m) => decimalsOf(m.value)));
}

/**
 * The nearest value on the wrong side of a bound: on the multipleOf (or integer) grid when there is one, else
 * the bound itself when it is exclusive, or one more decimal than the bound has (minimum 0 → -0.1).
 * @returns null when no exact neighbour exists (a bound beyond 10^15, a step with no short decimal form)
 * @example outside(minimumZero, 'below', onCentsGrid, false) // -0.01 (-0.1 without the grid)
 */
export function outside(
  bound: Bound,
  side: 'below' | 'above',
  c: Constraints,
  integer: boolean,
): number | null {
  const gridded = integer || c.multipleOf.length > 0;
  const scale = gridded ? scaleFor(c, [bound.value]) : decimalsOf(bound.value) + 1;
  const b = toUnits(bound.value, scale);
  if (b === null) return null;
  if (!gridded) {
    if (bound.exclusive) return bound.value;
    return fromUnits(side === 'below' ? b - 1n : b + 1n, scale);
  }
  const s = step(c, integer, scale);
  if (s === null) return null;
  let k: bigint;
  if (side === 'below') k = bound.exclusive ? floorDiv(b, s) : floorDiv(b - 1n, s);
  else k = bound.exclusive ? -floorDiv(-b, s) : floorDiv(b, s) + 1n;
  return fromUnits(k * s, scale);
}

/**
 * `x + delta` computed exactly, or null when either has no exact decimal form.
 * @example shifted(0.1, 0.005) // 0.105
 */
export function shifted(x: number, delta: number): number | null {
  const scale = Math.max(decimalsOf(x), decimalsOf(delta));
  const a = toUnits(x, scale);
  const d = toUnits(delta, scale);
  return a === null || d === null ? null : fromUnits(a + d, scale);
}

/**
 * The valid number nearest a bound: the bound itself when it is inclusive and on the multipleOf (or integer)
 * grid, else the first grid value inside it; without a grid, one more decimal than an exclusive bound has.
 * @returns null when no exact value exists (a bound beyond 10^15, a step with no short decimal form)
 * @example inside(exclusiveMinimumZero, 'minimum', onCentsGrid, false) // 0.01 (0.1 without the grid)
 */
export function inside(
  bound: Bound,
  side: 'minimum' | 'maximum',
  c: Constraints,
  integer: boolean,
): number | null {
  const gridded = integer || c.multipleOf.length > 0;
  const scale = gridded ? scaleFor(c, [bound.value]) : decimalsOf(bound.value) + (bound.exclusive ? 1 : 0);
  const b = toUnits(bound.value, scale);
  if (b === null) return null;
  const up = side === 'minimum';
  if (!gridded) return bound.exclusive ? fromUnits(up ? b + 1n : b - 1n, scale) : bound.value;
  const s = step(c, integer, scale);
  if (s === null) return null;
  const ceil = -floorDiv(-b, s);
  const floor = floorDiv(b, s);
  let k: bigint;
  if (up) k = bound.exclusive ? floor + 1n : ceil;
  else k = bound.exclusive ? ceil - 1n : floor;
  return fromUnits(k * s, scale);
}
