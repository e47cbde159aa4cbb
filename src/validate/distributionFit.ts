/**
 * @module Compares what a dataset holds with the distribution its contract declares: a chi-square
 * goodness-of-fit test for enum weights, a one-sample Kolmogorov–Smirnov test for numeric and date
 * distributions. A mismatch needs both significance and size (docs/validation.md#distributions).
 */

/** Below this p-value a difference is significant. */
export const SIGNIFICANCE = 0.001;
/** …and it must be at least this large (largest share difference, or KS distance) to be flagged. */
export const MIN_EFFECT = 0.01;
/** Fewer values than this are not tested. */
export const MIN_VALUES = 50;

export interface DistributionFit {
  readonly test: 'chi-square' | 'kolmogorov-smirnov';
  /** The declared distribution, in words, e.g. `weights PAID 70, PENDING 20, FAILED 10` or `normal(mean 50, sd 10)`. */
  readonly declared: string;
  /** Values the test used (KS uses a deterministic sample of at most 20 000). */
  readonly values: number;
  /** χ² or the KS distance D. */
  readonly statistic: number;
  readonly pValue: number;
  /** Largest difference in share between declared and observed (for KS, equal to D). */
  readonly effect: number;
  /** `pValue < SIGNIFICANCE && effect >= MIN_EFFECT`, or a value seen that was declared with weight 0. */
  readonly mismatch: boolean;
}

/** Upper regularized gamma Q(a, x) (Numerical Recipes' series and continued fraction). */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const lnGammaA = logGamma(a);
  if (x < a + 1) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return 1 - sum * Math.exp(-x + a * Math.log(x) - lnGammaA);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.exp(-x + a * Math.log(x) - lnGammaA) * h;
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let a = c[0] as number;
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** P(χ² with `df` degrees of freedom ≥ statistic). */
export function chiSquarePValue(statistic: number, df: number): number {
  return df <= 0 ? 1 : gammaQ(df / 2, statistic / 2);
}

/** P(D ≥ d) for the one-sample KS distance of n values (asymptotic, with Stephens' small-n correction). */
export function ksPValue(d: number, n: number): number {
  const sqrtN = Math.sqrt(n);
  const lambda = (sqrtN + 0.12 + 0.11 / sqrtN) * d;
  if (lambda < 0.2) return 1;
  let sum = 0;
  let sign = 1;
  for (let j = 1; j <= 100; j++) {
    const term = sign * Math.exp(-2 * j * j * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-12 * Math.abs(sum)) break;
    sign = -sign;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/**
 * Chi-square goodness of fit of observed category counts to declared weights. A category declared with
 * weight 0 but seen is a mismatch on its own.
 * @example categoryFit([70, 30], [7, 3], 'weights A 7, B 3').mismatch // false
 */
export function categoryFit(
  observed: readonly number[],
  weights: readonly number[],
  declared: string,
  other = 0,
): DistributionFit | null {
  const n = observed.reduce((a, b) => a + b, 0) + other;
  if (n < MIN_VALUES) return null;
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  let statistic = 0;
  let df = -1;
  let effect = other / n;
  let impossible = other > 0;
  observed.forEach((o, i) => {
    const share = (weights[i] as number) / totalWeight;
    effect = Math.max(effect, Math.abs(o / n - share));
    if (share === 0) {
      if (o > 0) impossible = true;
      return;
    }
    const e = n * share;
    statistic += ((o - e) * (o - e)) / e;
    df++;
  });
  const pValue = impossible ? 0 : chiSquarePValue(statistic, df);
  return {
    test: 'chi-square',
    declared,
    values: n,
    statistic: impossible ? Infinity : statistic,
    pValue,
    effect,
    mismatch: impossible || (pValue < SIGNIFICANCE && effect >= MIN_EFFECT),
  };
}

/** The declared probability of a value at or below x, and strictly below x (they differ on a grid). */
export interface DeclaredCdf {
  readonly atOrBelow: (x: number) => number;
  readonly below: (x: number) => number;
}

/**
 * One-sample Kolmogorov–Smirnov test of values against a declared CDF.
 * @example numericFit(sample, { atOrBelow: (x) => x, below: (x) => x }, 'uniform(0, 1)')
 */
export function numericFit(
  values: readonly number[],
  cdf: DeclaredCdf,
  declared: string,
): DistributionFit | null {
  const n = values.length;
  if (n < MIN_VALUES) return null;
  const sorted = Float64Array.from(values).sort();
  let d = 0;
  let i = 0;
  while (i < n) {
    const x = sorted[i] as number;
    let j = i;
    while (j < n && sorted[j] === x) j++;
    // ECDF just below x is i/n, at x it is j/n; compare each with the declared CDF at the same point.
    d = Math.max(d, Math.abs(j / n - cdf.atOrBelow(x)), Math.abs(i / n - cdf.below(x)));
    i = j;
  }
  const pValue = ksPValue(d, n);
  return {
    test: 'kolmogorov-smirnov',
    declared,
    values: n,
    statistic: d,
    pValue,
    effect: d,
    mismatch: pValue < SIGNIFICANCE && d >= MIN_EFFECT,
  };
}
