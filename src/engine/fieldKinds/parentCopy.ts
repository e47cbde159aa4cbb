/**
 * @module `derive(product.price)`: the parent row's value itself, without evaluating an expression — the
 * common copy across a foreign key, and the engine's hottest derive.
 */
import { parentsRead } from '../../expression/parentReferences.js';
import type { Entity, Field } from '../../model/model.js';
import { findEntity, findField } from '../../model/model.js';
import type { ByteWriter } from '../encoders/byteWriter.js';
import { hasParent } from '../rowValues.js';
import { keptKeys, keySlots } from '../values/foreignKey.js';
import { numberCache, rowCache } from '../values/rowCache.js';
import type { Unwritable } from '../values/unwritableValue.js';
import type { FieldValue, ValueDomain } from '../values/valueDomain.js';
import type { FieldCompiler } from './fieldKind.js';

/**
 * The copy's domain; `undefined` when the expression is more than `alias.field`, `null` when a field it reads
 * could not be compiled (reported).
 * @param unwritable stops the run where the copy is null; `null` when the field takes null (it is nullable)
 */
export function parentCopy(
  { model, plan, compileField }: FieldCompiler,
  entity: Entity,
  expression: string,
  unwritable: Unwritable | null,
): ValueDomain | null | undefined {
  const m = /^\s*([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)\s*$/.exec(expression);
  const read = m ? parentsRead(expression, entity)[0] : undefined;
  if (!m || !read || read.alias !== m[1]) return undefined;
  const parentEntity = findEntity(model, read.fk.type.entity) as Entity;
  const reference = compileField(entity, read.fk);
  const parent = compileField(parentEntity, findField(parentEntity, m[2] as string) as Field);
  const parentRow = reference?.parentRow;
  if (!reference || !parent || !parentRow) return null;
  // A block's children share their parent one after another (the field's own memo has it); other children
  // jump between parents, whose values a bounded cache keeps.
  const jumps = read.fk.type.kind === 'fk' && read.fk.type.fanout.kind !== 'between';
  const parents = plan.counts[parentEntity.name] ?? 0;
  const parentValue = jumps ? rowCache(parent.value, parents) : parent.value;
  // Null where there is no parent or it holds null: only a nullable copy takes it (unwritable is null then).
  const value = (row: number): FieldValue => {
    const v = hasParent(reference, row) ? (parentValue(parentRow(row)) ?? null) : null;
    if (v === null && unwritable)
      unwritable(row, `null: ${expression.trim()} is null or has no ${m[1] as string} row here`);
    return v;
  };
  const parentNumber = parent.number && jumps ? numberCache(parent.number, parents) : parent.number;
  // The parent's own bytes where it has a byte path and every row has a parent (a null copy has no
  // bytes): kept per parent like a foreign key's, so an order line copies its product's price text.
  const parentBytes =
    parent.writeText && reference.presence === null
      ? keptKeys(parent.writeText, jumps ? keySlots(parents) || 1 : 1)
      : null;
  return {
    size: 1,
    encoding: parent.encoding,
    realistic: value,
    unique: (_k, row) => value(row),
    ...(parentBytes
      ? { writeRealistic: (row: number, out: ByteWriter) => parentBytes(parentRow(row), out) }
      : {}),
    ...(parentNumber
      ? {
          number: (row: number) =>
            hasParent(reference, row) ? (parentNumber(parentRow(row)) ?? null) : null,
        }
      : {}),
  };
}
