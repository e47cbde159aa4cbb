/** @module Whether the process that left a lock or a staging folder behind may still be running. */

/**
 * False when no process has that id (it was killed or ended); true when one does, even one of another user.
 * A recycled id reads as alive: what it guards is then ignored, never taken over.
 * @example processAlive(process.pid) // true
 */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
