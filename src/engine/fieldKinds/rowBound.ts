/**
 * @module A date's or date-time's bound read from another field of the row: a sibling (`>= created_at`) or
 * the parent row's field through a foreign key (`>= customer_id.created_at`), moved by an offset
 * (`<= loaned_on + 30d`), in the days or seconds of the bounded field.
 */
import type { Entity, Field } from '../../model/model.js';
import { findEntity, findField } from '../../model/model.js';
import type { CompiledField } from '../compiledDataset.js';
import { temporalNumber } from '../rowValues.js';
import type { RowBound } from '../values/temporal.js';
import type { FieldCompiler } from './fieldKind.js';

/** The bound at `path`; `undefined` when a field it needs could not be compiled (already reported). */
export function rowBound(
  compiler: FieldCompiler,
  entity: Entity,
  path: string,
  as: 'date' | 'datetime',
  offset: number,
): RowBound | undefined {
  const bound = rowBoundAt(compiler, entity, path, as);
  if (!bound || offset === 0) return bound;
  // `<= loaned_on + 30d`: the other field's days or seconds, moved by the offset in the same unit.
  return (row) => {
    const at = bound(row);
    return at === null ? null : at + offset;
  };
}

function rowBoundAt(
  { model, compileField }: FieldCompiler,
  entity: Entity,
  path: string,
  as: 'date' | 'datetime',
): RowBound | undefined {
  const [first, second] = path.split('.') as [string, string | undefined];
  const sibling = findField(entity, first) as Field;
  const own = compileField(entity, sibling);
  if (!own) return undefined;
  if (second === undefined) return instantOf(own, sibling, as);
  if (sibling.type.kind !== 'fk' || !own.parentRow) return undefined;
  const parentEntity = findEntity(model, sibling.type.entity) as Entity;
  const parent = compileField(parentEntity, findField(parentEntity, second) as Field);
  if (!parent) return undefined;
  const parentRow = own.parentRow;
  const read = instantOf(parent, findField(parentEntity, second) as Field, as);
  return (row) => read(parentRow(row));
}

/** A temporal field's days or seconds in the unit a bound needs: as numbers when it can, else from text. */
function instantOf(field: CompiledField, declared: Field, as: 'date' | 'datetime'): RowBound {
  const instant = field.instant;
  if (instant && declared.type.kind === as) return instant;
  if (instant && declared.type.kind === 'date')
    return (row) => {
      const days = instant(row);
      return days === null ? null : days * 86400;
    };
  return (row) => temporalNumber(field.value(row), as);
}
