/**
 * @module Before a command reads a dataset folder: a commit that a killed `fixtura generate` left half-done
 * there is finished first, so the command reads one whole dataset (sinks/commitJournal.ts).
 */
import { settleOutputFolder } from '../sinks/outputFolder.js';
import { isDirectory } from './outputFile.js';
import { UsageError } from './io.js';

/**
 * Finishes the pending commit of each folder among `inputs`, if any; throws a UsageError when one cannot be
 * finished (a read-only folder, a journal Fixtura did not write).
 * @example await settleDatasets(['/work/out'])
 */
export async function settleDatasets(inputs: readonly string[]): Promise<void> {
  for (const input of inputs) {
    if (!isDirectory(input)) continue;
    try {
      await settleOutputFolder(input);
    } catch (e) {
      throw new UsageError(
        `${input} holds an unfinished commit that cannot be completed: ${(e as Error).message}`,
        {
          where: input,
          expected: 'a dataset folder whose last fixtura generate finished, or one Fixtura may write to',
          found: 'a commit journal (.fixtura/commit.json) left by an interrupted run',
          hint: `make the folder writable and run the command again, or run fixtura generate into ${input} again`,
        },
      );
    }
  }
}
