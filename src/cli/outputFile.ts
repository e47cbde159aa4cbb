/**
 * @module A file a command writes besides (or instead of) its standard output, such as an HTML report: its
 * path checked before any work, and its text written whole or not at all.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { AtomicFile } from '../sinks/atomicFile.js';
import { UsageError } from './io.js';

/**
 * The absolute path to write, checked before the command's work so a mistyped path does not cost a whole run;
 * other failures (disk full, a name too long) come when writing.
 * @example outputTarget('--report', 'report.html', '/work', 'HTML file') // '/work/report.html'
 */
export function outputTarget(option: string, file: string, cwd: string, what = 'file'): string {
  const target = path.resolve(cwd, file);
  if (!isDirectory(path.dirname(target)))
    throw new UsageError(`${option} ${file}: there is no directory ${path.dirname(target)} to write it in`, {
      where: option,
      expected: `a ${what} in an existing directory`,
      found: `"${file}" (no directory ${path.dirname(target)})`,
      hint: `create the directory first, or write the ${what} elsewhere`,
    });
  if (isDirectory(target))
    throw new UsageError(`${option} ${file} is a directory; name the ${what} to write`, {
      where: option,
      expected: `the path of a ${what} to write`,
      found: `"${file}", a directory`,
      hint: `name a file inside it, e.g. ${option} ${path.join(file, 'report.html')}`,
    });
  return target;
}

export function isDirectory(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/**
 * Written under a temporary name and renamed when complete: a failed write leaves an earlier file as it was.
 * @example writeAtomically('/work/report.html', html)
 */
export function writeAtomically(target: string, text: string): void {
  const file = new AtomicFile(target);
  try {
    file.write(text);
    file.finish();
    file.commit();
  } catch (e) {
    file.abort();
    throw e;
  }
}
