import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { truncatedCdf, truncatedSampler } from '../engine/random/truncated.js';
import { categoryFit, chiSquarePValue, ksPValue, numericFit } from './distributionFit.js';

const close = (a: number, b: number, tolerance: number) =>
  assert.ok(Math.abs(a - b) <= tolerance, `${a} ≉ ${b}`);

describe('goodness-of-fit tests', () => {
  it('give the textbook p-values', () => {
    close(chiSquarePValue(3.841, 1), 0.05, 1e-4);
    close(chiSquarePValue(18.307, 10), 0.05, 1e-4);
    close(chiSquarePValue(6.635, 1), 0.01, 1e-4);
    close(chiSquarePValue(0, 3), 1, 1e-12);
    close(ksPValue(1.358 / Math.sqrt(10_000), 10_000), 0.05, 2e-3);
    close(ksPValue(1.628 / Math.sqrt(10_000), 10_000), 0.01, 1e-3);
  });

  it('accept counts that follow the weights and flag counts that do not', () => {
    const ok = categoryFit([702, 198, 100], [70, 20, 10], 'weights');
    assert.equal(ok?.mismatch, false);
    const skewed = categoryFit([500, 400, 100], [70, 20, 10], 'weights');
    assert.equal(skewed?.mismatch, true);
    close(skewed?.effect ?? 0, 0.2, 1e-12);
    assert.equal(categoryFit([10, 5], [2, 1], 'weights'), null, 'too few values to test');
    assert.equal(categoryFit([100, 1], [1, 0], 'weights')?.mismatch, true, 'a value declared with weight 0');
  });

  it('do not flag a significant but negligible difference', () => {
    // 10 million values, 0.5 points off: p is tiny, but the difference is below MIN_EFFECT.
    const fit = categoryFit([5_050_000, 4_950_000], [1, 1], 'weights');
    assert.ok((fit?.pValue ?? 1) < 1e-10);
    assert.equal(fit?.mismatch, false);
  });

  it('accept a truncated normal drawn the way the engine draws it, and reject a shifted one', () => {
    const d = { kind: 'normal', mean: 50, sd: 10 } as const;
    const draw = truncatedSampler(d, 0, 100);
    const f = truncatedCdf(d, 0, 100);
    const cdf = { atOrBelow: f, below: f };
    const n = 5000;
    const good = Array.from({ length: n }, (_, i) => draw(((i * 7919) % n) / n + 0.5 / n));
    assert.equal(numericFit(good, cdf, 'normal')?.mismatch, false);
    const shifted = good.map((x) => Math.min(100, x + 3));
    const fit = numericFit(shifted, cdf, 'normal');
    assert.equal(fit?.mismatch, true);
    assert.equal(fit?.test, 'kolmogorov-smirnov');
  });
});
