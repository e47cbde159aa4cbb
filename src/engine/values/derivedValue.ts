/**
 * @module `derive(expr)` fields: the value a CEL expression computes from the row's other fields
 * (`derive(round(quantity * unit_price, 2))`) and its parent rows' (`derive(product.price)`). Written as a number,
 * boolean or string by the expression's type (an instant as `YYYY-MM-DDTHH:MM:SSZ`). A row where it has no value
 * (an input is null or absent, the evaluation fails) or a value no JSON can hold stops the run
 * (unwritableValue.ts) — unless the field is `nullable`, where a missing input gives null.
 */
import { expressionType } from '../../expression/compileRule.js';
import { formatDateTime } from '../../model/calendar.js';
import type { Entity, Model } from '../../model/model.js';
import type { Unwritable } from './unwritableValue.js';
import type { FieldValue, ValueDomain } from './valueDomain.js';

function written(value: unknown): FieldValue {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return formatDateTime(Math.floor(value.getTime() / 1000));
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value === null)
    return value;
  return null;
}

/**
 * A derived field's value for a row, written as a number, boolean, string or instant. A number no JSON can
 * hold (NaN, ±Infinity, an integer beyond 2^53), an evaluation that fails (a division by zero, an int
 * overflow) and a null stop the run: the field's schema promises a value there. Only a `nullable` field takes
 * null, where an input is null or absent (the contract check refuses most other cases first: unguardedNull.ts).
 */
function checked(
  evaluate: (row: number) => unknown,
  inputMissing: (row: number) => string | null,
  unwritable: Unwritable,
  nullable: boolean,
): (row: number) => FieldValue {
  return (row) => {
    let v: unknown;
    try {
      v = evaluate(row);
    } catch (e) {
      const missing = inputMissing(row);
      if (missing !== null && nullable) return null;
      const error = String((e as Error).message).split('\n')[0];
      return unwritable(
        row,
        missing === null
          ? `an evaluation error: ${error}`
          : `no value: ${missing} is null or absent in this row (${error})`,
      );
    }
    if (v === null && !nullable) {
      const missing = inputMissing(row);
      return unwritable(row, `null${missing === null ? '' : `: ${missing} is null or absent in this row`}`);
    }
    // The one per-value check on the hot path: a double's finiteness.
    if (typeof v === 'number') return Number.isFinite(v) ? v : unwritable(row, String(v));
    if (typeof v === 'bigint' && (v > MAX_EXACT_BIG || v < -MAX_EXACT_BIG))
      return unwritable(row, `${v}, beyond 2^53 where a JSON number stops being exact`);
    const out = written(v);
    // A list, a map or bytes (from a json input read as dyn) is no value a derived field writes.
    if (out === null && v !== null)
      return unwritable(
        row,
        `a ${typeof v === 'object' ? 'list, map or bytes' : typeof v}, not a number, text, boolean or instant`,
      );
    return out;
  };
}

const MAX_EXACT_BIG = BigInt(Number.MAX_SAFE_INTEGER);

export function derivedDomain(
  model: Model,
  entity: Entity,
  expression: string,
  evaluate: (row: number) => unknown,
  inputMissing: (row: number) => string | null,
  unwritable: Unwritable,
  nullable: boolean,
): ValueDomain {
  const type = expressionType(model, entity, expression);
  const value = checked(evaluate, inputMissing, unwritable, nullable);
  if (type === 'dyn') {
    // Typed only per row (it reads other derived or nullable fields): written as JSON text of whatever it gives.
    const json = (row: number): FieldValue => JSON.stringify(value(row));
    return { size: 1, encoding: 'json', realistic: json, unique: (_k, row) => json(row) };
  }
  const numeric = type === 'int' || type === 'double';
  return {
    // A function of other fields: not enumerable on its own, so a derived field cannot be `unique`.
    size: 1,
    encoding: numeric ? 'number' : type === 'bool' ? 'boolean' : 'string',
    realistic: value,
    unique: (_k, row) => value(row),
    // What an aggregate over children reads, child after child: the expression's number, nothing between.
    ...(numeric ? { number: (row: number) => numberOf(value(row)) } : {}),
  };
}

function numberOf(v: FieldValue): number | null {
  return typeof v === 'number' ? v : null;
}
