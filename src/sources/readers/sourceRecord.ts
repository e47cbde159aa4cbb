/** @module What every dataset reader yields: a parsed record with its line, or a line that could not be read. */

export type SourceRecord =
  | { readonly line: number; readonly record: unknown }
  | { readonly line: number; readonly malformed: string; readonly expected: string };
