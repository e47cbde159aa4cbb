/**
 * @module Problems found in a dataset, as data: which record (file and line), which field (JSON pointer), which
 * rule, what was expected and what was there.
 */

export interface ValidationIssue {
  /** Stable code: `schema/<keyword>`, `integrity/dangling-reference`, `unique/duplicate`, `input/…`. */
  readonly code: string;
  readonly entity: string;
  /** The file, or the name of a record source that is not one (`memory:Order`). */
  readonly file: string;
  /**
   * 1-based line of the record (of its first line for multi-line records), the record's 1-based position for a
   * source that is not a file, or null for file-level issues.
   */
  readonly line: number | null;
  /** JSON pointer into the record, e.g. `/total_eur`; empty for the whole record. */
  readonly field: string;
  readonly expected: string;
  readonly actual: string;
  readonly message: string;
}
