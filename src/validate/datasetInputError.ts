/** @module A dataset argument Fixtura cannot use (an unknown entity, a file of no known format): bad input. */

/**
 * Thrown while resolving the dataset's files, before any is read; the command turns it into exit 2 with its
 * detail (the same where/expected/found/hint parts as a usage error).
 */
export class DatasetInputError extends Error {
  override readonly name = 'DatasetInputError';

  constructor(
    message: string,
    readonly detail: {
      readonly where: string;
      readonly expected: string;
      readonly found: string;
      readonly hint: string;
    },
  ) {
    super(message);
  }
}
