/**
 * @module The bad-input corpus: every case under test/bad-inputs/<area>/<name>/ run as a real `fixtura`
 * process in a scratch folder, two at a time, and checked as test/bad-inputs/README.md says.
 * `FIXTURA_BAD_INPUTS=cli/` runs only the cases whose `<area>/<name>` contains that text;
 * `FIXTURA_BAD_INPUTS_KEEP=1` keeps the scratch folders and prints where they are.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { discoverCases, readCase, type BadInputCase } from './caseFormat.js';
import { checkRun, strayEntries } from './checkRun.js';
import { runProcess } from './runProcess.js';
import { makeScratch, snapshot } from './scratchFolder.js';

/** The source tree (the test runs from dist/test/bad-inputs/): where the cases and bin/fixtura.js are. */
function repositoryRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'test', 'bad-inputs', 'README.md'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('no test/bad-inputs/README.md above the compiled test');
    dir = up;
  }
  return dir;
}

const root = repositoryRoot();
const bin = path.join(root, 'bin', 'fixtura.js');
const only = process.env.FIXTURA_BAD_INPUTS ?? '';
const keep = process.env.FIXTURA_BAD_INPUTS_KEEP === '1';
const found = discoverCases(path.join(root, 'test', 'bad-inputs')).filter((f) =>
  `${f.area}/${f.name}`.includes(only),
);
const cases = found.map((f): { case: BadInputCase } | { error: Error; area: string; name: string } => {
  try {
    return { case: readCase(f.area, f.name, f.dir) };
  } catch (e) {
    return { error: e as Error, area: f.area, name: f.name };
  }
});
// A fresh canary per run, so no case file can hold it by accident.
const canary = `CANARY-${randomBytes(8).toString('hex')}`;

function summary(): string {
  const per = new Map<string, number>();
  const exits = new Map<number, number>();
  for (const c of cases)
    if ('case' in c) {
      per.set(c.case.area, (per.get(c.case.area) ?? 0) + 1);
      exits.set(c.case.exit, (exits.get(c.case.exit) ?? 0) + 1);
    }
  const list = <K>(m: Map<K, number>, label: (k: K) => string): string =>
    [...m].map(([k, n]) => `${label(k)} ${n}`).join(', ');
  return `${cases.length} cases (${list(per, String)}; ${list(exits, (e) => `exit ${e}:`)})`;
}

describe('the bad-input corpus', { concurrency: 2 }, () => {
  let parent = '';
  let dataset = '';
  const names = new Set(['dataset', ...found.map((f) => `${f.area}-${f.name}`)]);

  before(() => {
    parent = mkdtempSync(path.join(os.tmpdir(), 'fixtura-bad-inputs-'));
    dataset = path.join(parent, 'dataset');
    const args = [bin, 'generate', 'examples/shop.contract.yaml', '-n', '5', '--out', dataset, '--quiet'];
    const made = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    assert.equal(made.status, 0, `the earlier dataset could not be generated: ${made.stderr}`);
  });
  after(() => {
    if (keep) console.log(`bad-input scratch folders kept in ${parent}`);
    else rmSync(parent, { recursive: true, force: true });
  });

  test(`every case.json follows the format: ${summary()}`, (t) => {
    t.diagnostic(summary());
    const broken = cases.flatMap((c) => ('error' in c ? [c.error.message] : []));
    assert.deepEqual(broken, []);
  });

  for (const entry of cases) {
    if ('error' in entry) {
      test(`${entry.area}/${entry.name}: case.json is malformed`, () => assert.fail(entry.error.message));
      continue;
    }
    const c = entry.case;
    test(`${c.area}/${c.name}: ${c.why}`, { timeout: (c.timeout + 60) * 1000 }, async () => {
      const s = makeScratch(parent, c, dataset, canary);
      const { entries } = snapshot(s.root, canary);
      const env = {
        PATH: process.env.PATH ?? '',
        HOME: s.home,
        TMPDIR: s.tmpdir,
        LANG: 'C.UTF-8',
        TZ: 'UTC',
      };
      const r = await runProcess({
        bin,
        argv: c.argv,
        cwd: s.cwd,
        env: { ...env, ...c.env },
        ...(c.stdin !== undefined ? { stdin: c.stdin } : {}),
        timeout: c.timeout,
        canary,
      });
      const problems = checkRun(c, s, entries, r, canary);
      for (const stray of strayEntries(parent, names))
        problems.push(`${stray} was written beside the scratch folders`);
      if (problems.length > 0)
        assert.fail(
          `${problems.join('\n')}\n--- fixtura ${c.argv.join(' ')} → exit ${r.code ?? r.signal} in ${r.seconds.toFixed(1)} s` +
            `\n--- stderr:\n${r.stderr.slice(0, 4000)}\n--- stdout:\n${r.stdout.slice(0, 2000)}`,
        );
      if (!keep) rmSync(s.root, { recursive: true, force: true });
    });
  }
});
