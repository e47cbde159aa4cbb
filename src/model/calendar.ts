/**
 * @module Proleptic Gregorian calendar arithmetic on plain integers (days and seconds since 1970-01-01 UTC),
 * without `Date` objects: exact for any year 0000–9999, fast on the hot path, and independent of time zones.
 */

/** Days since 1970-01-01 of a civil date (Howard Hinnant's `days_from_civil`). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const PAD2: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/**
 * The civil date of days since 1970-01-01 (Hinnant's `civil_from_days`), packed as `year * 10000 +
 * month * 100 + day` so the hot path allocates nothing.
 * @example civilFromDays(0) // 19700101
 */
export function civilFromDays(days: number): number {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10000 + m * 100 + d;
}

/**
 * `YYYY-MM-DD` for days since 1970-01-01.
 * @example formatDate(0) // "1970-01-01"
 */
export function formatDate(days: number): string {
  const c = civilFromDays(days);
  const y = Math.floor(c / 10000);
  return (
    String(y).padStart(4, '0') +
    '-' +
    (PAD2[Math.floor(c / 100) % 100] as string) +
    '-' +
    (PAD2[c % 100] as string)
  );
}

/**
 * `YYYY-MM-DDTHH:MM:SSZ` for seconds since the Unix epoch.
 * @example formatDateTime(86399) // "1970-01-01T23:59:59Z"
 */
export function formatDateTime(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  let rest = seconds - days * 86400;
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const min = Math.floor(rest / 60);
  const s = rest - min * 60;
  return (
    formatDate(days) +
    'T' +
    (PAD2[h] as string) +
    ':' +
    (PAD2[min] as string) +
    ':' +
    (PAD2[s] as string) +
    'Z'
  );
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a date or date-time text is not valid, or `null` when it is. */
export type CalendarProblem = string | null;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/i;

/** Parses `YYYY-MM-DD` into days since 1970-01-01, or explains what is wrong. */
export function parseDate(text: string): { days: number } | { problem: string } {
  const m = DATE.exec(text);
  if (!m) return { problem: 'a date written YYYY-MM-DD' };
  return checkCivil(Number(m[1]), Number(m[2]), Number(m[3]), (days) => ({ days }));
}

/**
 * Parses an ISO 8601 date-time (`2024-05-01T12:00:00Z`, an offset like `+02:00`, or a bare date meaning
 * midnight) into whole seconds since the epoch, UTC; a time without an offset is taken as UTC.
 * Fractions of a second round toward the inside of a bound: `roundUp` for lower bounds.
 */
export function parseDateTime(text: string, roundUp = false): { seconds: number } | { problem: string } {
  const m = DATE_TIME.exec(text);
  if (!m) return { problem: 'an ISO 8601 date-time such as 2024-05-01T12:00:00Z' };
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  if (hour > 23 || minute > 59 || second > 59)
    return { problem: 'a time of day between 00:00:00 and 23:59:59' };
  let offsetSeconds = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return { problem: 'a UTC offset between -23:59 and +23:59' };
    offsetSeconds = sign * (oh * 3600 + om * 60);
  }
  const fraction = m[7] && Number(m[7]) > 0 && roundUp ? 1 : 0;
  return checkCivil(Number(m[1]), Number(m[2]), Number(m[3]), (days) => ({
    seconds: days * 86400 + hour * 3600 + minute * 60 + second + fraction - offsetSeconds,
  }));
}

function checkCivil<T>(
  year: number,
  month: number,
  day: number,
  ok: (days: number) => T,
): T | { problem: string } {
  if (month < 1 || month > 12)
    return { problem: `a month between 01 and 12 (found ${String(month).padStart(2, '0')})` };
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) return { problem: `a day between 01 and ${max} for ${year}-${PAD2[month]}` };
  return ok(daysFromCivil(year, month, day));
}
