/**
 * @module The public face of negative payloads (issue 6): records that break exactly one rule of a schema,
 * each labelled with the rule, so a contract test can assert the API rejects it for that reason.
 */
import type { JsonValue } from '../../../model/model.js';

/** The one rule a negative record breaks. */
export interface Violation {
  /** `schema/<keyword>`, the code `fixtura validate` reports for the same failure. */
  readonly code: string;
  /** JSON pointer into the record: the value that breaks the rule; for a missing or extra key, that key's path. */
  readonly path: string;
  /** The JSON Schema keyword, e.g. `maxLength`, `required`, `additionalProperties`. */
  readonly keyword: string;
  /** JSON pointer of the keyword in the schema (in the whole document, for an OpenAPI target). */
  readonly schemaPath: string;
}

/** A record the schema rejects, for exactly the reason in `violates`. */
export interface NegativeInstance {
  readonly record: JsonValue;
  readonly violates: Violation;
}

/** A rule no negative record was kept for, and why: for debugging schemas and for the docs. */
export interface SkippedNegative {
  readonly keyword: string;
  readonly path: string;
  readonly schemaPath: string;
  readonly reason: string;
}

export interface NegativeOptions {
  /** Any string (default `fixtura`): picks the valid record the mutations start from. */
  readonly seed?: string;
  /** At most this many records (default 500); the list is cut at the same place on every run. */
  readonly max?: number;
  /** The valid record to break, instead of a sampled one (a dataset's row, whose references resolve). */
  readonly start?: JsonValue;
}

export interface NegativeResult {
  readonly instances: readonly NegativeInstance[];
  readonly skipped: readonly SkippedNegative[];
  /** Whether the list was cut short: by `max`, or by the walk's bound of 5 000 values per schema. */
  readonly truncated: boolean;
}

export const DEFAULT_NEGATIVE_MAX = 500;
