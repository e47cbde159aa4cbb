/**
 * @module Located problems: every parser and the planner report what is wrong as data, never as a bare
 * string, so the CLI, the library and later the service can all present them.
 */

/** Where a problem is: a file position (1-based line and column) and/or a JSON pointer into the source. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly pointer?: string;
  readonly option?: undefined;
}

/**
 * Where a problem is when no line can be named: a whole file, or a place in it by JSON pointer. Never a made-up
 * `line: 1`, which would send an editor to the wrong place.
 */
export interface FileLocation {
  readonly file: string;
  readonly pointer?: string;
  readonly line?: undefined;
  readonly column?: undefined;
  readonly option?: undefined;
}

/** A problem with a generation request rather than a file: the command-line option (or library option) at fault. */
export interface OptionLocation {
  /** As typed on the command line, e.g. `--count` or `--profile`. */
  readonly option: string;
  readonly file?: undefined;
  readonly line?: undefined;
  readonly column?: undefined;
  readonly pointer?: undefined;
}

export type IssueLocation = SourceLocation | FileLocation | OptionLocation;

/**
 * One problem with a contract or with a generation request. Every part is required, so that every message
 * says where, what was expected, what was found and what to do (issue 13): the compiler enforces it.
 */
export interface ContractIssue {
  /** Stable machine-readable code, e.g. `dsl/unknown-type`. */
  readonly code: string;
  readonly message: string;
  readonly location: IssueLocation;
  readonly expected: string;
  readonly found: string;
  readonly hint: string;
}

/** Thrown by library entry points that cannot go on; carries every problem found, not only the first. */
export class ContractError extends Error {
  readonly issues: readonly ContractIssue[];

  constructor(issues: readonly ContractIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ContractError';
    this.issues = issues;
  }
}

/**
 * Where an issue is, as a compiler prints it: `file:line:column`, `file#/pointer` when no line is known,
 * `file` for a whole file, or the option (`--count`) for a problem with the request.
 */
export function formatLocation(location: IssueLocation): string {
  if (location.option !== undefined) return location.option;
  if (location.line !== undefined) return `${location.file}:${location.line}:${location.column}`;
  return location.pointer !== undefined ? `${location.file}#${location.pointer}` : location.file;
}

/**
 * Renders an issue the way compilers do, so editors and terminals can jump to it.
 * @example
 * formatIssue(issue)
 * // shop.contract.yaml:7:18: error dsl/unknown-type: unknown type "strng"
 * //   expected: one of string, integer, number, boolean, date, datetime, enum, fk
 * //   found:    strng
 * //   hint:     did you mean "string"?
 */
export function formatIssue(issue: ContractIssue): string {
  return [
    `${formatLocation(issue.location)}: error ${issue.code}: ${issue.message}`,
    `  expected: ${issue.expected}`,
    `  found:    ${issue.found}`,
    `  hint:     ${issue.hint}`,
  ].join('\n');
}
