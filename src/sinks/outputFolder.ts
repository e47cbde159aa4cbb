/**
 * @module The output folder of one run: its files are staged in `<out>/.fixtura/staging-<pid>-<random>/`
 * (same file system, so renames are atomic), committed all or nothing under the folder's lock, and the
 * staging folder is removed on every exit path; a staging folder a killed run left is removed by the next.
 */
import { randomBytes } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { commitStaged, JOURNAL_FILE, realOps, rollForward, type CommitOps } from './commitJournal.js';
import { isPlainFileName, MANIFEST_FILE, STATE_DIR } from '../sources/entityFileName.js';
import { lockFolder, type LockOptions } from './folderLock.js';
import { nonRegularKind, OutputRefused } from './outputRefused.js';
import { processAlive } from './processAlive.js';

/** Staging folders this process made and has not yet removed: ours even though our pid is alive. */
const ours = new Set<string>();

export class OutputFolder {
  private constructor(
    /** The output folder, with symbolic links in its own path resolved. */
    readonly dir: string,
    /** This run's staging folder. */
    readonly staging: string,
  ) {}

  /**
   * Makes the folder if needed, finishes a commit a killed run left, removes stale staging folders and makes
   * this run's own. Throws OutputRefused when `outDir` exists and is not a directory.
   */
  static async open(outDir: string, options: LockOptions = {}): Promise<OutputFolder> {
    const stat = statSync(outDir, { throwIfNoEntry: false });
    if (stat === undefined && lstatSync(outDir, { throwIfNoEntry: false })?.isSymbolicLink())
      throw new OutputRefused(`--out ${outDir} is a symbolic link to nothing`, {
        where: outDir,
        expected: 'a directory, a symbolic link to one, or a path where one can be made',
        found: `a symbolic link to ${readlinkSync(outDir)}, which does not exist`,
        hint: 'create the directory it points to, or name another --out',
      });
    if (stat !== undefined && !stat.isDirectory())
      throw new OutputRefused(`--out ${outDir} is not a directory`, {
        where: outDir,
        expected: 'a directory, or a path where one can be made',
        found: nonRegularKind(stat) ?? 'a regular file',
        hint: 'name a directory for the dataset, e.g. --out out',
      });
    mkdirSync(outDir, { recursive: true });
    const dir = realpathSync(outDir);
    await settleOutputFolder(dir, options, true);
    const state = path.join(dir, STATE_DIR);
    for (;;) {
      const staging = path.join(state, `staging-${process.pid}-${randomBytes(6).toString('hex')}`);
      try {
        mkdirSync(state, { recursive: true });
        mkdirSync(staging);
        ours.add(staging);
        return new OutputFolder(dir, staging);
      } catch (e) {
        // Another run removed the empty state folder between the two mkdirs.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
  }

  /** Where to write a file that is to become `<out>/<name>`. */
  stagedPath(name: string): string {
    return path.join(this.staging, name);
  }

  /**
   * Refuses, before any work, a target that is a symbolic link, a FIFO, a device, a socket or a directory:
   * the commit would replace it (or, for a directory, fail half-way).
   */
  checkTargets(names: readonly string[]): void {
    for (const name of names) {
      const target = path.join(this.dir, name);
      const kind = nonRegularKind(lstatSync(target, { throwIfNoEntry: false }));
      if (kind !== null)
        throw new OutputRefused(`${target} is ${kind}; Fixtura does not replace it`, {
          where: target,
          expected: 'a regular file or nothing at that path',
          found: kind,
          hint: `remove or rename ${name} in the output folder, or choose another --out`,
        });
    }
  }

  /**
   * Puts the staged files (the manifest last) in place together, with the earlier manifest's files that
   * are not among them removed, under the folder's lock; then removes the staging folder.
   */
  async commit(names: readonly string[], options: LockOptions & { ops?: CommitOps } = {}): Promise<void> {
    const lock = await lockFolder(path.join(this.dir, STATE_DIR), options);
    try {
      rollForward(this.dir);
      this.checkTargets(names);
      const files = [
        ...names.filter((n) => n !== MANIFEST_FILE),
        ...names.filter((n) => n === MANIFEST_FILE),
      ];
      // Compared ignoring case: on macOS and Windows an earlier Order.jsonl is the new order.jsonl.
      const keep = new Set(files.map((f) => f.toLowerCase()));
      const earlier = earlierFiles(this.dir).filter((f) => !keep.has(f.toLowerCase()));
      commitStaged(
        this.dir,
        { journal: 1, staging: path.basename(this.staging), files, delete: earlier },
        options.ops ?? realOps,
      );
      ours.delete(this.staging);
    } finally {
      lock.release();
      removeStateIfEmpty(this.dir);
    }
  }

  /** Removes the staging folder (after a failure or an interrupt); the folder is as it was. */
  discard(): void {
    rmSync(this.staging, { recursive: true, force: true });
    ours.delete(this.staging);
    removeStateIfEmpty(this.dir);
  }
}

/**
 * Finishes a commit a killed run left in the dataset folder `dir`, if any, so a reader (validate, coverage)
 * sees one whole dataset; waits for a commit under way. With `sweep`, also removes staging folders whose run
 * is gone. Cheap when there is nothing to do; throws when the commit cannot be finished (a read-only folder).
 * @example await settleOutputFolder('out'); const { files } = datasetFiles(model, ['out']);
 */
export async function settleOutputFolder(
  dir: string,
  options: LockOptions = {},
  sweep = false,
): Promise<void> {
  const state = path.join(dir, STATE_DIR);
  let entries: string[];
  try {
    entries = readdirSync(state);
  } catch {
    return;
  }
  const stale = sweep ? entries.filter((e) => isStale(path.join(state, e))) : [];
  if (!entries.includes(JOURNAL_FILE) && stale.length === 0) return;
  // Under the lock: a staging folder named by a pending journal must be rolled forward before it is removed.
  const lock = await lockFolder(state, options);
  try {
    rollForward(dir);
    for (const e of stale)
      if (isStale(path.join(state, e))) rmSync(path.join(state, e), { recursive: true, force: true });
  } finally {
    lock.release();
    removeStateIfEmpty(dir);
  }
}

/** A staging folder (or a lock moved aside) whose run is no longer running. */
function isStale(entry: string): boolean {
  const m = /^(?:staging|lock\.stale)-(\d+)-[0-9a-f]+$/.exec(path.basename(entry));
  if (!m) return false;
  const pid = Number(m[1]);
  if (pid === process.pid) return !ours.has(entry);
  return !processAlive(pid);
}

/**
 * The data files the earlier manifest lists, when it is one Fixtura wrote: plain `.jsonl`, `.json` or `.csv`
 * names directly in the folder, nothing else (the manifest is read from disk and trusted no further).
 */
function earlierFiles(dir: string): string[] {
  const file = path.join(dir, MANIFEST_FILE);
  if (!lstatSync(file, { throwIfNoEntry: false })?.isFile()) return [];
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
      manifestVersion?: unknown;
      fixtura?: unknown;
      files?: { path?: unknown }[];
    };
    if (manifest.manifestVersion !== 1 || manifest.fixtura === undefined || !Array.isArray(manifest.files))
      return [];
    return manifest.files
      .map((f) => f?.path)
      .filter(
        (p): p is string =>
          typeof p === 'string' && isPlainFileName(p) && p !== MANIFEST_FILE && /\.(jsonl|json|csv)$/.test(p),
      );
  } catch {
    return [];
  }
}

/** Leaves no `.fixtura` behind once nothing is in it; another run may be using it, so only when empty. */
function removeStateIfEmpty(dir: string): void {
  try {
    rmdirSync(path.join(dir, STATE_DIR));
  } catch {
    // Not empty (another run's staging or lock), or already gone.
  }
}
