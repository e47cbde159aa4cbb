/**
 * @module `date(...)` and `datetime(...)`: days or seconds in the field's range, or between bounds read from
 * other fields of the row (`>= created_at`, `<= customer_id.created_at + 30d`, rowBound.ts).
 */
import { unwritableAt } from '../values/unwritableValue.js';
import { dateDomain, dateTimeDomain, rowBoundedDomain } from '../values/temporal.js';
import type { FieldKind } from './fieldKind.js';
import { rowBound } from './rowBound.js';

/** The kind of `date` or of `datetime`: one factory, as the two differ only in their unit. */
export function temporalKind(kind: 'date' | 'datetime'): FieldKind<'date' | 'datetime'> {
  return {
    kind,
    domain(entity, field, type, ctx, compiler) {
      if (type.minField === undefined && type.maxField === undefined)
        return type.kind === 'date' ? dateDomain(type, ctx) : dateTimeDomain(type, ctx);
      const lower =
        type.minField === undefined
          ? null
          : rowBound(compiler, entity, type.minField, type.kind, type.minOffset ?? 0);
      const upper =
        type.maxField === undefined
          ? null
          : rowBound(compiler, entity, type.maxField, type.kind, type.maxOffset ?? 0);
      if (lower === undefined || upper === undefined) return null;
      const empty = unwritableAt(
        `${entity.name}.${field.name}`,
        compiler.fieldLocation(entity, field),
        'a lower bound at or below the upper bound in every row',
        'widen the bounds, or bound the other field so it cannot pass this one (e.g. give both the same fixed range)',
      );
      return rowBoundedDomain(type.kind, type, ctx, lower, upper, empty);
    },
  };
}
