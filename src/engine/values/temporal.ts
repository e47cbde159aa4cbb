/**
 * @module `date(…)` and `datetime(…)`: whole days or whole seconds between inclusive bounds, formatted
 * without `Date` objects. Open bounds are relative to the reference date, never to the wall clock:
 * both open → the ten years before it; one open → ten years from the other bound.
 */
import { civilFromDays, formatDate, formatDateTime, parseDate, parseDateTime } from '../../model/calendar.js';
import type { ByteWriter } from '../encoders/byteWriter.js';
import type { DateTimeType, DateType } from '../../model/model.js';
import { integerRange } from './integer.js';
import { unit } from '../random/stream.js';
import type { Unwritable } from './unwritableValue.js';
import type { DomainContext, ValueDomain } from './valueDomain.js';

const TEN_YEARS_DAYS = 3653;

function days(text: string | null): number | null {
  if (text === null) return null;
  const r = parseDate(text);
  if (!('days' in r)) throw new Error(`invalid date in model: ${text}`);
  return r.days;
}

function seconds(text: string | null): number | null {
  if (text === null) return null;
  const r = parseDateTime(text);
  if (!('seconds' in r)) throw new Error(`invalid date-time in model: ${text}`);
  return r.seconds;
}

function openRange(min: number | null, max: number | null, ref: number, span: number): [number, number] {
  if (min !== null && max !== null) return [min, max];
  if (min !== null) return [min, Math.max(min, ref) === min ? min + span : ref];
  if (max !== null) return [max - span, max];
  return [ref - span, ref];
}

export function dateRange(type: DateType, ctx: Pick<DomainContext, 'refTime'>): [number, number] {
  return openRange(days(type.min), days(type.max), ctx.refTime.days, TEN_YEARS_DAYS);
}

export function dateTimeRange(type: DateTimeType, ctx: Pick<DomainContext, 'refTime'>): [number, number] {
  return openRange(seconds(type.min), seconds(type.max), ctx.refTime.seconds, TEN_YEARS_DAYS * 86400);
}

/**
 * The ten bytes of `YYYY-MM-DD` for recently written days, by days mod 4096: a dataset's dates fall on a few
 * thousand days, and the calendar arithmetic costs more than copying. A memo of a pure function, so it
 * changes no output.
 */
const DAY_SLOTS = 4096;
const slotDays = new Float64Array(DAY_SLOTS).fill(NaN);
const slotBytes = new Uint8Array(DAY_SLOTS * 10);

/** `YYYY-MM-DD` written as bytes. */
function writeDate(days: number, out: ByteWriter): void {
  const slot = days & (DAY_SLOTS - 1);
  if (slotDays[slot] === days) return out.copy(slotBytes, 10, slot * 10);
  const c = civilFromDays(days);
  const year = Math.floor(c / 10000);
  if (year > 9999 || year < 0) {
    // Years past 9999 are not in a contract's range; `digits` still writes them whole.
    out.digits(year, 4);
    out.byte(45);
    out.pair(Math.floor(c / 100) % 100);
    out.byte(45);
    out.pair(c % 100);
    return;
  }
  const text = `${String(year).padStart(4, '0')}-${String(Math.floor(c / 100) % 100).padStart(2, '0')}-${String(c % 100).padStart(2, '0')}`;
  for (let i = 0; i < 10; i++) slotBytes[slot * 10 + i] = text.charCodeAt(i);
  slotDays[slot] = days;
  out.copy(slotBytes, 10, slot * 10);
}

/** `YYYY-MM-DDTHH:MM:SSZ` written as bytes. */
function writeDateTime(seconds: number, out: ByteWriter): void {
  const days = Math.floor(seconds / 86400);
  const rest = seconds - days * 86400;
  writeDate(days, out);
  out.byte(84);
  out.pair(Math.floor(rest / 3600));
  out.byte(58);
  out.pair(Math.floor(rest / 60) % 60);
  out.byte(58);
  out.pair(rest % 60);
  out.byte(90);
}

