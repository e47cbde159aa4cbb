import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Distribution } from '../../model/model.js';
import { normalCdf, normalQuantile, truncatedSampler } from './truncated.js';

const finite = (max: number) => fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true });
const positive = (max: number) => fc.double({ min: 1e-3, max, noNaN: true });
const unitDraw = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

const distribution: fc.Arbitrary<Distribution> = fc.oneof(
  fc.constant<Distribution>({ kind: 'uniform' }),
  fc.record({ kind: fc.constant('normal' as const), mean: finite(1e6), sd: positive(1e5) }),
  fc.record({ kind: fc.constant('lognormal' as const), mu: finite(20), sigma: positive(5) }),
);

/** Bounds lo ≤ hi, from equal to far apart, including the range a contract leaves open (±10^6). */
const bounds = fc
  .tuple(finite(1e12), finite(1e12))
  .map(([x, y]): readonly [number, number] => (x <= y ? [x, y] : [y, x]));

describe('truncatedSampler', () => {
  it('maps every u in [0, 1) inside [lo, hi] for every distribution and bounds (law)', () => {
    fc.assert(
      fc.property(distribution, bounds, unitDraw, (d, [lo, hi], u) => {
        const x = truncatedSampler(d, lo, hi)(u);
        assert.ok(x >= lo && x <= hi, `${JSON.stringify(d)} on [${lo}, ${hi}] maps ${u} to ${x}`);
      }),
    );
  });

  it('maps the median draw of a normal with symmetric bounds to its mean (law)', () => {
    fc.assert(
      fc.property(
        finite(1e6),
        positive(1e4),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (mean, sd, k) => {
          const x = truncatedSampler({ kind: 'normal', mean, sd }, mean - k * sd, mean + k * sd)(0.5);
          assert.ok(Math.abs(x - mean) <= 1e-6 * sd + 1e-9 * Math.abs(mean), `${x} vs ${mean}`);
        },
      ),
    );
  });

  it('is monotone non-decreasing in u (law over a grid of 2^20 draws)', () => {
    fc.assert(
      fc.property(distribution, bounds, fc.nat(2 ** 20 - 1), fc.nat(2 ** 20 - 1), (d, [lo, hi], i, j) => {
        const sample = truncatedSampler(d, lo, hi);
        const [u, v] = i <= j ? [i / 2 ** 20, j / 2 ** 20] : [j / 2 ** 20, i / 2 ** 20];
        assert.ok(sample(u) <= sample(v), `${JSON.stringify(d)} on [${lo}, ${hi}]: f(${u}) > f(${v})`);
      }),
    );
  });

  it('spreads the uniform distribution linearly from lo to hi', () => {
    const sample = truncatedSampler({ kind: 'uniform' }, 10, 20);
    assert.deepEqual([0, 0.25, 0.5].map(sample), [10, 12.5, 15]);
  });

  it('starts a lognormal at lo and puts half its mass below lo + exp(mu) when hi is far', () => {
    const sample = truncatedSampler({ kind: 'lognormal', mu: 2, sigma: 0.5 }, 100, 1e12);
    assert.equal(sample(0), 100);
    assert.ok(Math.abs(sample(0.5) - (100 + Math.exp(2))) < 1e-4, `${sample(0.5)}`);
  });

  it('returns lo for a lognormal whose bounds are equal', () => {
    assert.equal(truncatedSampler({ kind: 'lognormal', mu: 0, sigma: 1 }, 7, 7)(0.9), 7);
  });

  it('stays inside bounds that sit far in one tail of a normal', () => {
    const sample = truncatedSampler({ kind: 'normal', mean: 0, sd: 1 }, 50, 60);
    for (const u of [0, 0.3, 0.999]) assert.ok(sample(u) >= 50 && sample(u) <= 60);
  });

  // ln(hi - lo) lies 20 sd below mu, so the inner normal takes its far-tail fallback with lo = -Infinity.
  it('stays inside [0, 1] for a lognormal whose mass lies far above 1 (mu 10, sigma 0.5)', () => {
    const sample = truncatedSampler({ kind: 'lognormal', mu: 10, sigma: 0.5 }, 0, 1);
    for (const u of [0, 0.5]) assert.ok(sample(u) >= 0 && sample(u) <= 1, `${u} -> ${sample(u)}`);
  });

  // hi - lo overflows to Infinity, so u * (hi - lo) is NaN at u = 0 and Infinity otherwise.
  it('stays inside bounds whose width exceeds the largest double: uniform on [-1e308, 1e308]', () => {
    const sample = truncatedSampler({ kind: 'uniform' }, -1e308, 1e308);
    for (const u of [0, 0.5]) assert.ok(sample(u) >= -1e308 && sample(u) <= 1e308, `${u} -> ${sample(u)}`);
  });
});

describe('normalCdf and normalQuantile', () => {
  it('are inverse to within 1e-6 for p in (1e-9, 1 - 1e-9) (law)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-9, max: 1 - 1e-9, minExcluded: true, maxExcluded: true, noNaN: true }),
        (p) => {
          assert.ok(Math.abs(normalCdf(normalQuantile(p)) - p) < 1e-6, `p = ${p}`);
        },
      ),
    );
  });

  it('know the textbook values', () => {
    assert.ok(Math.abs(normalCdf(0) - 0.5) < 1e-7);
    assert.ok(Math.abs(normalCdf(1.959963984540054) - 0.975) < 1e-7);
    assert.ok(Math.abs(normalQuantile(0.975) - 1.959963984540054) < 1e-8);
    assert.ok(Math.abs(normalQuantile(0.001) + 3.090232306167813) < 1e-8);
  });

  it('reach the infinities at the ends', () => {
    assert.deepEqual([normalCdf(-Infinity), normalCdf(Infinity)], [0, 1]);
    assert.deepEqual([normalQuantile(0), normalQuantile(1)], [-Infinity, Infinity]);
  });
});
