/**
 * @module Which fields and references of an entity take edge values, and how many edge rows the entity needs:
 * enough for its longest list of edge values, and for the parent cardinalities of its references (a parent
 * with several children, one with one child, one with none).
 *
 * Left realistic, because their values come from elsewhere: derived and aggregate fields, json fields,
 * composite-key components and self-references (their structure makes the key unique and the tree acyclic),
 * and dates bounded by another field.
 */
import type { Entity, Field, Model } from '../../model/model.js';
import { edgeValues, type EdgeValue } from './edgeValues.js';
import { MAX_EDGE_ROWS } from '../../model/profile.js';

/** Edge rows a parent needs so that one of its rows can have several children, one one, and one none. */
const PARENT_ROWS = 4;
/** Edge rows a child needs to give a parent several children and another exactly one. */
const CHILD_ROWS = 3;

function isComponent(entity: Entity, field: Field): boolean {
  return entity.compositeKey?.includes(field.name) ?? false;
}

/**
 * A field's edge value in edge row j: the values in turn (a unique field's only once, since each is one of its
 * values), after the parent-picking rows for a reference; null where it has none.
 */
export function edgeValueAt(
  entity: Entity,
  field: Field,
  values: readonly EdgeValue[],
): (j: number) => EdgeValue | null {
  const n = values.length;
  const present: EdgeValue = { kind: 'present' };
  // The rows that pick a reference's parents have one, whatever its null share.
  if (picksEdgeParents(entity, field))
    return (j) => (j >= CHILD_ROWS && j - CHILD_ROWS < n ? (values[j - CHILD_ROWS] as EdgeValue) : present);
  // A 1:1 reference keeps a parent in edge row 0, so that one parent has its one child.
  const skip = field.unique && field.type.kind === 'fk' ? 1 : 0;
  if (field.unique)
    return (j) => (j < skip ? present : j - skip < n ? (values[j - skip] as EdgeValue) : null);
  if (n === 0) return () => null;
  return (j) => values[j % n] as EdgeValue;
}

/** A reference whose edge rows pick their parents (not blocks, 1:1, trees or key components). */
export function picksEdgeParents(entity: Entity, field: Field): boolean {
  const t = field.type;
  return (
    t.kind === 'fk' &&
    t.entity !== entity.name &&
    !field.unique &&
    t.fanout.kind !== 'between' &&
    !isComponent(entity, field)
  );
}

/** The edge values of each field that takes them. */
export function edgeFields(model: Model, entity: Entity): Map<string, EdgeValue[]> {
  const fields = new Map<string, EdgeValue[]>();
  for (const field of entity.fields) {
    if (isComponent(entity, field)) continue;
    const t = field.type;
    if (t.kind === 'fk') {
      // A reference keeps its parents; only its null or absence is an edge value.
      if (t.entity === entity.name) continue;
      const empty = edgeValues(model, entity, field).filter((v) => v.kind !== 'value');
      if (empty.length > 0) fields.set(field.name, empty);
      continue;
    }
    const values = edgeValues(model, entity, field);
    if (values.length > 0) fields.set(field.name, values);
  }
  return fields;
}

/**
 * How many edge rows an entity gets: enough for its fields (at most 64), and enough parents for what its
 * children need — a row for each child of a 1:1 reference, and as many as the largest block of a join whose
 * pairs must differ.
 */
export function edgeRowCount(model: Model, entity: Entity): number {
  let rows = ownRows(model, entity);
  for (const child of model.entities) {
    if (child === entity) continue;
    const blocked = child.fields.find((f) => f.type.kind === 'fk' && f.type.fanout.kind === 'between');
    for (const f of child.fields) {
      if (f.type.kind !== 'fk' || f.type.entity !== entity.name) continue;
      if (f.unique) rows = Math.max(rows, ownRows(model, child));
      if (
        blocked?.type.kind === 'fk' &&
        blocked.type.fanout.kind === 'between' &&
        child.compositeKey?.includes(f.name) &&
        f !== blocked
      )
        rows = Math.max(rows, blocked.type.fanout.max);
    }
  }
  return rows;
}

/** The edge rows an entity's own fields and references need. */
function ownRows(model: Model, entity: Entity): number {
  let rows = 1;
  const fields = edgeFields(model, entity);
  for (const [name, values] of fields) {
    const field = entity.fields.find((f) => f.name === name) as Field;
    // A reference's null and absence come after the rows that pick its parents.
    const skip = picksEdgeParents(entity, field)
      ? CHILD_ROWS
      : field.unique && field.type.kind === 'fk'
        ? 1
        : 0;
    rows = Math.max(rows, values.length + skip);
  }
  if (entity.fields.some((f) => picksEdgeParents(entity, f))) rows = Math.max(rows, CHILD_ROWS);
  const referenced = model.entities.some((e) =>
    e.fields.some((f) => f.type.kind === 'fk' && f.type.entity === entity.name && e !== entity),
  );
  if (referenced) rows = Math.max(rows, PARENT_ROWS);
  return Math.min(rows, MAX_EDGE_ROWS);
}

/**
 * The parent row of edge row j of a child: rows 0 and 1 share parent 0 (several children), row 2 has parent 1
 * (one child), later rows spread over parents 2 … P-2, so the last parent has none.
 */
export function edgeParent(j: number, parents: number): number {
  if (parents <= 1) return 0;
  if (j < 2) return 0;
  if (j === 2) return 1;
  return parents > 3 ? 2 + ((j - 3) % (parents - 3)) : 0;
}
