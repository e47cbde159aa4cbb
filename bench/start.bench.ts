/**
 * @module The small runs of `npm run bench`: what a PR pipeline pays for a sample, timed as whole processes
 * from spawn to exit (start-up, imports and contract loading included, as a CI job sees them). Fixtura's
 * command and the hand-written faker script run in turn, A B A B, after one warm-up each, and each row reports
 * the medians and the median of the pairwise ratios, so a machine that drifts slows both alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { textTable } from './textTable.js';

const CONTRACT = 'examples/shop.contract.yaml';
const FIXTURA = fileURLToPath(new URL('../../bin/fixtura.js', import.meta.url));
const FAKER = fileURLToPath(new URL('./contenders/faker.js', import.meta.url));

interface Case {
  readonly name: string;
  /** Fixtura's arguments, given a fresh output folder. */
  readonly fixtura: (out: string) => readonly string[];
  /** The peer's command line after `node`. */
  readonly peer: (out: string) => readonly string[];
  readonly peerLabel: string;
}

const shop = (customers: number, orders: number): Case => ({
  name: `shop, ${customers} + ${orders} rows`,
  fixtura: (out) => [
    FIXTURA,
    'generate',
    CONTRACT,
    ...(customers === 100 && orders === 100
      ? []
      : ['--count', `Customer=${customers}`, '--count', `Order=${orders}`]),
    '--out',
    out,
    '--quiet',
  ],
  peer: (out) => [
    FAKER,
    '--contract',
    CONTRACT,
    '--customers',
    `${customers}`,
    '--orders',
    `${orders}`,
    '--out',
    out,
  ],
  peerLabel: '@faker-js/faker script',
});

const cases: readonly Case[] = [
  // The contract states no counts, so `fixtura generate` makes 100 rows of each entity: its default run.
  shop(100, 100),
  shop(1000, 3000),
  {
    name: 'fixtura --help',
    fixtura: () => [FIXTURA, '--help'],
    // The floor any Node command line pays: starting node itself.
    peer: () => ['-e', ''],
    peerLabel: 'node -e "" (start-up alone)',
  },
];

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = values.runs === undefined ? 5 : Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`bench: --runs must be a whole number ≥ 1, got "${values.runs}"\n`);
  process.exit(2);
}

/** Seconds from spawn to exit; a failed run is an error, never a fast figure. */
function timed(args: readonly string[], label: string): number {
  const out = mkdtempSync(join(os.tmpdir(), 'fixtura-start-bench-'));
  try {
    const start = performance.now();
    const child = spawnSync(
      process.execPath,
      args.map((a) => a.replace('<out>', out)),
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    const seconds = (performance.now() - start) / 1000;
    if (child.status !== 0)
      throw new Error(`${label} exited with ${child.status}: ${child.stderr.toString()}`);
    return seconds;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

console.log(
  `fixtura start-up benchmark: whole processes, median of ${runs} alternating runs after a warm-up`,
);
console.log(`node ${process.version}, ${os.availableParallelism()} cpus, ${os.platform()} ${os.arch()}\n`);

const rows: string[][] = [['run', 'fixtura s', 'peer s', 'fixtura ÷ peer (time)', 'peer']];
for (const c of cases) {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const fixtura = timed(c.fixtura('<out>'), `fixtura (${c.name})`);
    const peer = timed(c.peer('<out>'), `${c.peerLabel} (${c.name})`);
    if (i === 0) continue; // warm-up: the file cache, not the tools
    a.push(fixtura);
    b.push(peer);
  }
  const ratios = a.map((x, i) => x / (b[i] as number));
  rows.push([c.name, median(a).toFixed(3), median(b).toFixed(3), median(ratios).toFixed(2), c.peerLabel]);
}
console.log(textTable(rows));
console.log(
  '\nA ratio below 1 means Fixtura took less time. Compare ratios from one run; absolute seconds vary with the machine.',
);
