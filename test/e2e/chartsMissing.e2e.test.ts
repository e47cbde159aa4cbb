/**
 * ECharts is an optional peer dependency (docs/adr/016-the-first-hour.md): without it, `validate --report`
 * says how to install it before reading anything (exit 2, no report written), and `validate` without
 * --report and `generate` never load it. Its absence is simulated by a module hook that refuses to resolve it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot } from '../support/runCli.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-no-echarts-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
writeFileSync(
  path.join(scratch, 'hooks.mjs'),
  `export async function resolve(specifier, context, next) {
  if (specifier === 'echarts' || specifier.startsWith('echarts/')) {
    const error = new Error("Cannot find package 'echarts' imported from " + context.parentURL);
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return next(specifier, context);
}\n`,
);
writeFileSync(
  path.join(scratch, 'register.mjs'),
  `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`,
);

function fixtura(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    'node',
    ['--import', path.join(scratch, 'register.mjs'), path.join(repoRoot, 'bin/fixtura.js'), ...args],
    {
      cwd: scratch,
      encoding: 'utf8',
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('without the echarts package', () => {
  const shop = path.join(repoRoot, 'examples/shop.contract.yaml');

  it('generate and validate work; validate --report says to install echarts, before any work', () => {
    const g = fixtura('generate', shop, '-n', '20', '--quiet', '--workers', '1');
    assert.equal(g.code, 0, g.stderr);
    const v = fixtura('validate', shop, 'out');
    assert.equal(v.code, 0, v.stderr);
    const r = fixtura('validate', shop, 'out', '--report', 'report.html');
    assert.equal(r.code, 2, r.stderr);
    assert.match(
      r.stderr,
      /--report report\.html: the HTML report draws its charts with Apache ECharts, which is not installed/,
    );
    assert.match(r.stderr, /hint: +npm install echarts@6\.1\.0/);
    assert.equal(r.stdout, '');
    assert.equal(existsSync(path.join(scratch, 'report.html')), false);
  });
});
