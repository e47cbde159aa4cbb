import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FingerprintIndex, fingerprint } from './fingerprintIndex.js';

describe('FingerprintIndex', () => {
  it('remembers each value with its first payload, across growth', () => {
    const index = new FingerprintIndex();
    for (let i = 1; i <= 50_000; i++) {
      fingerprint(`v${i}`);
      assert.equal(index.insert(i), 0);
    }
    for (let i = 1; i <= 50_000; i += 997) {
      fingerprint(`v${i}`);
      assert.equal(index.has(), true);
      assert.equal(index.insert(999_999), i, 'a repeat returns the line of the first');
    }
    fingerprint('v0');
    assert.equal(index.has(), false);
    assert.equal(index.size, 50_000);
  });

  it('keeps JSON types apart: "1" is not 1, and null is not "null"', () => {
    const index = new FingerprintIndex();
    fingerprint('1');
    index.insert(1);
    fingerprint(1);
    assert.equal(index.has(), false);
    fingerprint('null');
    index.insert(2);
    fingerprint(null);
    assert.equal(index.has(), false);
  });

  it('spreads a million uuid-like values without a collision', () => {
    const index = new FingerprintIndex();
    let repeats = 0;
    for (let i = 0; i < 1_000_000; i++) {
      fingerprint(`00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`);
      if (index.insert(i + 1) !== 0) repeats++;
    }
    assert.equal(repeats, 0);
  });
});
