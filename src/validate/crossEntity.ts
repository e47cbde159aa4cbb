/**
 * @module The checks that span two files: rules that read a parent row (`placed_at >= customer.created_at`,
 * `unit_price == product.price`) and aggregates over children (`total == sum(OrderItem.line_total)`).
 *
 * Files are read parents first, so while a parent's file streams by, the few fields its children's rules read
 * are kept by key — only those fields, and only for entities some rule reads — and while a child's file
 * streams by, its contributions to each parent's aggregates are summed by key. Memory grows with the number
 * of such parents, never with the children; docs/validation.md says what it costs.
 */
import { impliedRules } from '../expression/impliedRules.js';
import { parentsRead } from '../expression/parentReferences.js';
import type { Entity, Field, FieldType, Model } from '../model/model.js';
import { indexKey } from '../sources/indexKey.js';
import type { ValidationIssue } from '../model/validationIssue.js';

/** A parent's rows by key: the line each was first seen on and the fields children need. */
interface ParentStore {
  readonly entity: string;
  readonly keyField: string;
  readonly fields: Set<string>;
  readonly rows: Map<string, { readonly line: number; readonly values: Record<string, unknown> }>;
  file: string;
}

interface ParentLink {
  readonly alias: string;
  readonly fk: string;
  readonly store: ParentStore;
}

type AggregateType = Extract<FieldType, { kind: 'aggregate' }>;

interface Accumulator {
  sum: number;
  count: number;
  min: number | null;
  max: number | null;
}

interface AggregateCheck {
  readonly parent: ParentStore;
  readonly field: string;
  readonly type: AggregateType;
  /** The child's foreign key to the parent. */
  readonly fk: string;
  readonly decimals: number;
  readonly sums: Map<string, Accumulator>;
}

export class CrossEntityChecks {
  readonly #stores = new Map<string, ParentStore>();
  readonly #links = new Map<string, ParentLink[]>();
  readonly #aggregates = new Map<string, AggregateCheck[]>();

