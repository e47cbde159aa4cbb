import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { lockFolder } from './folderLock.js';
import { OutputFolder } from './outputFolder.js';
import { OutputRefused } from './outputRefused.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-folder-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The pid of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid as number;
}

describe('OutputFolder', () => {
  it('removes the staging folder and the lock a killed run left; keeps a live run’s', async () => {
    const dir = path.join(scratch, 'stale');
    const dead = deadPid();
    mkdirSync(path.join(dir, '.fixtura', `staging-${dead}-0badc0de`), { recursive: true });
    writeFileSync(path.join(dir, '.fixtura', `staging-${dead}-0badc0de`, 'A.jsonl'), 'half');
    writeFileSync(path.join(dir, '.fixtura', 'lock'), JSON.stringify({ pid: dead, token: 'x' }));
    const live = `staging-${process.ppid}-feed`;
    mkdirSync(path.join(dir, '.fixtura', live));
    const folder = await OutputFolder.open(dir);
    assert.deepEqual(
      readdirSync(path.join(dir, '.fixtura')).sort(),
      [live, path.basename(folder.staging)].sort(),
    );
    folder.discard();
    assert.deepEqual(readdirSync(path.join(dir, '.fixtura')), [live]);
    rmSync(path.join(dir, '.fixtura', live), { recursive: true });
  });

  it('commits staged files, and leaves no .fixtura folder behind', async () => {
    const dir = path.join(scratch, 'commit');
    const folder = await OutputFolder.open(dir);
    writeFileSync(folder.stagedPath('A.jsonl'), 'a\n');
    writeFileSync(folder.stagedPath('manifest.json'), '{}\n');
    await folder.commit(['A.jsonl', 'manifest.json']);
    assert.deepEqual(readdirSync(dir).sort(), ['A.jsonl', 'manifest.json']);
  });

  it('refuses a target that is a symbolic link, a FIFO or a directory, and an --out that is a file', async () => {
    const dir = path.join(scratch, 'targets');
    mkdirSync(dir);
    symlinkSync('/etc/passwd', path.join(dir, 'A.jsonl'));
    mkdirSync(path.join(dir, 'B.jsonl'));
    spawnSync('mkfifo', [path.join(dir, 'C.jsonl')]);
    const folder = await OutputFolder.open(dir);
    for (const [name, kind] of [
      ['A.jsonl', /a symbolic link/],
      ['B.jsonl', /a directory/],
      ['C.jsonl', /a FIFO/],
    ] as const)
      assert.throws(
        () => folder.checkTargets([name]),
        (e: unknown) => e instanceof OutputRefused && kind.test(e.message),
      );
    folder.discard();
    const file = path.join(scratch, 'a-file');
    writeFileSync(file, 'x');
    await assert.rejects(OutputFolder.open(file), /is not a directory/);
  });

  it('follows an --out that is a symbolic link to a directory (the command line chose it)', async () => {
    const real = path.join(scratch, 'real');
    mkdirSync(real);
    symlinkSync(real, path.join(scratch, 'link'));
    const folder = await OutputFolder.open(path.join(scratch, 'link'));
    assert.equal(folder.dir, real);
    folder.discard();
    assert.equal(existsSync(path.join(real, '.fixtura')), false);
  });
});

describe('lockFolder', () => {
  it('makes a second holder wait until the first lets go', async () => {
    const state = path.join(scratch, 'lock', '.fixtura');
    const first = await lockFolder(state);
    let second = false;
    const waiting = lockFolder(state).then((l) => {
      second = true;
      return l;
    });
    await new Promise((r) => setImmediate(r));
    assert.equal(second, false);
    first.release();
    (await waiting).release();
    assert.equal(second, true);
    assert.deepEqual(readdirSync(state), []);
  });

  it('takes over a lock whose holder has ended, and one left by an earlier process with our pid', async () => {
    const state = path.join(scratch, 'lock2', '.fixtura');
    mkdirSync(state, { recursive: true });
    for (const pid of [deadPid(), process.pid]) {
      writeFileSync(path.join(state, 'lock'), JSON.stringify({ pid, token: 'gone' }));
      (await lockFolder(state)).release();
      assert.deepEqual(readdirSync(state), []);
    }
  });

  it('gives up on a live holder after its timeout with an error naming it', async () => {
    const state = path.join(scratch, 'lock3', '.fixtura');
    const held = await lockFolder(state);
    await assert.rejects(lockFolder(state, { timeoutMs: 50 }), new RegExp(`pid ${process.pid}`));
    held.release();
  });
});
