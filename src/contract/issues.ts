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
}

/** One problem with a contract or with a generation request. */
export interface ContractIssue {
  /** Stable machine-readable code, e.g. `dsl/unknown-type`. */
  readonly code: string;
  readonly message: string;
  readonly location: SourceLocation | null;
  readonly expected?: string;
  readonly found?: string;
  readonly hint?: string;
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
 * Renders an issue the way compilers do, so editors and terminals can jump to it.
 * @example
 * formatIssue(issue)
 * // shop.contract.yaml:7:18: error dsl/unknown-type: unknown type "strng"
 * //   expected: one of string, integer, number, boolean, date, datetime, enum, fk
 * //   found:    strng
 * //   hint:     did you mean "string"?
 */
export function formatIssue(issue: ContractIssue): string {
  const where = issue.location
    ? `${issue.location.file}:${issue.location.line}:${issue.location.column}: `
    : '';
  const lines = [`${where}error ${issue.code}: ${issue.message}`];
  if (issue.expected !== undefined) lines.push(`  expected: ${issue.expected}`);
  if (issue.found !== undefined) lines.push(`  found:    ${issue.found}`);
  if (issue.hint !== undefined) lines.push(`  hint:     ${issue.hint}`);
  return lines.join('\n');
}