function formatted(
  inner: ValueDomain,
  format: (n: number) => string,
  write: (n: number, out: ByteWriter) => void,
  parse: (text: string) => number | undefined,
): ValueDomain {
  const innerIndex = inner.indexOf;
  return {
    indexOf: (v) => {
      const n = typeof v === 'string' ? parse(v) : undefined;
      return n === undefined ? undefined : innerIndex?.(n);
    },
    size: inner.size,
    encoding: 'plain',
    realistic: (row) => format(inner.realistic(row) as number),
    unique: (k, row) => format(inner.unique(k, row) as number),
    writeRealistic: (row, out) => write(inner.realistic(row) as number, out),
    writeUnique: (k, row, out) => write(inner.unique(k, row) as number, out),
    instant: (row) => inner.realistic(row) as number,
  };
}

export function dateDomain(type: DateType, ctx: DomainContext): ValueDomain {
  const [lo, hi] = dateRange(type, ctx);
  return formatted(integerRange(lo, hi, ctx, type.distribution), formatDate, writeDate, (t) => {
    const d = parseDate(t);
    return 'days' in d ? d.days : undefined;
  });
}

export function dateTimeDomain(type: DateTimeType, ctx: DomainContext): ValueDomain {
  const [lo, hi] = dateTimeRange(type, ctx);
  return formatted(integerRange(lo, hi, ctx, type.distribution), formatDateTime, writeDateTime, (t) => {
    const d = parseDateTime(t);
    return 'seconds' in d ? d.seconds : undefined;
  });
}

/** A bound read from another field for a row: days (date) or seconds (date-time), or null when it is empty. */
export type RowBound = (row: number) => number | null;

/**
 * Dates or date-times whose bounds come from other fields of the row (`datetime(>= created_at)`) or of the
 * parent row (`>= customer.created_at`), each moved by its offset (`<= placed_at + 72h`). A side with no field
 * keeps the type's own bound; an open upper side above a field-given lower bound reaches the reference date, or
 * stays at the lower bound when that is later, so the order always holds. A row whose bounds leave no value
 * stops the run (`unwritable`).
 */
export function rowBoundedDomain(
  kind: 'date' | 'datetime',
  type: DateType | DateTimeType,
  ctx: DomainContext,
  lower: RowBound | null,
  upper: RowBound | null,
  unwritable: Unwritable,
): ValueDomain {
  const [lo0, hi0] =
    kind === 'date' ? dateRange(type as DateType, ctx) : dateTimeRange(type as DateTimeType, ctx);
  const ref = kind === 'date' ? ctx.refTime.days : ctx.refTime.seconds;
  const openHigh = type.max === null;
  const openLow = type.min === null;
  const { stream } = ctx;
  const format = kind === 'date' ? formatDate : formatDateTime;
  const value = (row: number): number => {
    const fieldLo = lower?.(row) ?? null;
    const fieldHi = upper?.(row) ?? null;
    let lo = fieldLo ?? lo0;
    let hi = fieldHi ?? (openHigh && fieldLo !== null ? Math.max(ref, fieldLo) : hi0);
    if (fieldHi !== null && fieldLo === null && openLow) lo = Math.min(lo0, fieldHi);
    if (fieldLo !== null && type.min !== null) lo = Math.max(lo, lo0);
    if (fieldHi !== null && type.max !== null) hi = Math.min(hi, hi0);
    // No value between the bounds in this row (a lower field above an upper one, or past a fixed bound):
    // stopping is the only way not to write a value its own contract refuses.
    if (hi < lo) return unwritable(row, `no value between ${format(lo)} and ${format(hi)}`);
    return lo + Math.floor(unit(stream, row, 0) * (hi - lo + 1));
  };
  const write = kind === 'date' ? writeDate : writeDateTime;
  return {
    // Bounds that move with the row cannot be enumerated injectively: such a field cannot be `unique`.
    size: 1,
    encoding: 'plain',
    realistic: (row) => format(value(row)),
    unique: (_k, row) => format(value(row)),
    writeRealistic: (row, out) => write(value(row), out),
    instant: value,
  };
}
