/**
 * @module A defect of the judge, shown with its arithmetic: hyperjump's `multipleOf` computes
 * `value % multipleOf` in doubles and accepts a remainder within 1.19e-7 of 0 or of `multipleOf`. JavaScript's
 * `%` keeps the dividend's sign, so for a negative value that is an exact multiple the remainder lands near
 * `-multipleOf`: -108.5 is -1085 × 0.1, yet `-108.5 % 0.1` is -0.0999999999999889, and hyperjump rejects it
 * (dodo.ac's `tank_width`). JSON Schema defines `multipleOf` on the numbers the JSON text writes: "a numeric
 * instance is valid only if division by this keyword's value results in an integer". So an instance whose
 * only failures are such `multipleOf`s is re-checked here in exact decimal arithmetic; one that passes is a
 * judge defect, counted and printed apart, not an invalid instance.
 */
import { valueAt } from './invalidCause.js';

/** A finite double as the decimal JSON writes it (its shortest round-trip text): units × 10^-scale. */
function decimal(x: number): { units: bigint; scale: number } {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!match) throw new RangeError(`${x} is not a finite number`);
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const units = BigInt(`${sign}${whole}${fraction}`);
  const scale = fraction.length - Number(exponent);
  return scale >= 0 ? { units, scale } : { units: units * 10n ** BigInt(-scale), scale: 0 };
}

/**
 * `value / multipleOf` when it is an integer in exact decimal arithmetic on the numbers as JSON writes
 * them, else undefined.
 * @example exactQuotient(-108.5, 0.1) // -1085n
 * @example exactQuotient(0.3, 0.2) // undefined
 */
export function exactQuotient(value: number, multipleOf: number): bigint | undefined {
  const v = decimal(value);
  const m = decimal(multipleOf);
  const scale = Math.max(v.scale, m.scale);
  const vu = v.units * 10n ** BigInt(scale - v.scale);
  const mu = m.units * 10n ** BigInt(scale - m.scale);
  if (mu === 0n || vu % mu !== 0n) return undefined;
  return vu / mu;
}

/**
 * When every error of a rejected instance is a `multipleOf` that the value meets exactly, the arithmetic
 * that shows it (one line per error); otherwise undefined, and the instance stays invalid. A failure under
 * `oneOf` or `not` is never excused: there, a branch the judge wrongly failed may be one the instance must
 * not match.
 *
 * @example
 * multipleOfDefect(['#/w fails multipleOf (#/$defs/A/properties/w/multipleOf)'], { w: -108.5 }, converted);
 * // '#/w: -108.5 = -1085 × 0.1 exactly, but hyperjump computes -108.5 % 0.1 = -0.0999999999999889 (…)'
 */
export function multipleOfDefect(
  errors: readonly string[],
  instance: unknown,
  schema: object,
): string | undefined {
  if (errors.length === 0) return undefined;
  const lines: string[] = [];
  for (const error of errors) {
    const match = /^(#\S*) fails multipleOf \((#\S*)\)$/.exec(error);
    if (!match) return undefined;
    const [, at = '', where = ''] = match;
    if (/\/(?:oneOf|not)(?:\/|$)/.test(where)) return undefined;
    const value = valueAt(instance, at);
    const multipleOf = valueAt(schema, where);
    if (typeof value !== 'number' || typeof multipleOf !== 'number' || multipleOf <= 0) return undefined;
    const quotient = exactQuotient(value, multipleOf);
    if (quotient === undefined) return undefined;
    lines.push(
      `${at}: ${value} = ${quotient} × ${multipleOf} exactly, but hyperjump computes ${value} % ${multipleOf} = ` +
        `${value % multipleOf} and accepts only a remainder within 1.19e-7 of 0 or of ${multipleOf}`,
    );
  }
  return lines.join('; ');
}
