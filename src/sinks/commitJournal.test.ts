import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { commitStaged, realOps, rollForward, type CommitOps, type Journal } from './commitJournal.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-journal-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const OLD = {
  'A.jsonl': 'old a\n',
  'B.jsonl': 'old b\n',
  'Gone.jsonl': 'old gone\n',
  'manifest.json': 'old manifest\n',
};
const NEW = { 'A.jsonl': 'new a\n', 'B.jsonl': 'new b\n', 'manifest.json': 'new manifest\n' };
const STAGING = 'staging-1-abcdef';
const JOURNAL: Journal = {
  journal: 1,
  staging: STAGING,
  files: ['A.jsonl', 'B.jsonl', 'manifest.json'],
  delete: ['Gone.jsonl'],
};

let cases = 0;
/** An output folder holding the old dataset, with the new one staged. */
function folder(): string {
  const dir = path.join(scratch, `case-${cases++}`);
  mkdirSync(path.join(dir, '.fixtura', STAGING), { recursive: true });
  for (const [f, t] of Object.entries(OLD)) writeFileSync(path.join(dir, f), t);
  for (const [f, t] of Object.entries(NEW)) writeFileSync(path.join(dir, '.fixtura', STAGING, f), t);
  return dir;
}

/** The dataset files (not Fixtura's state) and their text. */
function visible(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).sort())
    if (f !== '.fixtura') out[f] = readFileSync(path.join(dir, f), 'utf8');
  return out;
}

class Crash extends Error {}

/** Real file-system calls, but the n-th one (0-based) throws instead, as a kill or a failing disk would stop it. */
function failingAt(n: number): CommitOps & { calls: number } {
  const ops = { calls: 0 } as CommitOps & { calls: number };
  for (const k of ['writeFile', 'rename', 'unlink', 'removeTree'] as const)
    (ops as unknown as Record<string, unknown>)[k] = (...args: unknown[]) => {
      if (ops.calls++ === n) throw new Crash(`stopped at step ${n} (${k})`);
      return (realOps[k] as (...a: unknown[]) => void)(...args);
    };
  return ops;
}

describe('the commit journal', () => {
  const steps = (() => {
    const count = failingAt(-1);
    commitStaged(folder(), JOURNAL, count);
    return count.calls;
  })();

  it('commits: the new files in place, the old file the new dataset lacks removed, no state left', () => {
    const dir = folder();
    commitStaged(dir, JOURNAL);
    assert.deepEqual(visible(dir), NEW);
    assert.deepEqual(readdirSync(path.join(dir, '.fixtura')), []);
    assert.equal(
      steps,
      8,
      'journal draft, journal rename, three renames, one delete, journal removal, staging removal',
    );
  });

  it('stopped at any step, leaves the old dataset or (after the next run rolls forward) the new one, never a mix', () => {
    for (let n = 0; n < steps; n++) {
      const dir = folder();
      assert.throws(() => commitStaged(dir, JOURNAL, failingAt(n)), Crash);
      const journaled = readdirSync(path.join(dir, '.fixtura')).includes('commit.json');
      // Before the journal's rename (steps 0 and 1) nothing visible has changed.
      if (n <= 1) {
        assert.equal(journaled, false, `step ${n}`);
        assert.deepEqual(visible(dir), OLD, `step ${n}: the old dataset`);
      } else if (n < steps - 1)
        assert.equal(journaled, true, `step ${n}: the journal stays until every rename is done`);
      // The last step removes the emptied staging folder; a stale one is the next run's to remove.
      else assert.deepEqual(visible(dir), NEW, `step ${n}: the new dataset`);
      assert.equal(rollForward(dir), journaled);
      assert.deepEqual(visible(dir), n <= 1 ? OLD : NEW, `step ${n}, after the roll-forward`);
      assert.deepEqual(
        readdirSync(path.join(dir, '.fixtura')).filter((e) => e === 'commit.json'),
        [],
        `step ${n}: no journal left`,
      );
    }
  });

  it('a roll-forward stopped at any step is finished by the next one', () => {
    for (let n = 2; n < steps - 1; n++)
      for (let m = 0; m < 6; m++) {
        const dir = folder();
        assert.throws(() => commitStaged(dir, JOURNAL, failingAt(n)), Crash);
        try {
          rollForward(dir, failingAt(m));
        } catch (e) {
          assert.ok(e instanceof Crash);
        }
        assert.equal(rollForward(dir) || true, true);
        assert.deepEqual(visible(dir), NEW, `commit stopped at ${n}, roll-forward at ${m}`);
        // At most the emptied staging folder, which the next generate removes as stale.
        assert.ok(!readdirSync(path.join(dir, '.fixtura')).includes('commit.json'));
      }
  });

  it('trusts no name in a journal it reads: one naming a path outside the folder is refused untouched', () => {
    const dir = folder();
    const outside = path.join(scratch, 'outside.txt');
    writeFileSync(outside, 'keep\n');
    for (const bad of [
      { ...JOURNAL, delete: ['../outside.txt'] },
      { ...JOURNAL, files: ['../../x'] },
      { ...JOURNAL, staging: '../..' },
      { ...JOURNAL, journal: 2 },
      'not json',
    ]) {
      writeFileSync(
        path.join(dir, '.fixtura', 'commit.json'),
        typeof bad === 'string' ? bad : JSON.stringify(bad),
      );
      assert.throws(() => rollForward(dir), /is not a commit journal Fixtura wrote/);
      assert.equal(readFileSync(outside, 'utf8'), 'keep\n');
      assert.deepEqual(visible(dir), OLD);
    }
  });
});
