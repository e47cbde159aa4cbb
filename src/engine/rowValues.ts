/**
 * @module The values of a row's other fields as JavaScript values, for fields that depend on them (derived
 * fields, `when:` conditions, bounds taken from another field). Each is recomputed from its own pure function
 * of the row, so a dependent field needs no buffer and rows stay independent of each other.
 */
import { parseDate, parseDateTime } from '../model/calendar.js';
import { PRESENT, type CompiledField } from './compiledDataset.js';
import type { FieldValue } from './values/valueDomain.js';

/** A field's value decoded from its written form: number text to numbers, JSON text to values. */
export function decoded(field: CompiledField, value: FieldValue): unknown {
  if (value === undefined || value === null) return value;
  if (field.encoding === 'raw' && typeof value === 'string') return Number(value);
  if (field.encoding === 'json' && typeof value === 'string') return JSON.parse(value) as unknown;
  return value;
}

/** A field's value in a row, decoded; straight from the number for a fixed-decimal field (no text round trip). */
export function valueOf(field: CompiledField, row: number): unknown {
  return field.number ? field.number(row) : decoded(field, field.value(row));
}

/** The record of the given fields for a row (absent keys left out). */
export function rowReader(fields: readonly CompiledField[]): (row: number) => Record<string, unknown> {
  return (row) => {
    const record: Record<string, unknown> = {};
    for (const f of fields) {
      const v = valueOf(f, row);
      if (v !== undefined) record[f.name] = v;
    }
    return record;
  };
}

/** A date or date-time value as days or seconds (a date bound on a date-time counts from its midnight). */
export function temporalNumber(value: FieldValue, as: 'date' | 'datetime'): number | null {
  if (typeof value !== 'string') return null;
  const isDate = value.length === 10;
  if (isDate) {
    const d = parseDate(value);
    if (!('days' in d)) return null;
    return as === 'date' ? d.days : d.days * 86400;
  }
  const t = parseDateTime(value);
  if (!('seconds' in t)) return null;
  return as === 'datetime' ? t.seconds : Math.floor(t.seconds / 86400);
}

/** `valueOf(field, row)` as a function of the row: the field's own number or value where that is the same. */
export function readerOf(field: CompiledField): (row: number) => unknown {
  if (field.number) return field.number;
  if (field.encoding === 'raw' || field.encoding === 'json') return (row) => decoded(field, field.value(row));
  return field.value;
}

/** Whether a foreign key has a parent in a row: it is present (asked without rendering the parent's key). */
export function hasParent(reference: CompiledField, row: number): boolean {
  return reference.presence === null || reference.presence(row) === PRESENT;
}
