/**
 * @module `npm run bench`: generates the shop contract with Fixtura and with its peers, each in its own child
 * process one after another, and prints rows/second, peak memory and Fixtura's speed ratio to each peer.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScript } from './runScript.js';
import { textTable } from './textTable.js';
import { parseArgs } from 'node:util';
import type { Measurement } from './measure.js';

const CONTRACT = 'examples/shop.contract.yaml';
/** jsf writes ~10k rows/s; uncapped, the 1M+3M run would take several minutes for no extra insight. */
const DEFAULT_JSF_ROWS = 200_000;

interface Contender {
  readonly name: string;
  readonly label: string;
}

const contenders: readonly Contender[] = [
  { name: 'fixtura', label: 'fixtura' },
  { name: 'faker', label: '@faker-js/faker script' },
  { name: 'jsf', label: 'json-schema-faker' },
];

interface Run {
  readonly contender: Contender;
  readonly customers: number;
  readonly orders: number;
  readonly measurement: Measurement;
}

const usage = `Usage: npm run bench -- [--customers N] [--orders N] [--workers N] [--jsf-rows N|all] [--only fixtura,faker,jsf]`;

/** A usage mistake is the user's, not a crash: say what is wrong without a stack trace. */
function usageError(message: string): never {
  process.stderr.write(`bench: ${message}\n${usage}\n`);
  process.exit(2);
}

function whole(text: string | undefined, flag: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) usageError(`${flag} must be a whole number, got "${text}"`);
  return Number(text);
}

const flags = {
  customers: { type: 'string' },
  orders: { type: 'string' },
  workers: { type: 'string' },
  'jsf-rows': { type: 'string' },
  only: { type: 'string' },
} as const;

function parseFlags() {
  try {
    return parseArgs({ options: flags }).values;
  } catch (error) {
    return usageError((error as Error).message);
  }
}

const values = parseFlags();
const customers = whole(values.customers, '--customers', 100_000);
const orders = whole(values.orders, '--orders', 300_000);
const workers = values.workers === undefined ? null : whole(values.workers, '--workers', 0);
const jsfRows =
  values['jsf-rows'] === 'all' ? Infinity : whole(values['jsf-rows'], '--jsf-rows', DEFAULT_JSF_ROWS);
const only = values.only?.split(',').map((name) => name.trim()) ?? contenders.map((c) => c.name);
for (const name of only) {
  if (!contenders.some((c) => c.name === name)) usageError(`unknown contender "${name}" in --only`);
}

/** Caps jsf's rows, keeping the contract's customer:order proportion so the mix of work stays the same. */
function countsFor(contender: Contender): { customers: number; orders: number } {
  const total = customers + orders;
  if (contender.name !== 'jsf' || total <= jsfRows) return { customers, orders };
  const capped = Math.round((jsfRows * customers) / total);
  return { customers: capped, orders: jsfRows - capped };
}

/** Runs one contender's compiled script in a fresh node and returns the JSON line it printed. */
async function runChild(contender: Contender, args: readonly string[]): Promise<Measurement> {
  // Compiled layout: dist/bench/shop.bench.js next to dist/bench/contenders/<name>.js.
  const script = fileURLToPath(new URL(`./contenders/${contender.name}.js`, import.meta.url));
  return runScript<Measurement>(script, args, contender.name);
}

async function run(contender: Contender): Promise<Run> {
  const counts = countsFor(contender);
  const out = mkdtempSync(join(os.tmpdir(), `fixtura-bench-${contender.name}-`));
  try {
    process.stderr.write(
      `running ${contender.label}: ${counts.customers} Customer + ${counts.orders} Order…\n`,
    );
    const args = [
      '--contract',
      CONTRACT,
      '--customers',
      `${counts.customers}`,
      '--orders',
      `${counts.orders}`,
    ];
    args.push('--out', out);
    if (contender.name === 'fixtura' && workers !== null) args.push('--workers', `${workers}`);
    const measurement = await runChild(contender, args);
    // A contender that wrote nothing would look infinitely fast; refuse to report it.
    for (const file of ['Customer.jsonl', 'Order.jsonl']) {
      if (statSync(join(out, file)).size === 0) throw new Error(`${contender.name} wrote an empty ${file}`);
    }
    return { contender, ...counts, measurement };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const rate = (r: Run): number => r.measurement.rows / r.measurement.seconds;

function table(runs: readonly Run[]): string {
  const rows = [
    ['contender', 'rows', 'seconds', 'rows/second', 'peak RSS MB'],
    ...runs.map((r) => [
      r.contender.label + (r.measurement.rows < customers + orders ? ' *' : ''),
      String(r.measurement.rows),
      r.measurement.seconds.toFixed(2),
      Math.round(rate(r)).toString(),
      (r.measurement.maxRssKb / 1024).toFixed(1),
    ]),
  ];
  return textTable(rows);
}

const cpus = os.cpus();
console.log(`fixtura shop benchmark: ${CONTRACT}, ${customers} Customer + ${orders} Order`);
console.log(
  `node ${process.version}, ${os.availableParallelism()} cpus (${cpus[0]?.model.trim() ?? 'unknown'}), ${os.platform()} ${os.arch()}`,
);
console.log(`date ${new Date().toISOString()}, fixtura workers: ${workers ?? 'default (by row count)'}\n`);

const runs: Run[] = [];
for (const contender of contenders.filter((c) => only.includes(c.name))) {
  try {
    runs.push(await run(contender));
  } catch (error) {
    process.stderr.write(`${contender.name} failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

console.log(table(runs));
const fixtura = runs.find((r) => r.contender.name === 'fixtura');
for (const peer of runs.filter((r) => r !== fixtura)) {
  if (fixtura)
    console.log(`fixtura ÷ ${peer.contender.name}: ${(rate(fixtura) / rate(peer)).toFixed(1)}× rows/second`);
}
for (const r of runs.filter((r) => r.measurement.rows < customers + orders)) {
  console.log(
    `* ${r.contender.label} was capped at ${r.customers} Customer + ${r.orders} Order (--jsf-rows); its rows/second ` +
      `is extrapolated from that capped run (full run ≈ ${((customers + orders) / rate(r)).toFixed(0)} s).`,
  );
}
