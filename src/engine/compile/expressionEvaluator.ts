/**
 * @module An expression (a derive, a `when:` condition) evaluated for a row: as plain closures over the
 * fields it reads where it can (fastExpression.ts), else by CEL on the record of those fields — the fields it
 * names and, under each parent alias, the fields it selects of the parent row its foreign key points at.
 */
import { compileExpression, fastExpression, fieldsRead } from '../../expression/compileRule.js';
import { fallback, withFallback } from '../../expression/fastExpression.js';
import { parentsRead } from '../../expression/parentReferences.js';
import type { Entity, Field } from '../../model/model.js';
import { findEntity, findField } from '../../model/model.js';
import type { CompiledField } from '../compiledDataset.js';
import type { FieldCompiler } from '../fieldKinds/fieldKind.js';
import { hasParent, readerOf, rowReader, valueOf } from '../rowValues.js';

/** An expression's value function (throwing what CEL throws), and whether a row lacks one of its inputs. */
export type Evaluator = ((row: number) => unknown) & { readonly missing: (row: number) => string | null };

/** The evaluator of `expression` on `entity`'s rows; `null` when an input could not be compiled. */
export function expressionEvaluator(
  { model, compileField }: Pick<FieldCompiler, 'model' | 'compileField'>,
  entity: Entity,
  expression: string,
): Evaluator | null {
  const names = fieldsRead(expression, entity);
  const inputs = names.map((name) => compileField(entity, findField(entity, name) as Field));
  if (inputs.some((f) => f === null)) return null;
  const own = rowReader(inputs as CompiledField[]);
  const parents = parentsRead(expression, entity).map(({ alias, fk, fields }) => {
    const parent = findEntity(model, fk.type.entity) as Entity;
    const reference = compileField(entity, fk);
    const read = fields.map((name) => compileField(parent, findField(parent, name) as Field));
    if (!reference?.parentRow || read.some((f) => f === null)) return null;
    const byName = new Map(fields.map((name, i) => [name, read[i] as CompiledField]));
    return {
      alias,
      reference,
      parentRow: reference.parentRow,
      byName,
      read: rowReader(read as CompiledField[]),
    };
  });
  if (parents.some((p) => p === null)) return null;
  const all = parents as NonNullable<(typeof parents)[number]>[];
  const record = (row: number): Record<string, unknown> => {
    const r = own(row);
    // A null or absent reference has no parent row to read.
    for (const p of all) if (hasParent(p.reference, row)) r[p.alias] = p.read(p.parentRow(row));
    return r;
  };
  const evaluate = compileExpression(model, entity, expression);
  const cel = (row: number): unknown => evaluate(record(row));
  const byName = new Map(names.map((name, i) => [name, inputs[i] as CompiledField]));
  const member = (alias: string, name: string) => {
    const p = all.find((x) => x.alias === alias) as (typeof all)[number];
    return { p, f: p.byName.get(name) as CompiledField };
  };
  const fast = fastExpression<number>(model, entity, expression, {
    read: (name) => readerOf(byName.get(name) as CompiledField),
    readMember: (alias, name) => {
      const { p, f } = member(alias, name);
      return (row) => (hasParent(p.reference, row) ? valueOf(f, p.parentRow(row)) : fallback());
    },
    // Where every row has its parent, the generated code reads the parent's field of the parent row itself.
    memberOfRow: (alias, name) => {
      const { p, f } = member(alias, name);
      return p.reference.presence === null ? { parentRow: p.parentRow, read: readerOf(f) } : undefined;
    },
  });
  // Whether a row lacks an input (a null, an absent key, no parent): the one case where a derive is null.
  const missing = (row: number): string | null => {
    const r = record(row);
    const own = names.find((n) => r[n] === undefined || r[n] === null);
    if (own !== undefined) return own;
    for (const p of all) {
      const parentRecord = r[p.alias] as Record<string, unknown> | undefined;
      if (parentRecord === undefined) return `the ${p.alias} row (${p.reference.name})`;
      const empty = [...p.byName.keys()].find((n) => parentRecord[n] == null);
      if (empty !== undefined) return `${p.alias}.${empty}`;
    }
    return null;
  };
  return Object.assign(withFallback(fast, cel), { missing });
}
