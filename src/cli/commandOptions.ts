/** @module Which command takes which option, so an option given to the wrong command is sent to the right one. */

/**
 * Each command's own options (the reading options every command takes are left out). Kept true by
 * test/e2e/didYouMean.e2e.test.ts, which gives every option here to its command.
 */
export const COMMAND_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  generate: [
    '--seed',
    '--count',
    '--rows',
    '-n',
    '--out',
    '--entity',
    '--format',
    '--tenant',
    '--env',
    '--run-id',
    '--ref-date',
    '--profile',
    '--workers',
    '--batch-size',
    '--quiet',
  ],
  validate: ['--entity', '--format', '--max-issues', '--report', '--coverage'],
  sample: [
    '-n',
    '--seed',
    '--pointer',
    '--operation',
    '--request',
    '--response',
    '--all',
    '--profile',
    '--skipped',
    '--explain',
  ],
  schema: ['--entity'],
  types: ['--out'],
  coverage: ['--format', '--out', '--min'],
};

/**
 * The other commands that take an option, in the order above.
 * @example commandsTaking('--rows', 'sample') // ['generate']
 */
export function commandsTaking(option: string, except: string): string[] {
  return Object.entries(COMMAND_OPTIONS)
    .filter(([command, options]) => command !== except && options.includes(option))
    .map(([command]) => command);
}
