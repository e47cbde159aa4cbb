/**
 * @module Numbers and integers inside their bounds and on their `multipleOf` grid, constructed: a grid step is
 * the least common multiple of the steps (exact for decimal steps such as 0.01, by scaling to integers), and
 * a whole number of steps is drawn between the bounds. Unbounded sides get a realistic window.
 */
import type { Constraints } from './constraints.js';
import type { GenerationContext } from './generationContext.js';
import { unsatisfiable } from './unsatisfiable.js';

/** How far a one-sided or unbounded range reaches for realistic values. */
const WINDOW = 1000;
const MAX_DECIMALS = 15;

/** The number of decimals of a step's shortest text, or null when it has none that fit (e.g. 1e-20). */
function decimalsOf(x: number): number | null {
  const text = String(x);
  const exp = /e-(\d+)$/.exec(text);
  const fraction = text.split('e')[0]?.split('.')[1]?.length ?? 0;
  const d = fraction + (exp ? Number(exp[1]) : 0);
  return d <= MAX_DECIMALS ? d : null;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** The grid every value must lie on, as an integer step over a power of ten: value = k · step / scale. */
function grid(c: Constraints, integer: boolean): { step: bigint; scale: bigint } | null {
  const steps = c.multipleOf.map((m) => m.value);
  if (steps.length === 0) return integer ? { step: 1n, scale: 1n } : null;
  const decimals = steps.map(decimalsOf);
  if (decimals.some((d) => d === null)) return null;
  const d = Math.max(...(decimals as number[]));
  const scale = 10n ** BigInt(d);
  let step = integer ? scale : 1n;
  for (const m of steps) {
    const scaled = BigInt(Math.round(m * 10 ** d));
    step = (step / gcd(step, scaled)) * scaled;
  }
  return { step, scale };
}

export function generateNumber(ctx: GenerationContext, c: Constraints, integer: boolean): number {
  const { draws } = ctx;
  const lo = c.minimum;
  const hi = c.maximum;
  if (lo && hi && (lo.value > hi.value || (lo.value === hi.value && (lo.exclusive || hi.exclusive))))
    throw unsatisfiable('schema/empty-range', `no number lies between ${lo.value} and ${hi.value}`, [
      lo.at,
      hi.at,
    ]);
  // The window values are drawn from: the bounds where they exist, a realistic span around them otherwise.
  let from = lo ? lo.value : hi ? hi.value - WINDOW : -WINDOW;
  let to = hi ? hi.value : lo ? lo.value + WINDOW : WINDOW;
  if (to - from > 2 * WINDOW && draws.chance(0.8)) {
    // A huge range: stay near zero when it is inside, else near a bound, where realistic values live.
    if (from <= 0 && to >= 0) [from, to] = [Math.max(from, -WINDOW), Math.min(to, WINDOW)];
    else if (from > 0) to = from + WINDOW;
    else from = to - WINDOW;
  }
  // Integers stay where they are exact: a bound beyond 2^53 (int64's) is honoured by every safe integer.
  if (integer) [from, to] = [Math.max(from, -Number.MAX_SAFE_INTEGER), Math.min(to, Number.MAX_SAFE_INTEGER)];
  const g = grid(c, integer);
  if (g) {
    // k · step / scale within [from, to], respecting exclusive bounds.
    const stepValue = Number(g.step) / Number(g.scale);
    let kLo = Math.ceil(from / stepValue);
    let kHi = Math.floor(to / stepValue);
    if (lo && (kLo * stepValue < lo.value || (lo.exclusive && kLo * stepValue === lo.value))) kLo++;
    if (hi && (kHi * stepValue > hi.value || (hi.exclusive && kHi * stepValue === hi.value))) kHi--;
    if (kLo > kHi) {
      const where = [...(lo ? [lo.at] : []), ...(hi ? [hi.at] : []), ...c.multipleOf.map((m) => m.at)];
      throw unsatisfiable(
        'schema/empty-range',
        integer && c.multipleOf.length === 0
          ? `no integer lies between ${lo?.value ?? '-∞'} and ${hi?.value ?? '∞'}`
          : `no multiple of ${stepValue} lies between ${lo?.value ?? '-∞'} and ${hi?.value ?? '∞'}`,
        where,
      );
    }
    const k =
      draws.chance(0.05) && kLo <= 0 && kHi >= 0 ? 0 : kLo + draws.below(Math.min(kHi - kLo, 2 ** 52) + 1);
    const value = Number(BigInt(k) * g.step) / Number(g.scale);
    return Object.is(value, -0) ? 0 : value;
  }
  if (c.multipleOf.length > 0) {
    // A step with no short decimal form (1e-20, 1/3): whole numbers of the first step; the verifier judges
    // the others, and 0 — a multiple of everything — is the fallback when it is in range.
    const m = (c.multipleOf[0] as { value: number }).value;
    const kLo = Math.ceil(from / m);
    const kHi = Math.floor(to / m);
    if (kLo <= kHi && draws.chance(0.7)) {
      const value = (kLo + draws.below(Math.min(kHi - kLo, 2 ** 52) + 1)) * m;
      if (!integer || Number.isInteger(value)) return value;
    }
    if (from <= 0 && to >= 0) return 0;
  }
  // Any double in the window, kept off exclusive bounds; mostly with two decimals, as people write them.
  for (let attempt = 0; attempt < 16; attempt++) {
    let x = from + draws.unit() * (to - from);
    if (draws.chance(0.8)) {
      const rounded = Math.round(x * 100) / 100;
      if (rounded >= from && rounded <= to) x = rounded;
    }
    if (lo && (x < lo.value || (lo.exclusive && x === lo.value))) continue;
    if (hi && (x > hi.value || (hi.exclusive && x === hi.value))) continue;
    return x;
  }
  return (from + to) / 2;
}
