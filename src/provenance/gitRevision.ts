/** @module The git commit of the working directory, recorded in manifests when run inside a checkout. */
import { execFile } from 'node:child_process';

/** What a git command printed, or null when it failed (no git, not a checkout). */
function git(args: readonly string[], cwd: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('git', [...args], { cwd, encoding: 'utf8' }, (error, stdout) => resolve(error ? null : stdout));
  });
}

/**
 * The HEAD commit and whether the tree has uncommitted changes, or `null` outside a git checkout. Asynchronous,
 * so that a command can ask while it reads the contract: the two git processes cost more than a small dataset.
 */
export async function gitRevision(cwd: string): Promise<{ commit: string; dirty: boolean } | null> {
  const [head, status] = await Promise.all([
    git(['rev-parse', 'HEAD'], cwd),
    git(['status', '--porcelain', '--untracked-files=no'], cwd),
  ]);
  if (head === null || !/^[0-9a-f]{40}/.test(head)) return null;
  return { commit: head.trim(), dirty: status !== null && status.trim() !== '' };
}
