/**
 * @module The fuzzer's fixed slice in `npm test`: mutants of the repository's own contracts and API documents,
 * from a fixed seed, for at most a minute (a prefix of the same sequence on any machine). Any crash, invalid
 * dataset or hang fails the test and names the mutant, which `npm run fuzz` would write as a corpus case.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { mutantOf, runFuzz } from './runFuzz.js';
import { seedDocuments } from './seeds.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// The published API descriptions take seconds a mutant; `npm run fuzz` mutates them.
const seeds = seedDocuments(ROOT).filter(
  (s) => !s.name.includes('.com') && !s.name.includes('.fm') && !s.name.includes('.net'),
);

test('the mutator is a pure function of the document and the seed', () => {
  assert.equal(mutantOf(seeds, 'same', 7).text, mutantOf(seeds, 'same', 7).text);
  assert.notEqual(mutantOf(seeds, 'same', 7).text, (seeds[7 % seeds.length] as { text: string }).text);
});

test('fuzzed contracts and API documents are generated validly or refused with a location, never crash or hang', async () => {
  const summary = await runFuzz({
    seed: 'npm-test',
    seeds,
    mutants: 3000,
    millis: 60_000,
    timeoutMs: 20_000,
  });
  const c = summary.counts;
  console.log(
    `fuzz: ${summary.mutants} mutants in ${(summary.millis / 1000).toFixed(1)} s: ok ${c.ok}, refused ${c.refused} ` +
      `(message defects ${summary.messageDefects}), crash ${c.crash}, invalid ${c.invalid}, hang ${c.hang}`,
  );
  const findings = summary.findings.map(
    (f) =>
      `${f.verdict.outcome} ${f.seedName} #${f.index} (seed npm-test): ${f.verdict.detail.split('\n')[0]}`,
  );
  assert.deepEqual(findings, []);
  // Every refusal is actionable (issue 13, item 5): a location, what was expected, what was found, a hint.
  assert.equal(summary.messageDefects, 0);
  assert.ok(summary.mutants > 0);
});
