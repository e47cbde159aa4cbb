/**
 * @module The RFC 3339 grammars JSON Schema cites for `date-time`, `time` (§5.6) and `duration` (Appendix A),
 * checked as written. ajv-formats reads them loosely — an offset without its colon (`+0000`) or without
 * minutes (`+01`), a space for the `T`, and a `duration` whose units skip one (`PT1H2S`, `P1Y2D`) — so a
 * document's example such as `2018-03-30T14:00:00+0000` passed Fixtura's own check and reached the output,
 * where a strict validator rejects it (issue 14's corpus). Fixtura asserts these instead.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// time-numoffset is "+"/"-" hour ":" minute; the colon is not optional. T, Z may be lower case (§5.6 NOTE).
const TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[zZ]|([+-])(\d{2}):(\d{2}))$/;

/** Appendix A, rule by rule: a unit's successor may follow it, none may be skipped; no fractions. */
const DUR_SECOND = '\\d+S';
const DUR_MINUTE = `\\d+M(?:${DUR_SECOND})?`;
const DUR_HOUR = `\\d+H(?:${DUR_MINUTE})?`;
const DUR_TIME = `T(?:${DUR_HOUR}|${DUR_MINUTE}|${DUR_SECOND})`;
const DUR_MONTH = '\\d+M(?:\\d+D)?';
const DUR_YEAR = `\\d+Y(?:${DUR_MONTH})?`;
const DUR_DATE = `(?:\\d+D|${DUR_MONTH}|${DUR_YEAR})(?:${DUR_TIME})?`;
const DURATION = new RegExp(`^P(?:${DUR_DATE}|${DUR_TIME}|\\d+W)$`);

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether `value` is an RFC 3339 `full-date` that exists in the calendar.
 * @example isRfc3339Date('2024-02-29') // true
 */
export function isRfc3339Date(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/**
 * Whether `value` is an RFC 3339 `full-time`: a time of day with its offset. A second of 60 is a leap second,
 * which is inserted at the end of a UTC day, so it is accepted only where the time is 23:59 in UTC.
 * @example isRfc3339Time('08:30:06.25+01:00') // true
 * @example isRfc3339Time('08:30:06+0100') // false
 */
export function isRfc3339Time(value: string): boolean {
  const m = TIME.exec(value);
  if (!m) return false;
  const [hour, minute, second, offsetHour, offsetMinute] = [m[1], m[2], m[3], m[5], m[6]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (m[4] !== undefined && (offsetHour > 23 || offsetMinute > 59)) return false;
  if (second < 60) return true;
  const sign = m[4] === '-' ? -1 : 1;
  const offset = m[4] === undefined ? 0 : sign * (offsetHour * 60 + offsetMinute);
  const utc = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440;
  return utc === 23 * 60 + 59;
}

/**
 * Whether `value` is an RFC 3339 `date-time`: a full date, `T` (or `t`), a full time.
 * @example isRfc3339DateTime('2024-03-15T08:30:06.250+01:00') // true
 * @example isRfc3339DateTime('2018-03-30T14:00:00+0000') // false
 */
export function isRfc3339DateTime(value: string): boolean {
  const t = value[10];
  return (t === 'T' || t === 't') && isRfc3339Date(value.slice(0, 10)) && isRfc3339Time(value.slice(11));
}

/**
 * Whether `value` is an RFC 3339 Appendix A `duration`.
 * @example isRfc3339Duration('P1DT2H30M') // true
 * @example isRfc3339Duration('PT1H2S') // false: the minutes between them are missing
 */
export function isRfc3339Duration(value: string): boolean {
  return DURATION.test(value);
}
