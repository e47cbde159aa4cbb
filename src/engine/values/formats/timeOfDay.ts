/**
 * @module RFC 3339 `full-time` pieces shared by `string(time)` and `string(date_time)`: a time of day with
 * an optional fraction, and a UTC offset. Seconds stop at 59: a leap second (`23:59:60Z`) is valid only at
 * the end of a UTC day that had one, which a generator cannot know.
 */
import type { DrawSequence } from './drawSequence.js';

/** `Z` and the offsets in use around the world, including the half- and three-quarter-hour ones. */
export const OFFSETS = [
  'Z', '+00:00', '+01:00', '+02:00', '+03:00', '+04:00', '+05:30', '+05:45', '+08:00', '+09:00', '+09:30',
  '+10:00', '+12:45', '+13:00', '-03:00', '-03:30', '-04:00', '-05:00', '-06:00', '-07:00', '-08:00',
  '-09:30', '-10:00', '-00:00',
] as const; // prettier-ignore

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `HH:MM:SS` for a second of the day in [0, 86400). */
export function clock(second: number): string {
  return `${pad2(Math.floor(second / 3600))}:${pad2(Math.floor(second / 60) % 60)}:${pad2(second % 60)}`;
}

/** A fraction as systems write them: none, milliseconds, microseconds, or one or two digits. */
export function drawFraction(d: DrawSequence): string {
  const shape = d.int(20);
  if (shape < 11) return '';
  if (shape < 17) return `.${String(d.int(1000)).padStart(3, '0')}`;
  if (shape < 19) return `.${String(d.int(1000000)).padStart(6, '0')}`;
  return `.${d.int(100)}`;
}

/** Half of all times in UTC (`Z`), the rest spread over the offsets. */
export function drawOffset(d: DrawSequence): string {
  return d.chance(0.5) ? 'Z' : d.pick(OFFSETS);
}

/** A fraction for unique(): none for 0, else exactly three digits, so the milliseconds can be read back. */
export function milliseconds(ms: number): string {
  return ms === 0 ? '' : `.${String(ms).padStart(3, '0')}`;
}
