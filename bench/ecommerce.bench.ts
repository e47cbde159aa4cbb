/**
 * @module `npm run bench:ecommerce`: examples/ecommerce.contract.yaml against the shop example and against a
 * hand-written @faker-js/faker script of the same eight coherent tables. Each run is its own child process.
 * It prints rows/second and peak memory, and three ratios: e-commerce ÷ shop rows/second (issue 5 asks for
 * at least 0.5), Fixtura ÷ faker on the same tables, and peak memory at twice the rows ÷ at the rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Measurement } from './measure.js';
import { runScript } from './runScript.js';
import { textTable } from './textTable.js';

const { values } = parseArgs({
  options: { customers: { type: 'string' }, only: { type: 'string' }, repeat: { type: 'string' } },
});
const usage =
  'Usage: npm run bench:ecommerce -- [--customers N] [--repeat N] [--only shop,ecommerce,double,faker]';
for (const flag of ['customers', 'repeat'] as const)
  if (values[flag] !== undefined && !/^[1-9]\d*$/.test(values[flag])) {
    process.stderr.write(`bench: --${flag} must be a whole number above 0\n${usage}\n`);
    process.exit(2);
  }
/** Runs of the two compared rates; the median of each is reported. */
const repeat = Number(values.repeat ?? 3);
/** 54 000 customers make about a million rows in the e-commerce example. */
const customers = Number(values.customers ?? 54_000);
const only = values.only?.split(',') ?? ['shop', 'ecommerce', 'double', 'faker'];

interface Run {
  readonly label: string;
  readonly m: Measurement;
}

const script = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

async function run(label: string, file: string, args: (out: string) => string[]): Promise<Run> {
  const out = mkdtempSync(join(os.tmpdir(), 'fixtura-bench-ecommerce-'));
  try {
    process.stderr.write(`running ${label}…\n`);
    return { label, m: await runScript<Measurement>(script(file), args(out), label) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const runs = new Map<string, Run>();
const ecommerce = (scale: number) => (out: string) => ['--scale', String(scale), '--out', out];
const shopArgs = (rows: number) => (out: string) => {
  // The same number of rows, in the shop's 1 : 3 proportion of customers to orders.
  const c = Math.round(rows / 4);
  return [
    '--contract',
    'examples/shop.contract.yaml',
    '--customers',
    String(c),
    '--orders',
    String(rows - c),
    '--out',
    out,
  ];
};
/** The run with the median rate of `repeat` runs: on a small machine one run can be off by a third. */
function median(list: readonly Run[]): Run {
  return [...list].sort((a, b) => rate(a) - rate(b))[Math.floor(list.length / 2)] as Run;
}
const rate = (r: Run): number => r.m.rows / r.m.seconds;
// The two rates compared are measured alternately, so a slow spell of the machine hits both.
const pairs: { e?: Run; s?: Run }[] = [];
for (let i = 0; i < repeat; i++) {
  const pair: { e?: Run; s?: Run } = {};
  if (only.includes('ecommerce'))
    pair.e = await run('fixtura, e-commerce', './ecommerce/fixturaEcommerce.js', ecommerce(customers));
  const rows = pair.e?.m.rows ?? Math.round(customers * 18.7);
  if (only.includes('shop')) pair.s = await run('fixtura, shop', './contenders/fixtura.js', shopArgs(rows));
  pairs.push(pair);
}
const es = pairs.flatMap((p) => (p.e ? [p.e] : []));
const ss = pairs.flatMap((p) => (p.s ? [p.s] : []));
if (es.length > 0) runs.set('ecommerce', median(es));
if (ss.length > 0) runs.set('shop', median(ss));
if (only.includes('double'))
  runs.set(
    'double',
    await run('fixtura, e-commerce ×2', './ecommerce/fixturaEcommerce.js', ecommerce(customers * 2)),
  );
if (only.includes('faker'))
  runs.set(
    'faker',
    await run('@faker-js/faker script, e-commerce', './ecommerce/fakerScript.js', ecommerce(customers)),
  );

const cpus = os.cpus();
console.log(
  `fixtura e-commerce benchmark: ${customers} customers, median of ${repeat} runs for the first two rows`,
);
console.log(
  `node ${process.version}, ${os.availableParallelism()} cpus (${cpus[0]?.model.trim() ?? 'unknown'})\n`,
);
console.log(
  textTable([
    ['run', 'rows', 'seconds', 'rows/second', 'peak RSS MB'],
    ...[...runs.values()].map((r) => [
      r.label,
      String(r.m.rows),
      r.m.seconds.toFixed(2),
      String(Math.round(rate(r))),
      (r.m.maxRssKb / 1024).toFixed(1),
    ]),
  ]),
);
const [e, s, d, f] = ['ecommerce', 'shop', 'double', 'faker'].map((k) => runs.get(k));
if (e && s)
  console.log(`e-commerce ÷ shop: ${(rate(e) / rate(s)).toFixed(2)}× rows/second (issue 5: at least 0.5)`);
if (e && f) console.log(`fixtura ÷ faker script, e-commerce: ${(rate(e) / rate(f)).toFixed(1)}× rows/second`);
if (e && d)
  console.log(
    `peak memory at ${d.m.rows} rows ÷ at ${e.m.rows} rows: ${(d.m.maxRssKb / e.m.maxRssKb).toFixed(2)}`,
  );
