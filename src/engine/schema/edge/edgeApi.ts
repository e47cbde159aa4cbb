/**
 * @module The public face of edge payloads (issue 6): valid instances that each put one value of a schema on
 * a boundary or through a branch — a bound, a shortest or longest string, an enum value, null, an absent
 * optional property, a oneOf branch — labelled with what they hit.
 */
import type { JsonValue } from '../../../model/model.js';

/** One edge an instance hits. */
export interface EdgeHit {
  /** JSON pointer into the instance of the value on the edge (for an absent property, that key's path). */
  readonly path: string;
  /** What the value hits: `minimum`, `maxLength`, `enum`, `null`, `absent`, `oneOf`… (docs/sample.md). */
  readonly kind: string;
  /** JSON pointer of the keyword (or branch) in the schema — in the whole document, for an OpenAPI target. */
  readonly schemaPath: string;
}

/** A valid instance, one change away from the walk's valid record, and the edges that change hits. */
export interface EdgeInstance {
  readonly instance: JsonValue;
  /** Usually one; several when different edges give the same instance (listed once). */
  readonly hits: readonly EdgeHit[];
}

/** An edge no valid instance was found for, and why. */
export interface SkippedEdge extends EdgeHit {
  readonly reason: string;
}

export interface EdgeOptions {
  /** Any string (default `fixtura`): picks the valid record the edges start from, and the values built. */
  readonly seed?: string;
  /** At most this many instances (default 64); the list is cut at the same place on every run. */
  readonly max?: number;
}

export interface EdgeResult {
  readonly instances: readonly EdgeInstance[];
  readonly skipped: readonly SkippedEdge[];
  /** Whether the list was cut short: by `max`, or by the walk's bound of 5 000 values per schema. */
  readonly truncated: boolean;
}

export const DEFAULT_EDGE_MAX = 64;
