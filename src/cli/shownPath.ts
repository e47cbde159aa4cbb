/** @module How a command names a file it read by absolute path: as the user would type it, when it can. */
import path from 'node:path';

/**
 * Relative to the working directory when the file is below it, else absolute.
 * @example shownPath('/work/out/Order.jsonl', '/work') // 'out/Order.jsonl'
 */
export function shownPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') ? file : relative;
}
