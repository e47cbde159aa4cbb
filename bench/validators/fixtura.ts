/** @module Validator contender: `fixtura validate` in-process (schema, integrity, uniqueness, malformed lines). */
import { main } from '../../src/cli/main.js';
import { measure } from '../measure.js';

const [contract, dir, rows] = process.argv.slice(2) as [string, string, string];
await measure(Number(rows), async () => {
  const code = await main(['validate', contract, dir, '--format', 'json', '--max-issues', '10'], {
    cwd: process.cwd(),
    stdout: { write: () => true },
    stderr: process.stderr,
  });
  if (code !== 0) throw new Error(`fixtura validate exited with ${code}`);
});
