import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusSlice, listCorpus, SLICE_MAX_BYTES, SLICE_STEP } from './corpusDocuments.js';

test('the npm test slice is every 40th document by path, up to 500 KB, and at least 50 of them', () => {
  const all = listCorpus();
  const slice = corpusSlice(all);
  assert.ok(slice.length >= 50, `${slice.length} documents`);
  for (const entry of slice) {
    assert.equal(all.indexOf(entry) % SLICE_STEP, 0);
    assert.ok(entry.bytes <= SLICE_MAX_BYTES);
  }
  assert.deepEqual(
    all.map((e) => e.name),
    [...all.map((e) => e.name)].sort(),
  );
});