  constructor(model: Model) {
    const storeOf = (entity: string, keyField: string): ParentStore => {
      const id = `${entity}.${keyField}`;
      const store = this.#stores.get(id) ?? {
        entity,
        keyField,
        fields: new Set(),
        rows: new Map(),
        file: '',
      };
      this.#stores.set(id, store);
      return store;
    };
    for (const entity of model.entities) {
      const links: ParentLink[] = [];
      for (const rule of [...entity.rules, ...impliedRules(model, entity)])
        for (const read of parentsRead(rule.expression, entity)) {
          const store = storeOf(read.fk.type.entity, read.fk.type.field);
          read.fields.forEach((f) => store.fields.add(f));
          if (!links.some((l) => l.alias === read.alias))
            links.push({ alias: read.alias, fk: read.fk.name, store });
        }
      if (links.length > 0) this.#links.set(entity.name, links);
      for (const field of entity.fields) {
        if (field.type.kind !== 'aggregate') continue;
        const check = aggregateCheck(model, entity, field, field.type, storeOf);
        if (!check) continue;
        this.#aggregates.set(field.type.entity, [...(this.#aggregates.get(field.type.entity) ?? []), check]);
      }
    }
  }

  /** Whether any check reads or feeds this entity's records. */
  involves(entity: string): boolean {
    return (
      this.#links.has(entity) ||
      this.#aggregates.has(entity) ||
      [...this.#stores.values()].some((s) => s.entity === entity)
    );
  }

  /** Keeps what children need of a parent record, and adds a child record to its parent's aggregates. */
  add(entity: string, file: string, record: Readonly<Record<string, unknown>>, line: number): void {
    for (const store of this.#stores.values()) {
      if (store.entity !== entity) continue;
      store.file = file;
      const key = record[store.keyField];
      if (key === undefined || key === null) continue;
      const id = indexKey(key);
      if (store.rows.has(id)) continue; // a repeated key is reported as a duplicate; the first row counts
      const values: Record<string, unknown> = {};
      for (const f of store.fields) values[f] = record[f];
      store.rows.set(id, { line, values });
    }
    for (const check of this.#aggregates.get(entity) ?? []) {
      const key = record[check.fk];
      if (key === undefined || key === null) continue;
      const id = indexKey(key);
      const acc = check.sums.get(id) ?? { sum: 0, count: 0, min: null, max: null };
      check.sums.set(id, acc);
      acc.count++;
      const source = check.type.field;
      const value = source === null ? null : record[source];
      if (typeof value !== 'number') continue;
      acc.sum += value;
      acc.min = acc.min === null ? value : Math.min(acc.min, value);
      acc.max = acc.max === null ? value : Math.max(acc.max, value);
    }
  }

  /**
   * The parent rows a record's rules read, under their aliases (`{ customer: { created_at: … } }`); an alias
   * whose parent is not in the dataset is left out, and rules reading it are not judged.
   */
  parentsOf(entity: string, record: Readonly<Record<string, unknown>>): Record<string, unknown> | null {
    const links = this.#links.get(entity);
    if (!links) return null;
    const parents: Record<string, unknown> = {};
    for (const link of links) {
      const key = record[link.fk];
      if (key === undefined || key === null) continue;
      const row = link.store.rows.get(indexKey(key));
      if (row) parents[link.alias] = row.values;
    }
    return parents;
  }

  /** Once a child entity's file is read: every parent whose aggregate over it is not what its children give. */
  finish(child: string): ValidationIssue[] {
    const issues: ValidationIssue[] = [];
    for (const check of this.#aggregates.get(child) ?? []) {
      const { type, field, parent } = check;
      const over = `${type.fn}(${type.entity}${type.field === null ? '' : `.${type.field}`})`;
      for (const [id, row] of parent.rows) {
        const acc = check.sums.get(id);
        const expected = aggregateOf(type.fn, acc, check.decimals);
        const actual = row.values[field];
        if (agrees(expected, actual, check.decimals)) continue;
        issues.push({
          entity: parent.entity,
          file: parent.file,
          line: row.line,
          code: `rule/derive:${field}`,
          field: `/${field}`,
          expected: `${field} == ${over} = ${JSON.stringify(expected)} over ${acc?.count ?? 0} ${type.entity} rows`,
          actual: `${field}=${JSON.stringify(actual ?? null)}`,
          message: `record breaks rule "derive:${field}"`,
        });
      }
    }
    return issues;
  }
}

function aggregateCheck(
  model: Model,
  entity: Entity,
  field: Field,
  type: AggregateType,
  storeOf: (entity: string, keyField: string) => ParentStore,
): AggregateCheck | null {
  const child = model.entities.find((e) => e.name === type.entity);
  const fk = child?.fields.find((f) => f.type.kind === 'fk' && f.type.entity === entity.name);
  if (!child || fk?.type.kind !== 'fk') return null;
  const parent = storeOf(entity.name, fk.type.field);
  parent.fields.add(field.name);
  const source = type.field === null ? null : child.fields.find((f) => f.name === type.field);
  const decimals = source?.type.kind === 'number' && source.type.decimals !== null ? source.type.decimals : 9;
  return { parent, field: field.name, type, fk: fk.name, decimals, sums: new Map() };
}

function aggregateOf(fn: AggregateType['fn'], acc: Accumulator | undefined, decimals: number): number | null {
  if (fn === 'count') return acc?.count ?? 0;
  if (fn === 'sum') {
    const scale = 10 ** decimals;
    return acc ? Math.round(acc.sum * scale) / scale : 0;
  }
  return (fn === 'min' ? acc?.min : acc?.max) ?? null;
}

/** Equal on the children's decimal grid (sums of decimals drift in binary floating point). */
function agrees(expected: number | null, actual: unknown, decimals: number): boolean {
  if (expected === null) return actual === null || actual === undefined;
  return typeof actual === 'number' && Math.abs(actual - expected) <= 0.5 * 10 ** -decimals;
}
