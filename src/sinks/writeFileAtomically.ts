/**
 * @module One file written whole or not at all, such as a report beside a command's output: under a temporary
 * name beside the target, renamed into place when complete (atomicFile.ts).
 */
import { AtomicFile, removeStaleTemporaries } from './atomicFile.js';

/**
 * Writes `content` to `target` atomically: a failed write leaves an earlier file as it was, and a target that
 * is not a regular file (a symbolic link, a device, a FIFO) is refused with OutputRefused, never replaced.
 * Temporary files that killed runs left beside the target are removed first.
 * @example writeFileAtomically('/work/report.html', html)
 */
export function writeFileAtomically(target: string, content: string | Uint8Array): void {
  removeStaleTemporaries(target);
  const file = new AtomicFile(target);
  try {
    file.write(content);
    file.finish();
    file.commit();
  } catch (e) {
    file.abort();
    throw e;
  }
}
