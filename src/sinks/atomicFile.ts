/**
 * @module A file that appears complete or not at all: bytes go to a temporary file, hashed as they are
 * written; `commit` renames it into place, `abort` removes it. A failed run therefore never replaces good
 * output with partial output, and a target that is not a regular file (a device, a FIFO, a symbolic link)
 * is refused, never replaced.
 */
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { nonRegularKind, OutputRefused } from './outputRefused.js';
import { processAlive } from './processAlive.js';

export class AtomicFile {
  readonly tempPath: string;
  private fd: number | null;
  private readonly hash: Hash = createHash('sha256');
  bytes = 0;

  /**
   * @param finalPath where the file goes on commit
   * @param tempPath where it is written meanwhile; by default a hidden name of its own beside the target,
   *   `.<name>.<pid>-<random>.tmp`, so two runs never share one
   */
  constructor(
    readonly finalPath: string,
    tempPath?: string,
  ) {
    this.tempPath =
      tempPath ??
      path.join(
        path.dirname(finalPath),
        `.${path.basename(finalPath)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
      );
    this.fd = openSync(this.tempPath, 'wx');
  }

  write(chunk: string | Uint8Array): void {
    if (this.fd === null) throw new Error(`${this.finalPath} is already closed`);
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    this.hash.update(buffer);
    let offset = 0;
    while (offset < buffer.byteLength) offset += writeSync(this.fd, buffer, offset);
    this.bytes += buffer.byteLength;
  }

  /** Closes the temporary file and returns its sha256; the file is not in place until `commit`. */
  finish(): string {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    return this.hash.digest('hex');
  }

  /** Closes the temporary file if it is still open (after a failure); it stays where it is. */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** Renames the file into place, unless the target has become something other than a regular file. */
  commit(): void {
    refuseNonRegular(this.finalPath);
    renameSync(this.tempPath, this.finalPath);
  }

  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.tempPath, { force: true });
  }
}

/** Throws OutputRefused when `target` exists and is not a regular file. */
export function refuseNonRegular(target: string, option?: string): void {
  const kind = nonRegularKind(lstatSync(target, { throwIfNoEntry: false }));
  if (kind !== null)
    throw new OutputRefused(
      `${option ? `${option} ` : ''}${target} is ${kind}; Fixtura does not replace it`,
      {
        where: option ? `${option} ${target}` : target,
        expected: 'a regular file, or a path where none exists yet',
        found: kind,
        hint: 'name a regular file (e.g. report.html); to discard the output, leave the option out',
      },
    );
}

/**
 * Removes the temporary files of `target` that runs no longer running left beside it (killed before they
 * could clean up).
 */
export function removeStaleTemporaries(target: string): void {
  const base = path.basename(target);
  const dir = path.dirname(target);
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const e of entries) {
    if (!e.startsWith(`.${base}.`)) continue;
    const m = /^\.(.+)\.(\d+)(?:-[0-9a-f]+)?\.tmp$/.exec(e);
    if (m && m[1] === base && Number(m[2]) !== process.pid && !processAlive(Number(m[2])))
      rmSync(path.join(dir, e), { force: true });
  }
}
