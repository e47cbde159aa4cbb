/**
 * @module `npm run fuzz -- --minutes 10 --seed S`: mutates the seed documents for a while, prints mutants per
 * second and the count of each outcome, and writes each crash, invalid dataset and hang as a corpus case
 * under test/bad-inputs/fuzz/ (or `--cases DIR`). Exits 1 when it found any.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeFuzzCase } from './fuzzCase.js';
import { runFuzz } from './runFuzz.js';
import { seedDocuments } from './seeds.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '1' },
    seed: { type: 'string', default: String(Date.now()) },
    mutants: { type: 'string' },
    timeout: { type: 'string', default: '10000' },
    cases: { type: 'string', default: path.join(ROOT, 'test/bad-inputs/fuzz') },
  },
});
const seed = values.seed;
const seeds = seedDocuments(ROOT);
process.stdout.write(`fuzzing ${seeds.length} documents for ${values.minutes} min, seed "${seed}"\n`);
const summary = await runFuzz({
  seed,
  seeds,
  millis: Number(values.minutes) * 60_000,
  ...(values.mutants !== undefined ? { mutants: Number(values.mutants) } : {}),
  timeoutMs: Number(values.timeout),
  onDefect: (f) => {
    process.stdout.write(
      `DEFECT ${f.seedName} #${f.index} (${f.verdict.stage}): ${f.verdict.detail.slice(0, 400)}\n`,
    );
  },
  onFinding: (f) => {
    const at = writeFuzzCase(values.cases, seed, f);
    process.stdout.write(
      `${f.verdict.outcome.toUpperCase()} ${f.seedName} #${f.index} → ${path.relative(ROOT, at)}\n  ${f.verdict.detail.split('\n').slice(0, 3).join('\n  ')}\n`,
    );
  },
});
const rate = summary.mutants / (summary.millis / 1000);
const c = summary.counts;
process.stdout.write(
  `${summary.mutants} mutants in ${(summary.millis / 1000).toFixed(1)} s (${rate.toFixed(1)} mutants/s): ` +
    `ok ${c.ok}, refused ${c.refused} (message defects ${summary.messageDefects}), ` +
    `crash ${c.crash}, invalid ${c.invalid}, hang ${c.hang}\n`,
);
process.exitCode = c.crash + c.invalid + c.hang + summary.messageDefects > 0 ? 1 : 0;
