/**
 * @module `fk(Entity.field)`: the key of a parent row, recomputed from the parent's row index (uniform,
 * Zipf, Poisson or in blocks), so that no parent table is held; a reference to its own entity is a forest.
 * Refused before generating when the target can be null or absent, or when a required reference has no
 * parent rows.
 */
import type { Entity, Field } from '../../model/model.js';
import { findEntity, findField } from '../../model/model.js';
import { PURPOSE_NULL } from '../compile/streamPurposes.js';
import { substream, unit } from '../random/stream.js';
import { foreignKeyDomain, type ParentKey } from '../values/foreignKey.js';
import { DEFAULT_TREE_DEPTH, treeReferenceDomain } from '../values/treeReference.js';
import type { FieldKind } from './fieldKind.js';

export const foreignKeyKind: FieldKind<'fk'> = {
  kind: 'fk',
  domain(entity, field, type, ctx, { model, plan, compileField, report }) {
    const parentEntity = findEntity(model, type.entity) as Entity;
    const parentField = findField(parentEntity, type.field) as Field;
    if (parentField.nullable > 0 || parentField.optional > 0) {
      report(entity, field, {
        code: 'plan/fk-target-nullable',
        message: `${entity.name}.${field.name} references ${type.entity}.${type.field}, which can be null or absent`,
        expected: 'a required target',
        found: 'nullable or optional target',
        hint: `reference ${type.entity}'s key instead`,
      });
      return null;
    }
    const parentCount = plan.counts[parentEntity.name] ?? 0;
    const childCount = plan.counts[entity.name] ?? 0;
    if (parentCount === 0 && childCount > 0 && field.nullable < 1 && field.optional < 1) {
      report(entity, field, {
        code: 'plan/empty-parent',
        message: `${entity.name}.${field.name} needs ${type.entity} rows to reference, but ${type.entity} has a count of 0`,
        expected: `a count above 0 for ${type.entity}`,
        found: '0',
        hint: `raise --count ${type.entity}=N, or set --count ${entity.name}=0`,
      });
      return null;
    }
    const parent = compileField(parentEntity, parentField);
    if (!parent) return null;
    if (parentEntity === entity) {
      // A reference to its own entity is a forest: earlier rows only, within the depth bound. Its roots are
      // the field's nulls, drawn where the field's presence draws them.
      const nulls = substream(ctx.stream, PURPOSE_NULL);
      const share = field.nullable;
      return treeReferenceDomain(
        parent.value,
        (row) => share > 0 && unit(nulls, row, 0) < share,
        type.depth ?? DEFAULT_TREE_DEPTH,
        ctx.stream,
        childCount,
        parent.encoding,
      );
    }
    const key: ParentKey = {
      count: parentCount,
      encoding: parent.encoding,
      value: parent.value,
      writeText: parent.writeText,
    };
    return foreignKeyDomain(type, key, ctx);
  },
};
