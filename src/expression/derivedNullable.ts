/**
 * @module Whether a derived field can be null: the engine writes null exactly where one of the expression's
 * inputs is null or absent, so its schema must allow null where some input can be.
 */
import { findEntity, findField, type Entity, type Field, type Model } from '../model/model.js';
import { fieldsRead } from './compileRule.js';
import { parentsRead } from './parentReferences.js';

/** Derives reading derives: deeper than this, assume null is possible rather than follow further. */
const MAX_DEPTH = 32;

/**
 * @example derivedMayBeNull(model, order, 'double(discount) / 2.0') // true when discount is nullable
 */
export function derivedMayBeNull(model: Model, entity: Entity, expression: string, depth = 0): boolean {
  if (depth > MAX_DEPTH) return true;
  const canBeNull = (owner: Entity, f: Field): boolean =>
    f.nullable > 0 ||
    f.optional > 0 ||
    f.when !== undefined ||
    (f.type.kind === 'aggregate' && (f.type.fn === 'min' || f.type.fn === 'max')) ||
    (f.type.kind === 'derived' && derivedMayBeNull(model, owner, f.type.expression, depth + 1));
  for (const name of fieldsRead(expression, entity)) {
    const f = findField(entity, name);
    if (f && canBeNull(entity, f)) return true;
  }
  for (const read of parentsRead(expression, entity)) {
    const parent = read.fk.type.kind === 'fk' ? findEntity(model, read.fk.type.entity) : undefined;
    if (!parent) continue;
    for (const name of read.fields) {
      const f = findField(parent, name);
      if (f && canBeNull(parent, f)) return true;
    }
  }
  return false;
}
