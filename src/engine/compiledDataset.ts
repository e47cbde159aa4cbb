/**
 * @module What compiling a dataset gives: one value function per field, whose `value(row)` is a pure function
 * of (seed, tenant, environment, entity, field, row). The encoders, the records, the field kinds that read
 * other fields and the overlays all work on these shapes; `compileDataset` makes them.
 */
import type { ByteWriter } from './encoders/byteWriter.js';
import type { Plan } from './plan.js';
import type { FieldValue, ValueDomain } from './values/valueDomain.js';
import type { Waves } from './waves.js';

export interface CompiledField {
  readonly name: string;
  readonly encoding: ValueDomain['encoding'];
  /** The field's value in a row; `undefined` when the key is absent. */
  readonly value: (row: number) => FieldValue;
  /** Whether a row has a value (`PRESENT`), `null` (`NULL`) or no key (`ABSENT`); `null` when always present. */
  readonly presence: ((row: number) => Presence) | null;
  /**
   * The byte fast path: writes a present value's text, unquoted, exactly as `String(value(row))`; `null` for
   * fields that must go through `value` (strings that may need escaping).
   */
  readonly writeText: ((row: number, out: ByteWriter) => void) | null;
  /** For a foreign key: the parent row a child row points to (bounds like `>= customer.created_at` read it). */
  readonly parentRow?: (row: number) => number;
  /** For a date or date-time: its days or seconds, `null` where the value is null or absent. */
  readonly instant?: (row: number) => number | null;
  /** For a fixed-decimal number: its value as a number (`null` or `undefined` where null or absent). */
  readonly number?: (row: number) => number | null | undefined;
}

export const PRESENT = 0;
export const NULL = 1;
export const ABSENT = 2;
export type Presence = typeof PRESENT | typeof NULL | typeof ABSENT;

export interface CompiledEntity {
  readonly name: string;
  readonly count: number;
  readonly fields: readonly CompiledField[];
}

export interface CompiledDataset {
  readonly plan: Plan;
  readonly entities: readonly CompiledEntity[];
  /** The entities encoded in waves, and the windows of the fields they read of each other (waves.ts). */
  readonly waves: Waves;
}
