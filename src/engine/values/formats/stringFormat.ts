/**
 * @module The seam for semantic string formats (`string(email)`, `string(iban)`, …): one file per format,
 * each exporting a `StringFormat`, registered in `formats.ts`.
 */
import type { ByteWriter } from '../../encoders/byteWriter.js';
import type { Stream } from '../../random/stream.js';
import type { LocaleTag } from '../../../model/localeTag.js';
import type { FormatSchema } from '../../../model/formatSchema.js';
import type { ReferenceTime } from '../valueDomain.js';

export type { FormatSchema };

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
  /**
   * A value of the format made exactly `length` characters long by filling a part the format leaves free with
   * the letters of `filler` (at least `length` of them), or null when the format has no value that long.
   * For the schema sampler, whose `minLength` may ask for more than the realistic values have.
   */
  lengthen?(value: string, length: number, filler: string): string | null;
  /** Optional byte fast paths, identical in output to `realistic` and `unique` (see ValueDomain). */
  writeRealistic?(stream: Stream): (row: number, out: ByteWriter) => void;
  writeUnique?(stream: Stream): (k: number, row: number, out: ByteWriter) => void;
  /**
   * The locales with data of their own for this format (names, addresses, phone ranges…); absent when the
   * format's values do not depend on a country.
   */
  readonly locales?: readonly LocaleTag[];
  /**
   * The format's variant for a locale: the same name, with its own values, `size`, `schema` and `unique`.
   * A locale outside `locales` gets the default variant. The default is the en-US variant for every format
   * that existed before locales (so old seeds keep their bytes); formats whose values name *the* country
   * (`country`, `currency_code`, `timezone`) draw worldwide by default, and their en-US variant is the
   * United States' own value.
   */
  readonly localized?: (locale: LocaleTag) => StringFormat;
  /**
   * The format's variant for a reference time ("now"), for formats whose values are relative to it
   * (`past_date`, `future_date`, the timestamp in `uuid_v7` and `ulid`). The engine passes the run's
   * `refTime` (DomainContext); the format object itself uses DEFAULT_REF_TIME, the engine's default
   * `--ref-date`. Formats never read the clock (ARCHITECTURE §2).
   */
  readonly withRefTime?: (refTime: ReferenceTime) => StringFormat;
}

/** Picks one element of a non-empty list by an index in [0, list.length). */
export function at<T>(list: readonly T[], index: number): T {
  return list[index] as T;
}
