/**
 * @module The seam a profile is made of: an overlay changes fields after their kind made them, and a profile
 * is an ordered list of overlays (profileOverlays.ts). The edge overlay is the first; enrichment (pool values
 * an LLM wrote) and masking are to follow. Each step is optional; the compiler applies the list in order.
 */
import type { Entity, Field } from '../../model/model.js';
import type { CompiledField, Presence } from '../compiledDataset.js';
import type { FieldValue, ValueDomain } from '../values/valueDomain.js';

/** The k of the domain's enumeration each row takes: never the same k for two rows, so no value repeats. */
export interface RowPermutation {
  readonly apply: (row: number) => number;
}

/** A field as the compiler hands it to an overlay. */
export interface OverlaidField {
  readonly entity: Entity;
  readonly field: Field;
  /** The field's value domain: its kind's, or its component of a composite key. */
  readonly domain: ValueDomain;
}

/** What `apply` may use besides the field as compiled. */
export interface OverlaidParts {
  /** The field's value in a row whatever its presence: the domain's (or its permutation's), memoized. */
  readonly core: (row: number) => FieldValue;
  /** The field's `when:` condition alone (`PRESENT` or `ABSENT`), or `null`; compiled on first ask. */
  readonly condition: () => ((row: number) => Presence) | null;
}

/**
 * One overlay of a profile. Both steps are pure functions of the row, as everything the compiler makes, so
 * an overlaid field is the same in every worker and shard.
 * @example
 * // Customer.email in upper case: its nulls and absences kept, its byte path dropped.
 * const shout: FieldOverlay = {
 *   name: 'shout',
 *   apply: ({ entity, field }, compiled) => {
 *     if (entity.name !== 'Customer' || field.name !== 'email') return compiled;
 *     const value = (row: number) => {
 *       const v = compiled.value(row);
 *       return typeof v === 'string' ? v.toUpperCase() : v;
 *     };
 *     return { ...compiled, value, writeText: null };
 *   },
 * };
 */
export interface FieldOverlay {
  /** Names the overlay in messages and tests (`edge`). */
  readonly name: string;
  /**
   * A unique field's permutation, given the one before it (the keyed permutation, or the previous overlay's).
   * It must stay injective on the rows `[0, count)`, or the field stops being unique.
   */
  readonly permutation?: (
    field: OverlaidField,
    permutation: RowPermutation,
    size: number,
    count: number,
  ) => RowPermutation;
  /** The field as written, given the field as compiled so far; `compiled` itself where it changes nothing. */
  readonly apply?: (field: OverlaidField, compiled: CompiledField, parts: OverlaidParts) => CompiledField;
}
