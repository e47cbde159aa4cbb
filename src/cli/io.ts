/** @module The command's streams, passed in so commands can be run and tested in-process. */
import { readStdin, type StdinLimits } from './readStdin.js';

export interface CliIo {
  readonly stdout: { write(text: string): unknown; isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; isTTY?: boolean };
  readonly cwd: string;
  /**
   * Reads all of standard input (for `fixtura sample -`) within the limits; absent when there is none.
   * Throws an InputError for a terminal, a stall or too much input.
   */
  readonly readStdin?: (limits: StdinLimits) => Promise<string>;
}

const readProcessStdin = (limits: StdinLimits): Promise<string> => readStdin(process.stdin, limits);

export const processIo: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  readStdin: readProcessStdin,
};

/**
 * What a usage problem needs besides its one-line message, so the user can act on it without the docs:
 * where (the option, argument or file path at fault), what was expected, what was found, and how to fix it.
 */
export interface UsageDetail {
  /** The option (`--count`), argument (`<contract>`) or file path at fault. */
  readonly where: string;
  readonly expected: string;
  readonly found: string;
  readonly hint: string;
}

/**
 * Thrown by argument parsing and by checks of the command line's files; main turns it into exit 2 with the
 * message, its detail and a pointer to --help. The detail is required, so the compiler holds every usage
 * message to issue 13's promise: where, what was expected, what was found, and a hint.
 * @example
 * throw new UsageError('--workers must be a whole number', {
 *   where: '--workers', expected: 'a whole number from 1 to 64', found: '"two"', hint: 'e.g. --workers 2',
 * });
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    message: string,
    readonly detail: UsageDetail,
  ) {
    super(message);
  }
}

/**
 * The usage error as printed: the message, then the same `where/expected/found/hint` lines formatIssue uses.
 * @example
 * formatUsageError(new UsageError('--workers must be a whole number', { where: '--workers', expected: 'a whole number from 1 to 64', found: '"two"', hint: 'e.g. --workers 2' }))
 * // --workers must be a whole number
 * //   where:    --workers
 * //   expected: a whole number from 1 to 64
 * //   found:    "two"
 * //   hint:     e.g. --workers 2
 */
export function formatUsageError(error: UsageError): string {
  const d = error.detail;
  return [
    error.message,
    `  where:    ${d.where}`,
    `  expected: ${d.expected}`,
    `  found:    ${d.found}`,
    `  hint:     ${d.hint}`,
  ].join('\n');
}
