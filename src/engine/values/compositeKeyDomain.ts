/**
 * @module The fields of a composite key (`key: [order_id, product_id]`, `key: [day, room, hour]`) as value
 * domains: each component takes its digit of the row's tuple (compositeKey.ts) through its own enumeration, so
 * tuples never repeat. The layout is built once per entity; a key that cannot be laid out — more rows than
 * tuples, or a block larger than the other components allow — is reported before anything is written.
 */
import type { ContractIssue } from '../../model/issues.js';
import type { Entity, Field, ForeignKeyType } from '../../model/model.js';
import { findField } from '../../model/model.js';
import type { ByteWriter } from '../encoders/byteWriter.js';
import type { Plan } from '../plan.js';
import { streamOf } from '../random/stream.js';
import { blockLayout } from './blockLayout.js';
import { compositeKeyLayout, tupleCount, type CompositeKeyLayout } from './compositeKey.js';
import type { FieldValue, ValueDomain } from './valueDomain.js';

type Report = (entity: Entity, field: Field, issue: Omit<ContractIssue, 'location'>) => void;

/**
 * @param edge whether block layouts start with the edge profile's parents
 * @param sizeOf a component's enumeration size (a foreign key's: its parent's count)
 * @returns the domain of a component, given the domain it would have on its own; null when the key was refused
 */
export function compositeKeyComponents(
  plan: Plan,
  edge: boolean,
  report: Report,
  sizeOf: (entity: Entity, field: Field) => number,
): (entity: Entity, field: Field, base: ValueDomain) => ValueDomain | null {
  const layouts = new Map<string, CompositeKeyLayout | null>();
  const keyStream = (entity: Entity) =>
    streamOf([plan.seed, plan.tenant, plan.environment, entity.name, '#composite-key']);

  function keyLayout(entity: Entity, asking: Field): CompositeKeyLayout | null {
    if (layouts.has(entity.name)) return layouts.get(entity.name) ?? null;
    const names = entity.compositeKey as readonly string[];
    const fields = names.map((n) => findField(entity, n) as Field);
    const sizes = fields.map((f) => sizeOf(entity, f));
    const blocked = fields.findIndex((f) => f.type.kind === 'fk' && f.type.fanout.kind === 'between');
    const count = plan.counts[entity.name] ?? 0;
    const written = `[${names.join(', ')}]`;
    let layout: CompositeKeyLayout | null = null;
    if (blocked >= 0) {
      const fk = fields[blocked] as Field & { type: ForeignKeyType & { fanout: { kind: 'between' } } };
      const others = tupleCount(sizes.filter((_, i) => i !== blocked));
      const { min, max } = fk.type.fanout;
      if (max > others)
        report(entity, fk, {
          code: 'plan/fanout-exceeds-key',
          message: `${entity.name}.${fk.name} gives each ${fk.type.entity} up to ${max} rows, but the key ${written} leaves only ${others} distinct ${names.filter((n) => n !== fk.name).join(' × ')} per ${fk.type.entity}`,
          expected: `fanout: between(${Math.min(min, others)}, ${others}) at most`,
          found: `between(${min}, ${max})`,
          hint: `lower the fanout, or raise the count of what the other key fields reference`,
        });
      else {
        const stream = streamOf([plan.seed, plan.tenant, plan.environment, entity.name, fk.name]);
        const parents = plan.counts[fk.type.entity] ?? 0;
        layout = compositeKeyLayout(keyStream(entity), sizes, {
          component: blocked,
          layout: blockLayout(stream, parents, min, max, edge),
        });
      }
    } else if (count > tupleCount(sizes))
      report(entity, asking, {
        code: 'plan/pairs-exhausted',
        message: `${entity.name} has ${count} rows but its key ${written} has only ${tupleCount(sizes)} distinct tuples`,
        expected: `at most ${tupleCount(sizes)} rows`,
        found: String(count),
        hint: `lower --count ${entity.name}, or raise the counts (or widen the ranges) of the key's fields`,
      });
    else layout = compositeKeyLayout(keyStream(entity), sizes, null);
    layouts.set(entity.name, layout);
    return layout;
  }

  return (entity, field, base) => {
    const layout = keyLayout(entity, field);
    if (!layout) return null;
    const i = (entity.compositeKey as readonly string[]).indexOf(field.name);
    const unique = base.unique;
    const value = (row: number): FieldValue => unique(layout.digit(i, row), row);
    const writeUnique = base.writeUnique;
    return {
      size: plan.counts[entity.name] ?? 0,
      encoding: base.encoding,
      realistic: value,
      unique: (_k, row) => value(row),
      ...(writeUnique
        ? { writeRealistic: (row: number, out: ByteWriter) => writeUnique(layout.digit(i, row), row, out) }
        : {}),
      ...(field.type.kind === 'fk' ? { parentOf: (row: number) => layout.digit(i, row) } : {}),
    };
  };
}
