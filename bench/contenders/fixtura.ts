/** @module Contender: Fixtura's own CLI, run in-process exactly as `fixtura generate` would run it. */
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { contenderOptions, measure } from '../measure.js';

const options = contenderOptions();
const argv = [
  'generate',
  options.contract,
  '--seed',
  'bench',
  '--count',
  `Customer=${options.customers}`,
  '--count',
  `Order=${options.orders}`,
  '--out',
  options.out,
  '--quiet',
  ...(options.workers === null ? [] : ['--workers', String(options.workers)]),
];
// stdout belongs to the measurement line; anything the CLI prints goes to stderr where a human sees it.
const io: CliIo = { stdout: process.stderr, stderr: process.stderr, cwd: process.cwd() };

await measure(options.customers + options.orders, async () => {
  const code = await main(argv, io);
  if (code !== 0) throw new Error(`fixtura generate exited with ${code}`);
});
