/**
 * @module `derive(sum(OrderItem.line_total))` and its kin (`count`, `min`, `max`): a value over the row's
 * children, which the child's `fanout: between` keeps in one block of rows per parent.
 */
import type { Entity, Field } from '../../model/model.js';
import { findEntity, findField } from '../../model/model.js';
import { streamOf } from '../random/stream.js';
import { aggregateDomain } from '../values/aggregateValue.js';
import { blockLayout } from '../values/blockLayout.js';
import { unwritableAt } from '../values/unwritableValue.js';
import type { FieldKind } from './fieldKind.js';

type BlockedKey = Field & { type: { kind: 'fk'; fanout: { kind: 'between'; min: number; max: number } } };

export const aggregateKind: FieldKind<'aggregate'> = {
  kind: 'aggregate',
  domain(entity, field, type, ctx, { model, plan, compileField, fieldLocation }) {
    // Over the row's children: the child entity's block (fanout between) for this parent row, laid out as
    // the child's foreign key lays it out (edge blocks first under the edge profiles).
    const child = findEntity(model, type.entity) as Entity;
    const fk = child.fields.find(
      (f) => f.type.kind === 'fk' && f.type.entity === entity.name && f.type.fanout.kind === 'between',
    ) as BlockedKey;
    const layout = blockLayout(
      streamOf([plan.seed, plan.tenant, plan.environment, child.name, fk.name]),
      plan.counts[entity.name] ?? 0,
      fk.type.fanout.min,
      fk.type.fanout.max,
      ctx.edgeBlocks === true,
    );
    const source = type.field === null ? null : compileField(child, findField(child, type.field) as Field);
    if (type.field !== null && !source) return null;
    const sourceType = type.field === null ? null : (findField(child, type.field) as Field).type;
    const decimals = sourceType?.kind === 'number' && sourceType.decimals !== null ? sourceType.decimals : 9;
    const unwritable = unwritableAt(
      `${entity.name}.${field.name}`,
      fieldLocation(entity, field),
      'a total a double holds (at most 1.7976931348623157e308 in magnitude)',
      `narrow the bounds of ${type.entity}${type.field === null ? '' : `.${type.field}`}, or lower the fanout`,
    );
    return aggregateDomain(type.fn, layout, source, decimals, unwritable);
  },
};
