/** Runs the `fixtura` command in-process with captured output. */
import { main } from '../../src/cli/main.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(
  argv: readonly string[],
  cwd = process.cwd(),
  stdin?: string,
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    ...(stdin !== undefined ? { readStdin: () => Promise.resolve(stdin) } : {}),
  });
  return { code, stdout, stderr };
}

/** The repository root (tests are compiled to dist/test/…). */
export const repoRoot = new URL('../../../', import.meta.url).pathname;
