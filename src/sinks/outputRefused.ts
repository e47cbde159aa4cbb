/** @module An output path Fixtura will not write: a problem of the command line, reported with where, what and how. */

import type { Stats } from 'node:fs';

export interface OutputRefusedDetail {
  /** The path (or the option) at fault. */
  readonly where: string;
  readonly expected: string;
  readonly found: string;
  readonly hint: string;
}

/** Thrown before anything is replaced; the CLI turns it into exit 2 with its detail. */
export class OutputRefused extends Error {
  override readonly name = 'OutputRefused';

  constructor(
    message: string,
    readonly detail: OutputRefusedDetail,
  ) {
    super(message);
  }
}

/**
 * What stands at a path when it is not a regular file Fixtura may replace: `a symbolic link to …`, `a FIFO`,
 * `a character device`, `a directory`…; `null` when the path is free or holds a regular file.
 * @example nonRegularKind(lstatSync('/dev/null')) // 'a character device'
 */
export function nonRegularKind(stat: Stats | undefined): string | null {
  if (stat === undefined || stat.isFile()) return null;
  if (stat.isSymbolicLink()) return 'a symbolic link';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isDirectory()) return 'a directory';
  return 'not a regular file';
}
