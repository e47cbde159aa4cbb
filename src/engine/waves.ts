/**
 * @module Waves: the order in which related entities' rows are encoded, so that values read across entities are
 * computed once. An order's `total` sums its lines, its payment copies the total, and its lines are written
 * too: encoded entity after entity, each line is computed three times, because nothing is kept between the
 * passes. Encoded in waves — a run of customers, then their addresses and orders, then those orders' lines and
 * payments — the few values other entities read (ARCHITECTURE §3: a parent's field, an aggregate's source) sit
 * in a small window of recent rows when they are asked for again.
 *
 * A wave follows the `fanout: between` blocks, which keep a parent's children in consecutive rows: the
 * children of a run of parents are a run of children. Which thread encodes what, and in which order, never
 * changes a byte (every value is a pure function of its row); the windows are memos of those functions, of a
 * size fixed by the wave, never by the row count.
 */
import { fieldsRead } from '../expression/compileRule.js';
import { parentsRead } from '../expression/parentReferences.js';
import type { Entity, Field, Model } from '../model/model.js';
import { findEntity, findField } from '../model/model.js';
import type { Plan } from './plan.js';
import { streamOf } from './random/stream.js';
import { blockLayout, type BlockLayout } from './values/blockLayout.js';

/** Rows of all entities of a group in one wave (a few chunks' worth). */
export const WAVE_ROWS = 16_384;
/** Window slots at most per field: 65 536 values. */
const MAX_WINDOW = 1 << 16;

/** An entity whose rows come in blocks per parent row, and the layout of those blocks. */
interface Follower {
  readonly entity: string;
  readonly parent: string;
  readonly layout: BlockLayout;
}

/** A root entity and the entities that follow it, directly or through each other, in contract order. */
export interface WaveGroup {
  readonly root: string;
  readonly followers: readonly Follower[];
  /** Root rows per wave. */
  readonly rootRows: number;
}

/** Rows [start, end) of one entity. */
export interface RowRange {
  readonly entity: string;
  readonly start: number;
  readonly end: number;
}

export interface Waves {
  /** The groups that are encoded in waves (those with values read across their entities). */
  readonly groups: readonly WaveGroup[];
  /** The window size of each field read across a group's entities, by `Entity.field`. */
  readonly windows: ReadonlyMap<string, number>;
  /**
   * The keys a group's children reference (`Order.id` for payments and lines), by `Entity.field`, with the
   * slots for their written bytes: the children copy them instead of computing them again.
   */
  readonly keys: ReadonlyMap<string, number>;
}

/**
 * Finds the groups of entities linked by `fanout: between` blocks, the fields their members read of each
 * other, and how many rows each such field's window keeps.
 */
export function planWaves(model: Model, plan: Plan): Waves {
  const count = (name: string) => plan.counts[name] ?? 0;
  const followed = new Map<string, Follower>();
  for (const entity of model.entities) {
    const fk = entity.fields.find(
      (f) => f.type.kind === 'fk' && f.type.fanout.kind === 'between' && f.type.entity !== entity.name,
    );
    if (!fk || fk.type.kind !== 'fk' || fk.type.fanout.kind !== 'between') continue;
    if (count(entity.name) === 0 || count(fk.type.entity) === 0) continue;
    const { min, max } = fk.type.fanout;
    const stream = streamOf([plan.seed, plan.tenant, plan.environment, entity.name, fk.name]);
    const edge = plan.profile !== undefined && plan.profile.kind !== 'realistic';
    followed.set(entity.name, {
      entity: entity.name,
      parent: fk.type.entity,
      layout: blockLayout(stream, count(fk.type.entity), min, max, edge),
    });
  }
  const rootOf = (name: string): string => {
    let at = name;
    for (let f = followed.get(at); f; f = followed.get(at)) at = f.parent;
    return at;
  };
  const reads = crossReads(model);
  const groups: WaveGroup[] = [];
  const windows = new Map<string, number>();
  const keys = new Map<string, number>();
  for (const root of model.entities) {
    if (followed.has(root.name)) continue;
    const followers = model.entities
      .filter((e) => e.name !== root.name && followed.has(e.name) && rootOf(e.name) === root.name)
      .map((e) => followed.get(e.name) as Follower);
    const members = new Set([root.name, ...followers.map((f) => f.entity)]);
    // Only reads from one member of the group to another gain from waves.
    const read = reads.filter((r) => members.has(r.by) && members.has(r.entity) && r.by !== r.entity);
    if (followers.length === 0 || read.length === 0) continue;
    // Parents come before their children in a wave, whatever order the contract lists them in.
    const ordered = orderParentsFirst(root.name, followers);
    const total = [...members].reduce((sum, name) => sum + count(name), 0);
    const rootRows = Math.max(1, Math.round((WAVE_ROWS * count(root.name)) / total));
    groups.push({ root: root.name, followers: ordered, rootRows });
    // Four times a wave's average rows of the entity: a window holds a whole wave's values but a rare one.
    const slotsFor = (entity: string): number => {
      let size = 1024;
      while (size < (4 * WAVE_ROWS * count(entity)) / total && size < MAX_WINDOW) size *= 2;
      return size;
    };
    for (const r of read)
      // A derived field's own inputs too (an order line's quantity and unit price): the reader computed them,
      // and the entity's own rows write them later in the wave.
      for (const name of ownInputs(model, r.entity, r.field))
        windows.set(`${r.entity}.${name}`, slotsFor(r.entity));
    for (const f of ordered) {
      const fk = findEntity(model, f.entity)?.fields.find(
        (x) => x.type.kind === 'fk' && x.type.entity === f.parent && x.type.fanout.kind === 'between',
      );
      if (fk?.type.kind === 'fk') keys.set(`${f.parent}.${fk.type.field}`, slotsFor(f.parent));
    }
  }
  return { groups, windows, keys };
}

