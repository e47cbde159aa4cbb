/**
 * @module Maps a uniform draw to a value of a distribution truncated to [lo, hi], by inverse-CDF sampling on
 * the truncated range: one draw per value, no rejection loop, and every result inside the bounds.
 */
import type { Distribution } from '../../model/model.js';

/** Turns u ∈ [0, 1) into a value in [lo, hi] following `distribution`. */
export type UnitToValue = (u: number) => number;

/**
 * @example truncatedSampler({ kind: 'normal', mean: 50, sd: 10 }, 0, 100)(0.5) // 50
 */
export function truncatedSampler(distribution: Distribution, lo: number, hi: number): UnitToValue {
  switch (distribution.kind) {
    case 'uniform':
      return uniformBetween(lo, hi);
    case 'normal':
      return truncatedNormal(distribution.mean, distribution.sd, lo, hi);
    case 'lognormal': {
      // X = lo + exp(Y), Y ~ N(mu, sigma) truncated to (-inf, ln(hi - lo)]
      if (hi <= lo) return () => lo;
      const inner = truncatedNormal(distribution.mu, distribution.sigma, -Infinity, Math.log(hi - lo));
      return (u) => clamp(lo + Math.exp(inner(u)), lo, hi);
    }
  }
}

/**
 * The CDF of the same truncated distribution: P(X <= x) for the values `truncatedSampler` draws, used to test
 * a dataset against what its contract declares.
 * @example truncatedCdf({ kind: 'normal', mean: 50, sd: 10 }, 0, 100)(50) // 0.5
 */
export function truncatedCdf(distribution: Distribution, lo: number, hi: number): (x: number) => number {
  const between = (f: (x: number) => number, a: number, b: number) => {
    const fa = f(a);
    const width = f(b) - fa;
    return (x: number) => (x < lo ? 0 : x >= hi ? 1 : width > 0 ? clamp((f(x) - fa) / width, 0, 1) : 0);
  };
  switch (distribution.kind) {
    case 'uniform':
      return (x) => (x < lo ? 0 : x >= hi ? 1 : hi > lo ? (x - lo) / (hi - lo) : 1);
    case 'normal': {
      const { mean, sd } = distribution;
      return between((x) => normalCdf((x - mean) / sd), lo, hi);
    }
    case 'lognormal': {
      const { mu, sigma } = distribution;
      const f = (x: number) => (x <= lo ? 0 : normalCdf((Math.log(x - lo) - mu) / sigma));
      return between(f, lo, hi);
    }
  }
}

function truncatedNormal(mean: number, sd: number, lo: number, hi: number): UnitToValue {
  const a = normalCdf((lo - mean) / sd);
  const b = normalCdf((hi - mean) / sd);
  const width = b - a;
  if (!(width > 1e-15)) {
    // The bounds sit far in one tail, where the density falls off so fast that the mass is at the bound
    // nearest the mean; between two finite bounds, spreading it evenly is close enough and keeps variety.
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
      const edge = Number.isFinite(hi) ? hi : lo;
      return () => edge;
    }
    return uniformBetween(lo, hi);
  }
  return (u) => clamp(mean + sd * normalQuantile(a + u * width), lo, hi);
}

/** lo + u·(hi − lo), without overflowing when the bounds are more than the largest double apart. */
function uniformBetween(lo: number, hi: number): UnitToValue {
  if (Number.isFinite(hi - lo)) return (u) => clamp(lo + u * (hi - lo), lo, hi);
  return (u) => clamp(lo * (1 - u) + hi * u, lo, hi);
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Standard normal CDF via erfc (Numerical Recipes' erfcc, relative error < 1.2e-7). */
export function normalCdf(z: number): number {
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  const x = -z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const r =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  const erfc = x >= 0 ? r : 2 - r;
  return 0.5 * erfc;
}

/** Standard normal quantile (Acklam's algorithm, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const pLow = 0.02425;
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p));
    return tail(q);
  }
  if (p > 1 - pLow) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -tail(q);
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r +
      1.38357751867269e2) *
      r -
      3.066479806614716e1) *
      r +
      2.506628277459239) *
      q) /
    (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r +
      6.680131188771972e1) *
      r -
      1.328068155288572e1) *
      r +
      1)
  );
}

function tail(q: number): number {
  return (
    (((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) *
      q +
      4.374664141464968) *
      q +
      2.938163982698783) /
    ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) *
      q +
      1)
  );
}
