/**
 * @module The seam for semantic string formats (`string(email)`, `string(iban)`, …): one file per format,
 * each exporting a `StringFormat`, registered in `formats.ts`.
 */
import type { ByteWriter } from '../../encoders/byteWriter.js';
import type { Stream } from '../../random/stream.js';

/** JSON Schema keywords that every value of a format satisfies; used by the Model → JSON Schema export. */
export interface FormatSchema {
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
}

/**
 * A value domain for strings. Each format knows how many distinct values it has, so that a `unique` field
 * can fail before generating when the count exceeds it, and can enumerate them injectively, so that
 * `unique` holds by construction (value = unique(permutation(row))).
 */
export interface StringFormat {
  readonly name: string;
  /** One line for the reference docs. */
  readonly summary: string;
  /** Number of distinct values; `Infinity` when it exceeds 2^52 (and so any feasible row count). */
  readonly size: number;
  /** True when no value ever needs escaping in JSON or quoting in CSV (no quote, backslash, comma, control). */
  readonly plain: boolean;
  readonly schema: FormatSchema;
  /** Compiles the realistic draw: a pure function of the row, using draws of `stream` only. */
  realistic(stream: Stream): (row: number) => string;
  /**
   * Compiles an injective enumeration: distinct `k` in [0, min(size, 2^52)) give distinct values. `row` may
   * drive decoration that does not affect distinctness (e.g. which reserved domain an email uses).
   */
  unique(stream: Stream): (k: number, row: number) => string;
  /** Optional byte fast paths, identical in output to `realistic` and `unique` (see ValueDomain). */
  writeRealistic?(stream: Stream): (row: number, out: ByteWriter) => void;
  writeUnique?(stream: Stream): (k: number, row: number, out: ByteWriter) => void;
}

/** Picks one element of a non-empty list by an index in [0, list.length). */
export function at<T>(list: readonly T[], index: number): T {
  return list[index] as T;
}
