/**
 * @module A file that appears complete or not at all: bytes go to a hidden temporary file beside the
 * target, hashed as they are written; `commit` renames it into place, `abort` removes it. A failed run
 * therefore never replaces good output with partial output.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export class AtomicFile {
  readonly tempPath: string;
  private fd: number | null;
  private readonly hash: Hash = createHash('sha256');
  bytes = 0;

  constructor(readonly finalPath: string) {
    this.tempPath = path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.${process.pid}.tmp`);
    this.fd = openSync(this.tempPath, 'w');
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

  commit(): void {
    renameSync(this.tempPath, this.finalPath);
  }

  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.tempPath, { force: true });
  }
}
