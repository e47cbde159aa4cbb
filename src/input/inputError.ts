/**
 * @module A file or stream that cannot be read as given (missing, special, too large, too deep, outside the
 * allowed root, too slow), with the four parts every exit-2 message carries.
 */

/** Where, what was expected, what was found and how to fix it: the parts of an exit-2 message. */
export interface InputErrorDetail {
  /** The path, `path:line:column`, JSON pointer or option at fault. */
  readonly where: string;
  readonly expected: string;
  readonly found: string;
  readonly hint: string;
}

/** A place in a file: 1-based line and column, and the JSON pointer of the value there when known. */
export interface InputPosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly pointer?: string;
}

/**
 * Thrown by the readers of contracts, schema documents, `$ref` targets, dataset files and standard input.
 * The CLI turns it into exit 2; it never holds the content of a file it refused.
 * @example new InputError('input/special-file', 'contract.yaml is a FIFO, not a file', { where: 'contract.yaml', expected: 'a regular file', found: 'a FIFO (named pipe)', hint: 'save the contract to a file' })
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    /** Stable machine-readable code, e.g. `input/special-file`. */
    readonly code: string,
    message: string,
    readonly detail: InputErrorDetail,
    /** Where in a file, when the problem has a line (an alias, a nesting level, a `$ref`). */
    readonly position: InputPosition | null = null,
  ) {
    super(message);
  }
}
