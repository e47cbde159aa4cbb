/**
 * Golden bytes: the shop example under fixed seeds must produce exactly these files, forever. A failure
 * here means generated values changed: that is a breaking change, which bumps ENGINE_VERSION
 * (src/provenance/versions.ts). Regenerate deliberately with `UPDATE_GOLDEN=1 npm test`.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot, runCli } from '../support/runCli.js';

const goldenDir = path.join(repoRoot, 'test/golden/examples');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-golden-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const shop = 'examples/shop.contract.yaml';
const runs = [
  { name: 's1', contract: shop, args: ['--seed', 's1', '--count', 'Customer=25', '--count', 'Order=60'] },
  {
    name: 'tenant-csv',
    contract: shop,
    args: ['--seed', 'golden', '--tenant', 'acme', '--env', 'staging', '-n', '12', '--format', 'csv'],
  },
  // Every DSL feature: formats, patterns, distributions, fanouts, nullable/optional, 1:1 references.
  { name: 'features', contract: 'examples/features.contract.yaml', args: ['--seed', 'golden'] },
  { name: 'features-json', contract: 'examples/features.contract.yaml', args: ['--seed', 'golden', '-n', '8', '--format', 'json'] },
];

function reproducible(manifestText: string): string {
  const { run: _run, fixtura, ...rest } = JSON.parse(manifestText) as { run: unknown; fixtura: { engine: string } };
  return JSON.stringify({ engine: fixtura.engine, ...rest }, null, 2) + '\n';
}

describe('golden output of the examples', () => {
  for (const run of runs) {
    it(`${run.name}: the same bytes as the pinned files`, async () => {
      const out = path.join(scratch, run.name);
      const r = await runCli(['generate', run.contract, ...run.args, '--workers', '1', '--out', out, '--quiet'], repoRoot);
      assert.equal(r.code, 0, r.stderr);
      const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
      const files = [...manifest.files.map((f) => f.path), 'manifest.json'];
      const expectedDir = path.join(goldenDir, run.name);
      for (const file of files) {
        let actual = readFileSync(path.join(out, file), 'utf8');
        if (file === 'manifest.json') actual = reproducible(actual);
        const goldenFile = path.join(expectedDir, file);
        if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenFile)) {
          if (process.env.CI) assert.fail(`golden file ${goldenFile} is missing; run UPDATE_GOLDEN=1 npm test locally`);
          mkdirSync(expectedDir, { recursive: true });
          writeFileSync(goldenFile, actual);
        }
        assert.equal(actual, readFileSync(goldenFile, 'utf8'), `${run.name}/${file} changed`);
      }
    });
  }
});
