/**
 * @module The one error a per-run context throws for misuse: a format, reader or preset it cannot register, or
 * a request it cannot serve. Problems of a contract or a dataset stay data (ContractIssue, ValidationIssue).
 */

export class FixturaUsageError extends Error {
  override readonly name = 'FixturaUsageError';

  /**
   * @param code stable and machine-readable, e.g. `context/format-taken`
   * @param message what is wrong, where, and how to fix it
   * @example new FixturaUsageError('context/format-taken', 'addFormat: "email" is a built-in format; give yours another name')
   */
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
