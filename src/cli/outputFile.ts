/**
 * @module A file a command writes besides (or instead of) its standard output, such as an HTML report: its
 * path checked before any work (the text is then written whole or not at all: writeFileAtomically).
 */
import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { nonRegularKind } from '../sinks/outputRefused.js';
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
  let stat;
  try {
    stat = lstatSync(target, { throwIfNoEntry: false });
  } catch {
    // A name too long, a permission: reported when writing, after the command's work is shown.
    stat = undefined;
  }
  if (stat?.isDirectory())
    throw new UsageError(`${option} ${file} is a directory; name the ${what} to write`, {
      where: option,
      expected: `the path of a ${what} to write`,
      found: `"${file}", a directory`,
      hint: `name a file inside it, e.g. ${option} ${path.join(file, 'report.html')}`,
    });
  // A device, a FIFO or a symbolic link would be replaced by the rename (as root, --report /dev/null would
  // break /dev/null for the whole machine): refused, never replaced.
  const kind = nonRegularKind(stat);
  if (kind !== null)
    throw new UsageError(
      `${option} ${file} is ${kind}; Fixtura writes only regular files and never replaces anything else`,
      {
        where: `${option} ${file}`,
        expected: `a regular ${what}, or a path where nothing exists yet`,
        found: kind,
        hint: `name a regular ${what} (e.g. report.html); to discard the output, leave ${option} out`,
      },
    );
  return target;
}

export function isDirectory(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}
