/**
 * @module Zipf-distributed ranks by rejection-inversion (Hörmann & Derflinger 1996, as in Apache Commons RNG):
 * exact for any number of elements, constant memory, about one draw per value.
 */

/** Draws a rank in [1, n] with P(k) ∝ k^-s; `nextUnit(i)` supplies the i-th uniform draw of this value. */
export type ZipfSampler = (nextUnit: (i: number) => number) => number;

/**
 * @example zipfSampler(1000, 1.1)(() => 0.999) // 1 (small ranks dominate)
 */
export function zipfSampler(n: number, s: number): ZipfSampler {
  if (n === 1) return () => 1;
  const hIntegral = (x: number): number => {
    const logX = Math.log(x);
    return helper2((1 - s) * logX) * logX;
  };
  const h = (x: number): number => Math.exp(-s * Math.log(x));
  const hIntegralInverse = (x: number): number => {
    let t = x * (1 - s);
    if (t < -1) t = -1;
    return Math.exp(helper1(t) * x);
  };
  const hIntegralX1 = hIntegral(1.5) - 1;
  const hIntegralN = hIntegral(n + 0.5);
  const sBound = 2 - hIntegralInverse(hIntegral(2.5) - h(2));

  return (nextUnit) => {
    // The acceptance rate is above 90% for every s, so 64 rounds are never reached in practice; the
    // fallback only keeps the loop bounded.
    for (let i = 0; i < 64; i++) {
      const u = hIntegralN + nextUnit(i) * (hIntegralX1 - hIntegralN);
      const x = hIntegralInverse(u);
      let k = Math.floor(x + 0.5);
      if (k < 1) k = 1;
      else if (k > n) k = n;
      if (k - x <= sBound || u >= hIntegral(k + 0.5) - h(k)) return k;
    }
    return 1;
  };
}

function helper1(x: number): number {
  return Math.abs(x) > 1e-8 ? Math.log1p(x) / x : 1 - x * (0.5 - x * (1 / 3 - 0.25 * x));
}

function helper2(x: number): number {
  return Math.abs(x) > 1e-8 ? Math.expm1(x) / x : 1 + x * 0.5 * (1 + (x / 3) * (1 + 0.25 * x));
}
