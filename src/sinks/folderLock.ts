/**
 * @module The lock that serialises commits into one output folder: a file `.fixtura/lock` created with
 * `wx` (it exists or it does not), holding its owner's pid and a token. A lock whose owner is no longer
 * running is taken over; a live one is waited for.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { processAlive } from './processAlive.js';

/** Tokens of the locks this process holds: a lock with our pid but another token is a dead namesake's. */
const held = new Set<string>();

export interface FolderLock {
  release(): void;
}

export interface LockOptions {
  readonly signal?: AbortSignal;
  /** How long to wait for a live owner before giving up (default two minutes; a commit takes milliseconds). */
  readonly timeoutMs?: number;
}

/**
 * Takes the lock of a state folder (`<out>/.fixtura`), creating the folder when needed.
 * @example const lock = await lockFolder('out/.fixtura'); try { … } finally { lock.release(); }
 */
export async function lockFolder(stateDir: string, options: LockOptions = {}): Promise<FolderLock> {
  const file = path.join(stateDir, 'lock');
  const token = randomBytes(8).toString('hex');
  const content = JSON.stringify({ pid: process.pid, token }) + '\n';
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
    options.signal?.throwIfAborted();
    try {
      mkdirSync(stateDir, { recursive: true });
      writeFileSync(file, content, { flag: 'wx' });
      held.add(token);
      return {
        release: () => {
          held.delete(token);
          if (readText(file) === content) rmSync(file, { force: true });
        },
      };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // ENOENT: another run removed the empty state folder between our mkdir and our create; try again.
      if (code !== 'EEXIST' && code !== 'ENOENT') throw e;
    }
    const seen = readText(file);
    if (seen !== null && isStale(file, seen)) {
      takeOver(file, seen);
      continue;
    }
    if (Date.now() > deadline) {
      const owner = ownerOf(seen);
      throw Object.assign(
        new Error(
          `another fixtura run${owner === null ? '' : ` (pid ${owner.pid})`} holds ${file} and has not let go of it in ${Math.round((options.timeoutMs ?? 120_000) / 1000)} s`,
        ),
        { code: 'ELOCKED', syscall: 'lock', path: file },
      );
    }
    await sleep(wait, undefined, options.signal ? { signal: options.signal } : {});
  }
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function ownerOf(text: string | null): { pid: number; token: string } | null {
  try {
    const v = JSON.parse(text ?? '') as { pid?: unknown; token?: unknown };
    return typeof v.pid === 'number' && typeof v.token === 'string' ? { pid: v.pid, token: v.token } : null;
  } catch {
    return null;
  }
}

/**
 * Dead owner, or our own pid with a token we do not hold (a killed run whose pid we were given, as happens
 * in containers). A lock still being written (empty, unreadable) is stale only after ten seconds.
 */
function isStale(file: string, text: string): boolean {
  const owner = ownerOf(text);
  if (owner === null) {
    const age = Date.now() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    return age > 10_000;
  }
  if (owner.pid === process.pid) return !held.has(owner.token);
  return !processAlive(owner.pid);
}

/**
 * Moves the stale lock aside under a name of our own; when what was moved is no longer the lock we judged
 * stale (another run took it over and made its own meanwhile), puts that one back.
 */
function takeOver(file: string, seen: string): void {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch {
    return;
  }
  if (readText(aside) !== seen) {
    try {
      linkSync(aside, file);
    } catch {
      // A third run made a lock in between: it holds the folder, and the one we moved is lost; its owner
      // finds its lock gone when it lets go and leaves the new one alone (release compares the content).
    }
  }
  rmSync(aside, { force: true });
}
