/**
 * @module The all-or-nothing commit of a staged dataset. The list of renames (staging → folder) and of the
 * earlier dataset's files to delete is written to `.fixtura/commit.json` by one rename: that rename is the
 * commit point. Before it the folder holds the earlier dataset; after it the renames are carried out, and a
 * run killed half-way leaves the journal, which the next Fixtura run on the folder finishes (rollForward).
 */
import { lstatSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isPlainFileName, STATE_DIR } from '../sources/entityFileName.js';
import { OutputRefused } from './outputRefused.js';

export const JOURNAL_FILE = 'commit.json';
export const STAGING_NAME = /^staging-(\d+)-[0-9a-f]+$/;

/** What a commit does, in order. */
export interface Journal {
  readonly journal: 1;
  /** The staging folder's name inside `.fixtura`. */
  readonly staging: string;
  /** Files renamed from the staging folder into the output folder, the manifest last. */
  readonly files: readonly string[];
  /** Files of the earlier dataset that the new one does not have, removed after the renames. */
  readonly delete: readonly string[];
}

/** The file-system calls a commit makes; tests replace them to stop a commit at any step. */
export interface CommitOps {
  writeFile(file: string, text: string): void;
  rename(from: string, to: string): void;
  unlink(file: string): void;
  removeTree(dir: string): void;
}

export const realOps: CommitOps = {
  writeFile: (file, text) => writeFileSync(file, text, { flag: 'wx' }),
  rename: (from, to) => renameSync(from, to),
  unlink: (file) => rmSync(file, { force: true }),
  removeTree: (dir) => rmSync(dir, { recursive: true, force: true }),
};

/**
 * Commits the staged files of `journal` into `dir`. The caller holds the folder's lock and has checked every
 * target. Throws before the commit point with the folder unchanged, or after it with the journal in place.
 */
export function commitStaged(dir: string, journal: Journal, ops: CommitOps = realOps): void {
  const state = path.join(dir, STATE_DIR);
  // A hidden name: no entity's file starts with a dot, so the draft never meets a staged `commit.json`.
  const draft = path.join(state, journal.staging, `.${JOURNAL_FILE}`);
  ops.writeFile(draft, JSON.stringify(journal) + '\n');
  ops.rename(draft, path.join(state, JOURNAL_FILE));
  try {
    finish(dir, journal, ops);
  } catch (e) {
    // Past the commit point: the new dataset is the folder's, and the next run on it completes the renames.
    throw Object.assign(e as Error, { committed: true });
  }
}

/**
 * Finishes a commit a killed or failed run left half-done, if there is one; true when there was. The
 * caller holds the lock. Safe to repeat: each step is skipped once done.
 */
export function rollForward(dir: string, ops: CommitOps = realOps): boolean {
  const file = path.join(dir, STATE_DIR, JOURNAL_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
  finish(dir, parseJournal(text, file), ops);
  return true;
}

function finish(dir: string, journal: Journal, ops: CommitOps): void {
  const staging = path.join(dir, STATE_DIR, journal.staging);
  for (const name of journal.files) {
    const from = path.join(staging, name);
    // Already moved by the run that was killed, or by an earlier roll-forward.
    if (lstatSync(from, { throwIfNoEntry: false }) === undefined) continue;
    ops.rename(from, path.join(dir, name));
  }
  for (const name of journal.delete) {
    const stat = lstatSync(path.join(dir, name), { throwIfNoEntry: false });
    if (stat?.isFile()) ops.unlink(path.join(dir, name));
  }
  ops.unlink(path.join(dir, STATE_DIR, JOURNAL_FILE));
  ops.removeTree(staging);
}

/** Reads a journal, trusting none of its names: each must be one plain file, the staging one of ours. */
function parseJournal(text: string, file: string): Journal {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  const j = value as Partial<Journal> | null;
  const names = (v: unknown): v is string[] =>
    Array.isArray(v) && v.every((n) => typeof n === 'string' && isPlainFileName(n));
  if (
    j === null ||
    typeof j !== 'object' ||
    j.journal !== 1 ||
    typeof j.staging !== 'string' ||
    !STAGING_NAME.test(j.staging) ||
    !names(j.files) ||
    !names(j.delete)
  )
    throw new OutputRefused(`${file} is not a commit journal Fixtura wrote`, {
      where: file,
      expected: 'a journal of renames inside the folder, written by an interrupted fixtura generate',
      found: 'a file with other content (names outside the folder, or not JSON)',
      hint: `nothing was done with it; remove the folder ${path.dirname(file)} to discard it`,
    });
  return j as Journal;
}
