/**
 * @module Which coverage targets of a contract a dataset hits. Each file streams by once, read exactly as
 * `fixtura validate` reads it; a value target is tested on each record only until it is first hit, and the
 * parent cardinalities are counted per parent key (parentCardinalities.ts) and decided once every file is read.
 * Lines that cannot be read are skipped: validation is what reports them.
 */
import { findEntity, findField, type Model } from '../model/model.js';
import { toRecordSource, type RecordInput } from '../sources/recordSource.js';
import {
  coveragePercent,
  type CoverageReport,
  type EntityCoverage,
  type TargetCoverage,
} from './coverageReport.js';
import {
  coverageTargets,
  hitsTarget,
  type CoverageTarget,
  type TargetKind,
} from '../model/coverageTargets.js';
import { ChildCounts, ParentKeys, type Cardinality } from './parentCardinalities.js';

export interface MeasureCoverageOptions {
  /** The targets to look for; default: every target of the model (`coverageTargets(model)`). */
  readonly targets?: readonly CoverageTarget[];
}

type Where = { readonly file: string; readonly line: number };

const CARDINALITY: Readonly<Partial<Record<TargetKind, Cardinality>>> = {
  'parent-without-children': 0,
  'parent-with-one-child': 1,
  'parent-with-several-children': 2,
};

/** One reference whose parent cardinalities are targets. */
interface Relation {
  readonly entity: string;
  readonly field: string;
  readonly parent: string;
  readonly keys: ParentKeys;
  readonly children: ChildCounts;
  readonly targets: CoverageTarget[];
}

/**
 * @example
 * const { files } = datasetFiles(model, ['out']);
 * const report = await measureCoverage(model, files);
 * report.entities[1] // { entity: 'Order', hit: 7, total: 11, percent: 63.6, targets: [{ id: 'Order/total_eur/minimum', hit: false, … }, …], notes: [] }
 */
export async function measureCoverage(
  model: Model,
  inputs: readonly RecordInput[],
  options: MeasureCoverageOptions = {},
): Promise<CoverageReport> {
  const files = inputs.map(toRecordSource);
  const targets = options.targets ?? coverageTargets(model);
  const hits = new Map<string, Where>();
  const parentKeys = new Map<string, ParentKeys>();
  const relations = relationsOf(model, targets, parentKeys);

  for (const source of files) {
    const entity = findEntity(model, source.entity);
    if (!entity) continue;
    const open = targets.filter(
      (t) => t.entity === entity.name && !(t.kind in CARDINALITY) && !hits.has(t.id),
    );
    const children = relations.filter((r) => r.entity === entity.name);
    const parents = [...parentKeys].filter(([id]) => id.startsWith(`${entity.name}.`));
    const parentFields = parents.map(([id, keys]) => {
      keys.startFile(source.name);
      return { name: id.slice(entity.name.length + 1), keys };
    });
    for await (const batch of source.records(entity, model)) {
      for (const item of batch) {
        if (!('record' in item) || item.record === null || typeof item.record !== 'object') continue;
        if (Array.isArray(item.record)) continue;
        const record = item.record as Record<string, unknown>;
        for (let i = open.length - 1; i >= 0; i--) {
          const t = open[i] as CoverageTarget;
          if (!hitsTarget(t, Object.hasOwn(record, t.field), record[t.field])) continue;
          hits.set(t.id, { file: source.name, line: item.line });
          open.splice(i, 1);
        }
        for (const r of children) r.children.add(record[r.field]);
        for (const p of parentFields) p.keys.add(record[p.name], item.line);
      }
    }
  }

  const read = new Set(files.map((f) => f.entity));
  const notes = new Map<string, string[]>();
  const note = (entity: string, text: string): void => {
    notes.set(entity, [...(notes.get(entity) ?? []), text]);
  };
  for (const r of relations) {
    if (!read.has(r.entity)) continue;
    if (read.has(r.parent)) cardinalityHits(r, hits);
    else
      note(
        r.entity,
        `the ${r.parent} rows /${r.field} references were not read (no ${r.parent} file): its parent cardinalities are not measured`,
      );
  }
  const entities = model.entities.map((e): EntityCoverage => {
    const own: TargetCoverage[] = targets
      .filter((t) => t.entity === e.name)
      .map((t) => {
        const where = hits.get(t.id);
        return { ...t, hit: where !== undefined, file: where?.file ?? null, line: where?.line ?? null };
      });
    const hit = own.filter((t) => t.hit).length;
    const missing = read.has(e.name) ? [] : [`no ${e.name} file was read: none of its targets is measured`];
    return {
      entity: e.name,
      targets: own,
      hit,
      total: own.length,
      percent: coveragePercent(hit, own.length),
      notes: [...missing, ...(notes.get(e.name) ?? [])],
    };
  });
  const hit = entities.reduce((n, e) => n + e.hit, 0);
  const total = entities.reduce((n, e) => n + e.total, 0);
  return { entities, hit, total, percent: coveragePercent(hit, total) };
}

/**
 * The references that have cardinality targets, one per fk field; references to the same parent field share
 * one `ParentKeys`, filed in `parentKeys` under `Parent.field`.
 */
function relationsOf(
  model: Model,
  targets: readonly CoverageTarget[],
  parentKeys: Map<string, ParentKeys>,
): Relation[] {
  const relations: Relation[] = [];
  for (const t of targets) {
    if (!(t.kind in CARDINALITY)) continue;
    const existing = relations.find((r) => r.entity === t.entity && r.field === t.field);
    if (existing) {
      existing.targets.push(t);
      continue;
    }
    const entity = findEntity(model, t.entity);
    const type = entity && findField(entity, t.field)?.type;
    if (type?.kind !== 'fk') continue;
    const id = `${type.entity}.${type.field}`;
    const keys = parentKeys.get(id) ?? new ParentKeys();
    parentKeys.set(id, keys);
    relations.push({
      entity: t.entity,
      field: t.field,
      parent: type.entity,
      keys,
      children: new ChildCounts(),
      targets: [t],
    });
  }
  return relations;
}

/** Marks each cardinality some parent row has, at the first such parent in reading order. */
function cardinalityHits(r: Relation, hits: Map<string, Where>): void {
  const wanted = new Map(r.targets.filter((t) => !hits.has(t.id)).map((t) => [CARDINALITY[t.kind], t.id]));
  for (const { key, file, line } of r.keys.entries()) {
    if (wanted.size === 0) return;
    const n = r.children.of(key);
    const id = wanted.get(n);
    if (id === undefined) continue;
    hits.set(id, { file, line });
    wanted.delete(n);
  }
}
