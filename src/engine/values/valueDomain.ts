/**
 * @module The seam every value generator implements: a domain knows its size, draws realistic values, and
 * enumerates its values injectively so that `unique` holds by construction (ARCHITECTURE §3).
 */
import type { ByteWriter } from '../encoders/byteWriter.js';
import type { Stream } from '../random/stream.js';

/** A generated value; `undefined` means the key is absent from the record. */
export type FieldValue = string | number | boolean | null | undefined;

export interface ValueDomain {
  /** Number of distinct values `unique` enumerates; `Infinity` when above 2^52. */
  readonly size: number;
  /**
   * How the value is written: strings that never need escaping are `plain`; `raw` values are strings that
   * already hold a JSON number's text (fixed-decimal numbers are formatted from integers, exactly); `json`
   * values are strings holding any JSON value's text (a CSV cell quotes it).
   */
  readonly encoding: 'plain' | 'string' | 'raw' | 'number' | 'boolean' | 'json';
  /** The realistic value of a row. */
  readonly realistic: (row: number) => FieldValue;
  /** An injective enumeration: distinct k in [0, min(size, 2^52)) give distinct values. */
  readonly unique: (k: number, row: number) => FieldValue;
  /**
   * Optional fast paths for `plain`, `raw`, `number` and `boolean` domains: write the value's text (unquoted)
   * straight into the output, byte for byte what `String(realistic(row))` / `String(unique(k, row))` is.
   * They exist because building strings and encoding them was the hot path's main cost (ADR 001).
   */
  readonly writeRealistic?: (row: number, out: ByteWriter) => void;
  readonly writeUnique?: (k: number, row: number, out: ByteWriter) => void;
  /** A foreign key's parent row for a child row (realistic draws; `unique` walks its permutation instead). */
  readonly parentOf?: (row: number) => number;
  /**
   * A date's days or a date-time's seconds since the epoch, for the realistic value of a row: what a bound
   * taken from this field (`>= placed_at`) reads, without formatting and parsing text.
   */
  readonly instant?: (row: number) => number;
  /**
   * For a `raw` number (fixed decimals) or a numeric derive: the realistic value as a number, what dependents
   * read — equal to the value decoded from its text.
   */
  readonly number?: (row: number) => number | null;
  /**
   * The inverse of `unique` for the values it can name (a bound, an enum value): the k with unique(k) = value,
   * or undefined. The edge profile places such values in a unique field without repeating them.
   */
  readonly indexOf?: (value: string | number | boolean) => number | undefined;
  /** Rows whose value is null by construction (a tree's roots), over the field's nullable share. */
  readonly nullAt?: (row: number) => boolean;
}

/** The reference instant ("now") every relative default is computed from; never the wall clock. */
export interface ReferenceTime {
  readonly days: number;
  readonly seconds: number;
}

/** What a domain factory may use besides the field's own type. */
export interface DomainContext {
  readonly stream: Stream;
  readonly refTime: ReferenceTime;
  /** Edge and mixed profiles: `between` blocks start with their largest, smallest and one-child parents. */
  readonly edgeBlocks?: boolean;
}
