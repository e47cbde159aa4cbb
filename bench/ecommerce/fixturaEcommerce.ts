/** @module Contender: `fixtura generate examples/ecommerce.contract.yaml`, in-process, as a user runs it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { measureRows } from '../measure.js';
import { countFlags, ecommerceOptions } from './scale.js';

const options = ecommerceOptions();
const io: CliIo = { stdout: process.stderr, stderr: process.stderr, cwd: process.cwd() };
const argv = [
  'generate',
  'examples/ecommerce.contract.yaml',
  '--seed',
  'bench',
  ...countFlags(options.scale),
  '--out',
  options.out,
  '--quiet',
];

await measureRows(async () => {
  const code = await main(argv, io);
  if (code !== 0) throw new Error(`fixtura generate exited with ${code}`);
  const manifest = JSON.parse(readFileSync(join(options.out, 'manifest.json'), 'utf8')) as {
    generation: { counts: Record<string, number> };
  };
  return Object.values(manifest.generation.counts).reduce((a, b) => a + b, 0);
});
