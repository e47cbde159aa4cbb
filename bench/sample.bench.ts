/**
 * @module `npm run bench:sample`: instances of every component schema of a large public OpenAPI description
 * (GitHub's by default), made by Fixtura, json-schema-faker and openapi-sampler, each in its own child process
 * one after another; every instance is then judged by the independent validator the corpus test uses. Prints
 * time, instances/second, validity, peak memory and Fixtura's ratios to each peer.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScript } from './runScript.js';
import { textTable } from './textTable.js';
import { parseArgs } from 'node:util';
import { DIALECT, independentValidator } from '../test/support/independentValidator.js';
import { corpusDocument, corpusDocuments } from '../test/support/openapiCorpus.js';
import { assertOpenapiFormats } from '../test/support/openapiFormats.js';
import { openapiComponentsToJsonSchema } from '../test/support/openapiToJsonSchema.js';
import type { SampledSchema, SamplingMeasurement } from './samplers/samplerRun.js';

interface Sampler {
  readonly name: string;
  /** The compiled child script: dist/bench/samplers/<script>.js. */
  readonly script: string;
  readonly label: string;
}

const samplers: readonly Sampler[] = [
  { name: 'fixtura', script: 'fixtura', label: 'fixtura' },
  { name: 'jsf', script: 'jsf', label: 'json-schema-faker' },
  { name: 'openapi-sampler', script: 'openapiSampler', label: 'openapi-sampler' },
];

const usage =
  'Usage: npm run bench:sample -- [--doc github|stripe|kubernetes] [-n N] [--only fixtura,jsf,openapi-sampler]';

/** A usage mistake is the user's, not a crash: say what is wrong without a stack trace. */
function usageError(message: string): never {
  process.stderr.write(`bench:sample: ${message}\n${usage}\n`);
  process.exit(2);
}

function parseFlags() {
  try {
    return parseArgs({
      options: {
        doc: { type: 'string', default: 'github' },
        count: { type: 'string', short: 'n', default: '20' },
        only: { type: 'string' },
      },
    }).values;
  } catch (error) {
    return usageError((error as Error).message);
  }
}

const values = parseFlags();
if (!corpusDocuments.some((d) => d.name === values.doc)) usageError(`unknown --doc "${values.doc}"`);
if (!/^[1-9]\d*$/.test(values.count)) usageError(`-n must be a positive whole number, got "${values.count}"`);
const corpus = corpusDocument(values.doc);
const count = Number(values.count);
const only = values.only?.split(',').map((name) => name.trim()) ?? samplers.map((s) => s.name);
for (const name of only) if (!samplers.some((s) => s.name === name)) usageError(`unknown sampler "${name}"`);

interface Run {
  readonly sampler: Sampler;
  readonly measurement: SamplingMeasurement;
  /** Instances the independent validator accepts. */
  readonly valid: number;
  /** Schemas whose every instance is valid (and that gave instances at all). */
  readonly schemasAllValid: number;
}

/** Runs one sampler's compiled script in a fresh node and returns the JSON line it printed. */
async function runChild(sampler: Sampler, out: string): Promise<SamplingMeasurement> {
  const script = fileURLToPath(new URL(`./samplers/${sampler.script}.js`, import.meta.url));
  const args = ['--doc', corpus.file, '--count', String(count), '--out', out];
  return runScript<SamplingMeasurement>(script, args, sampler.name);
}

assertOpenapiFormats();
const converted = openapiComponentsToJsonSchema(JSON.parse(readFileSync(corpus.file, 'utf8')));
const validator = await independentValidator(converted.schema, DIALECT.draft2020_12, [
  ...converted.fragments.values(),
]);

/** Judges every instance a sampler wrote; the judging is not timed. */
function judge(out: string): { valid: number; schemasAllValid: number } {
  let valid = 0;
  let schemasAllValid = 0;
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    if (!line) continue;
    const sampled = JSON.parse(line) as SampledSchema;
    if ('error' in sampled) continue;
    const fragment = converted.fragments.get(sampled.pointer);
    if (!fragment) throw new Error(`a sampler wrote an unknown pointer ${sampled.pointer}`);
    let allValid = sampled.instances.length > 0;
    for (const instance of sampled.instances) {
      if (validator.check(instance, fragment).valid) valid++;
      else allValid = false;
    }
    if (allValid) schemasAllValid++;
  }
  return { valid, schemasAllValid };
}

async function run(sampler: Sampler): Promise<Run> {
  const dir = mkdtempSync(join(os.tmpdir(), `fixtura-bench-sample-${sampler.name}-`));
  try {
    process.stderr.write(`running ${sampler.label}: ${converted.fragments.size} schemas × ${count}…\n`);
    const out = join(dir, 'instances.jsonl');
    const measurement = await runChild(sampler, out);
    process.stderr.write(`judging ${measurement.instances} instances…\n`);
    return { sampler, measurement, ...judge(out) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rate = (r: Run): number => r.measurement.instances / r.measurement.seconds;
const validRate = (r: Run): number => r.valid / r.measurement.seconds;
const percent = (part: number, whole: number): string =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;

function table(runs: readonly Run[]): string {
  const rows = [
    ['sampler', 'schemas ok', 'all-valid', 'instances', 'seconds', 'instances/s', 'valid', 'peak RSS MB'],
    ...runs.map((r) => {
      const m = r.measurement;
      return [
        r.sampler.label,
        `${m.schemas - m.failedSchemas}/${m.schemas}`,
        `${r.schemasAllValid}/${m.schemas}`,
        String(m.instances),
        m.seconds.toFixed(2),
        Math.round(rate(r)).toString(),
        percent(r.valid, m.instances),
        (m.maxRssKb / 1024).toFixed(1),
      ];
    }),
  ];
  return textTable(rows);
}

const cpus = os.cpus();
console.log(
  `fixtura sample benchmark: ${corpus.name} (${corpus.file}), ${converted.fragments.size} component schemas × ${count}`,
);
console.log(
  `node ${process.version}, ${os.availableParallelism()} cpus (${cpus[0]?.model.trim() ?? 'unknown'}), ${os.platform()} ${os.arch()}`,
);
console.log(`date ${new Date().toISOString()}\n`);

const runs: Run[] = [];
try {
  for (const sampler of samplers.filter((s) => only.includes(s.name))) {
    try {
      runs.push(await run(sampler));
    } catch (error) {
      process.stderr.write(`${sampler.name} failed: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  }
} finally {
  validator.release();
}

console.log(table(runs));
const fixtura = runs.find((r) => r.sampler.name === 'fixtura');
for (const peer of runs.filter((r) => r !== fixtura)) {
  if (!fixtura) break;
  const valid = validRate(peer) === 0 ? '∞' : `${(validRate(fixtura) / validRate(peer)).toFixed(1)}×`;
  console.log(
    `fixtura ÷ ${peer.sampler.name}: ${(rate(fixtura) / rate(peer)).toFixed(1)}× instances/second, ${valid} valid instances/second`,
  );
}
