/** @module The upper limit of a numeric option, refused with the option's name rather than obeyed into a hang. */
import { UsageError } from './io.js';

/**
 * Returns `value` when it is at most `max`.
 * @throws UsageError naming the option, the limit and what to do instead
 * @example withinLimit(100000, '--workers', 64, 'leave --workers out to use every core') // throws
 */
export function withinLimit(value: number, option: string, max: number, hint: string): number {
  if (value <= max) return value;
  throw new UsageError(`${option} ${value} is above its limit of ${max} (see docs/limits.md)`, {
    where: option,
    expected: `a whole number of at most ${max}`,
    found: String(value),
    hint,
  });
}
