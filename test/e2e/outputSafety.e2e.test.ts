/**
 * The "done when" for output: a kill (SIGKILL, SIGTERM) during a four-million-row generate leaves
 * the earlier dataset intact and nothing behind after the next run; four runs into one folder at once end
 * with one whole dataset.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from '../support/runCli.js';

const shop = path.join(repoRoot, 'examples/shop.contract.yaml');
const bin = path.join(repoRoot, 'bin/fixtura.js');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-output-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function generate(out: string, ...args: string[]): ChildProcess {
  return spawn(process.execPath, [bin, 'generate', shop, '--out', out, '--quiet', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

async function exited(
  child: ChildProcess,
): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
}

/** Every file (recursively, hidden ones included) under dir, relative to it. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Asserts dir holds exactly one dataset, its manifest and its files, with the manifest's sizes and hashes. */
function assertWholeDataset(dir: string, ignoreState = false): { seed: string; rows: number[] } {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    generation: { seed: string };
    files: { path: string; bytes: number; rows: number; sha256: string }[];
  };
  for (const f of manifest.files) {
    const bytes = readFileSync(path.join(dir, f.path));
    assert.equal(bytes.byteLength, f.bytes, `${f.path} has the manifest's size`);
    assert.equal(
      createHash('sha256').update(bytes).digest('hex'),
      f.sha256,
      `${f.path} has the manifest's hash`,
    );
  }
  const files = allFiles(dir).filter((f) => !(ignoreState && f.startsWith('.fixtura/')));
  assert.deepEqual(files, [...manifest.files.map((f) => f.path), 'manifest.json'].sort(), 'nothing else');
  return { seed: manifest.generation.seed, rows: manifest.files.map((f) => f.rows) };
}

/** Bytes the run's staging files hold so far (0 while there are none). */
function stagedBytes(out: string): number {
  const state = path.join(out, '.fixtura');
  if (!existsSync(state)) return 0;
  let total = 0;
  for (const f of allFiles(state))
    total += statSync(path.join(state, f), { throwIfNoEntry: false })?.size ?? 0;
  return total;
}

/** Waits until the staging files are demonstrably growing: two readings, the second larger. */
async function whileStagingGrows(out: string): Promise<void> {
  let seen = 0;
  for (;;) {
    const now = stagedBytes(out);
    if (seen > 0 && now > seen) return;
    seen = now;
    await sleep(50);
  }
}

async function earlierDataset(out: string): Promise<Map<string, Buffer>> {
  const r = await exited(generate(out, '-n', '7', '--seed', 'earlier'));
  assert.equal(r.code, 0, r.stderr);
  assertWholeDataset(out);
  return new Map(allFiles(out).map((f) => [f, readFileSync(path.join(out, f))]));
}

function assertUnchanged(out: string, before: Map<string, Buffer>, what: string): void {
  const visible = allFiles(out).filter((f) => !f.startsWith('.fixtura'));
  assert.deepEqual(visible, [...before.keys()], `${what}: the same files`);
  for (const [f, bytes] of before)
    assert.ok(readFileSync(path.join(out, f)).equals(bytes), `${what}: ${f} unchanged`);
  assert.equal(assertWholeDataset(out, true).seed, 'earlier');
}

describe('a generate that is killed', () => {
  it('SIGKILL during a four-million-row run leaves the earlier dataset intact; the next run leaves no temporary files', async () => {
    const out = path.join(scratch, 'killed');
    const before = await earlierDataset(out);
    // The shop's two entities at 2,000,000 rows each: four million rows.
    const child = generate(out, '-n', '2000000');
    const done = exited(child);
    await whileStagingGrows(out);
    child.kill('SIGKILL');
    assert.equal((await done).signal, 'SIGKILL');
    assertUnchanged(out, before, 'after SIGKILL');
    assert.ok(stagedBytes(out) > 0, 'the killed run left its staging folder (it could not clean up)');

    const next = await exited(generate(out, '-n', '3', '--seed', 'next'));
    assert.equal(next.code, 0, next.stderr);
    assert.equal(existsSync(path.join(out, '.fixtura')), false, 'the stale staging folder is removed');
    assert.deepEqual(assertWholeDataset(out), { seed: 'next', rows: [3, 3] });
  });

  it('SIGTERM during a four-million-row run exits 130, keeps the earlier dataset and leaves nothing behind', async () => {
    const out = path.join(scratch, 'terminated');
    const before = await earlierDataset(out);
    const child = generate(out, '-n', '2000000');
    const done = exited(child);
    await whileStagingGrows(out);
    child.kill('SIGTERM');
    const r = await done;
    assert.equal(r.code, 130, r.stderr);
    assert.match(r.stderr, /interrupted: nothing was written, earlier output is unchanged/);
    assertUnchanged(out, before, 'after SIGTERM');
    assert.equal(existsSync(path.join(out, '.fixtura')), false, 'no staging folder is left');
  });
});

describe('four generate runs into one folder at once', () => {
  it('end with one whole dataset whose manifest matches its files, every time', async () => {
    for (let trial = 0; trial < 3; trial++) {
      const out = path.join(scratch, `together-${trial}`);
      await earlierDataset(out);
      const seeds = ['a', 'b', 'c', 'd'];
      const runs = await Promise.all(
        seeds.map((seed, i) =>
          exited(generate(out, '-n', String(20000 + i * 1000), '--seed', seed, '--workers', '1')),
        ),
      );
      // Commits are serialised: every run finishes, one after another, each replacing the whole dataset.
      for (const r of runs) assert.equal(r.code, 0, r.stderr);
      const { seed, rows } = assertWholeDataset(out);
      const i = seeds.indexOf(seed);
      assert.ok(i >= 0, `the dataset is one of the four runs', got seed ${seed}`);
      assert.deepEqual(rows, [20000 + i * 1000, 20000 + i * 1000], 'its files are that run’s');
      assert.equal(existsSync(path.join(out, '.fixtura')), false, 'no lock, journal or staging is left');
    }
  });
});
