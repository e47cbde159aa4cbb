/** @module The git commit of the working directory, recorded in manifests when run inside a checkout. */
import { spawnSync } from 'node:child_process';

/** The HEAD commit and whether the tree has uncommitted changes, or `null` outside a git checkout. */
export function gitRevision(cwd: string): { commit: string; dirty: boolean } | null {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' });
  if (head.status !== 0 || !/^[0-9a-f]{40}/.test(head.stdout)) return null;
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd,
    encoding: 'utf8',
  });
  return { commit: head.stdout.trim(), dirty: status.status === 0 && status.stdout.trim() !== '' };
}
