/**
 * @module `npm run bench:validate`: validating the shop dataset with `fixtura validate` and with a plain
 * compiled-Ajv loop over the same files, side by side in one run, each in its own process (so peak memory is
 * per tool). Prints seconds, rows/second, peak RSS and the ratio.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScript } from './runScript.js';
import { parseArgs } from 'node:util';
import { main } from '../src/cli/main.js';
import type { Measurement } from './measure.js';

const CONTRACT = 'examples/shop.contract.yaml';
const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '250000' },
    orders: { type: 'string', default: '750000' },
  },
});
const customers = Number(values.customers);
const orders = Number(values.orders);

async function child(name: string, dir: string): Promise<Measurement> {
  const script = fileURLToPath(new URL(`./validators/${name}.js`, import.meta.url));
  return runScript<Measurement>(script, [CONTRACT, dir, String(customers + orders)], name);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'fixtura-validate-bench-'));
try {
  process.stderr.write(`generating ${customers} Customer + ${orders} Order…\n`);
  const generated = await main([
    'generate',
    CONTRACT,
    '--seed',
    'bench',
    '--count',
    `Customer=${customers}`,
    '--count',
    `Order=${orders}`,
    '--out',
    dir,
    '--quiet',
  ]);
  if (generated !== 0) throw new Error('generation failed');
  console.log(
    `fixtura validate benchmark: ${customers + orders} shop records, node ${process.version}, ${os.cpus().length} cpus, ${new Date().toISOString()}`,
  );
  const rows: [string, Measurement][] = [];
  for (const [name, label] of [
    ['fixtura', 'fixtura validate'],
    ['ajvLoop', 'plain Ajv loop (schema only)'],
  ] as const) {
    process.stderr.write(`running ${label}…\n`);
    rows.push([label, await child(name, dir)]);
  }
  console.log(
    `${'contender'.padEnd(30)} ${'rows'.padStart(9)} ${'seconds'.padStart(8)} ${'rows/second'.padStart(12)} ${'peak RSS MB'.padStart(12)}`,
  );
  for (const [label, m] of rows) {
    console.log(
      `${label.padEnd(30)} ${String(m.rows).padStart(9)} ${m.seconds.toFixed(2).padStart(8)} ${Math.round(
        m.rows / m.seconds,
      )
        .toString()
        .padStart(12)} ${(m.maxRssKb / 1024).toFixed(1).padStart(12)}`,
    );
  }
  const [f, a] = rows.map(([, m]) => m.rows / m.seconds) as [number, number];
  console.log(`fixtura validate ÷ plain Ajv loop: ${(f / a).toFixed(2)}× rows/second`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
