/**
 * @module Opening an input file without ever blocking: the path is opened non-blocking and the descriptor
 * itself is checked, so a FIFO, device, socket or directory is refused with its path, even one swapped in
 * after an earlier look at the path. Reads then use that descriptor, never the path again.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { InputError } from './inputError.js';

/** What a path that is not a regular file holds, in words. */
export function describeSpecial(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function openError(file: string, what: string, error: NodeJS.ErrnoException): InputError {
  const code = error.code ?? 'an error';
  const found =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES' || code === 'EPERM'
        ? 'a file this user may not read'
        : code === 'ENXIO'
          ? 'a socket'
          : code === 'ELOOP'
            ? 'a loop of symbolic links'
            : code;
  return new InputError(
    code === 'ENOENT' ? 'input/not-found' : 'input/unreadable',
    code === 'ENOENT' ? `${what} not found: cannot read ${file}` : `cannot read ${what} ${file}: ${found}`,
    {
      where: file,
      expected: `a readable ${what}`,
      found,
      hint:
        code === 'ENOENT'
          ? 'check the path (it is relative to the working directory)'
          : 'check the path and its permissions',
    },
  );
}

/**
 * Opens a regular file for reading and returns its descriptor and size; the caller closes it.
 * @throws InputError for a missing, unreadable or special file
 */
export function openRegularFile(file: string, what: string): { fd: number; size: number } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw openError(file, what, e as NodeJS.ErrnoException);
  }
  const stats = fstatSync(fd);
  if (!stats.isFile()) {
    closeSync(fd);
    const found = describeSpecial(stats);
    throw new InputError('input/special-file', `${file} is ${found}, not a file`, {
      where: file,
      expected: `a regular file (the ${what})`,
      found,
      hint: stats.isDirectory()
        ? `name a file inside ${file}`
        : 'save the input to a regular file first; pipes and devices are never read, so nothing can hang',
    });
  }
  return { fd, size: stats.size };
}

/**
 * Reads a whole regular file as UTF-8 text, refusing one larger than `maxBytes` before reading it.
 * @throws InputError
 */
export function readRegularText(file: string, what: string, maxBytes: number): string {
  const { fd, size } = openRegularFile(file, what);
  try {
    const tooLarge = (found: string): InputError =>
      new InputError('input/too-large', `${file} is larger than the limit of ${maxBytes} bytes`, {
        where: file,
        expected: `a ${what} of at most ${maxBytes} bytes`,
        found,
        hint: 'split the document into files joined by $ref, or see docs/input-safety.md for the limits',
      });
    if (size > maxBytes) throw tooLarge(`${size} bytes`);
    // Read to the end rather than trusting the size: the file may grow while it is read.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(
        Math.min(Math.max(size - total, 0) + 1, maxBytes + 1 - total, 1 << 24),
      );
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(`more than ${maxBytes} bytes`);
      chunks.push(buffer.subarray(0, n));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
