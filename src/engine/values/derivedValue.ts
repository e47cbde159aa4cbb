/**
 * @module `derive(expr)` fields: the value a CEL expression computes from the row's other fields
 * (`derive(round(quantity * unit_price, 2))`) and its parent rows' (`derive(product.price)`). Written as a number, boolean or string by the expression's type
 * (an instant as `YYYY-MM-DDTHH:MM:SSZ`); `null` where the expression cannot be evaluated (a null input).
 */
import { expressionType } from '../../expression/compileRule.js';
import { formatDateTime } from '../../model/calendar.js';
import type { Entity, Model } from '../../model/model.js';
import type { FieldValue, ValueDomain } from './valueDomain.js';

function written(value: unknown): FieldValue {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return formatDateTime(Math.floor(value.getTime() / 1000));
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value === null)
    return value;
  return null;
}

/** `written(evaluate(row))` for a numeric expression: its number, or null where it cannot be evaluated. */
function numberOf(evaluate: (row: number) => unknown, row: number): number | null {
  try {
    const v = evaluate(row);
    return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : null;
  } catch {
    return null;
  }
}

export function derivedDomain(
  model: Model,
  entity: Entity,
  expression: string,
  evaluate: (row: number) => unknown,
): ValueDomain {
  const type = expressionType(model, entity, expression);
  const value = (row: number): FieldValue => {
    try {
      return written(evaluate(row));
    } catch {
      return null;
    }
  };
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
    ...(numeric ? { number: (row: number) => numberOf(evaluate, row) } : {}),
  };
}