/** A field and the fields of its own row that its derive reads, through other derives too. */
function ownInputs(model: Model, entityName: string, fieldName: string): string[] {
  const entity = findEntity(model, entityName) as Entity;
  const found = new Set<string>();
  const visit = (name: string): void => {
    const type = (findField(entity, name) as Field | undefined)?.type;
    // A foreign key is read for the parent row it points at, not for its value.
    if (found.has(name) || type === undefined || type.kind === 'fk') return;
    found.add(name);
    if (type.kind === 'derived') for (const input of fieldsRead(type.expression, entity)) visit(input);
  };
  visit(fieldName);
  return [...found];
}

function orderParentsFirst(root: string, followers: readonly Follower[]): Follower[] {
  const placed = new Set([root]);
  const ordered: Follower[] = [];
  while (ordered.length < followers.length)
    for (const f of followers)
      if (!placed.has(f.entity) && placed.has(f.parent)) {
        ordered.push(f);
        placed.add(f.entity);
      }
  return ordered;
}

/** A field of `entity` that entity `by` reads: an aggregate's source, a parent's field in an expression or bound. */
interface CrossRead {
  readonly by: string;
  readonly entity: string;
  readonly field: string;
}

function crossReads(model: Model): CrossRead[] {
  const reads: CrossRead[] = [];
  for (const entity of model.entities)
    for (const field of entity.fields) {
      const type = field.type;
      if (type.kind === 'aggregate' && type.field !== null)
        reads.push({ by: entity.name, entity: type.entity, field: type.field });
      const expressions = [
        ...(type.kind === 'derived' ? [type.expression] : []),
        ...(field.when !== undefined ? [field.when] : []),
      ];
      for (const expression of expressions)
        for (const p of parentsRead(expression, entity))
          for (const name of p.fields) reads.push({ by: entity.name, entity: p.fk.type.entity, field: name });
      if (type.kind === 'date' || type.kind === 'datetime')
        for (const path of [type.minField, type.maxField]) {
          const read = path === undefined ? null : parentBound(model, entity, path);
          if (read) reads.push({ by: entity.name, ...read });
        }
    }
  return reads;
}

/** `customer_id.created_at`: the parent entity and field a bound reads through a foreign key. */
function parentBound(model: Model, entity: Entity, path: string): { entity: string; field: string } | null {
  const [first, second] = path.split('.');
  const fk = findField(entity, first as string) as Field | undefined;
  if (second === undefined || fk?.type.kind !== 'fk') return null;
  return findEntity(model, fk.type.entity) ? { entity: fk.type.entity, field: second } : null;
}

/**
 * The rows of a wave: the root's rows [w·R, (w+1)·R), then each follower's children of its parent's rows in
 * the wave, parents first.
 */
export function waveRanges(group: WaveGroup, wave: number, rootCount: number): RowRange[] {
  const start = wave * group.rootRows;
  const ranges = new Map<string, RowRange>([
    [group.root, { entity: group.root, start, end: Math.min(rootCount, start + group.rootRows) }],
  ]);
  for (const f of group.followers) {
    const parent = ranges.get(f.parent) as RowRange;
    ranges.set(f.entity, {
      entity: f.entity,
      start: f.layout.first(parent.start),
      end: f.layout.first(parent.end),
    });
  }
  return [...ranges.values()];
}

/** How many waves a group takes. */
export function waveCount(group: WaveGroup, rootCount: number): number {
  return Math.ceil(rootCount / group.rootRows);
}
