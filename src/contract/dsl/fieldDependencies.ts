/**
 * @module Fields that depend on other fields — `derive(expr)`, `when:` conditions, and date bounds taken from
 * another field (`>= created_at`) or a parent's (`>= customer.created_at`) — checked once the model is known:
 * expressions type-check, named fields exist and are dates, parent paths go through a foreign key, and no field
 * depends on itself. Parent paths are normalised to `fk_field.parent_field`.
 */
import type { Node } from 'yaml';
import { checkExpression, checkRule, fieldsRead } from '../../expression/compileRule.js';
import { unguardedNull } from '../../expression/unguardedNull.js';
import type { Entity, Field, FieldType, Model } from '../../model/model.js';
import { suggest } from '../didYouMean.js';
import type { EntityDraft } from './parseDsl.js';
import type { YamlSource } from './yamlSource.js';

// `dyn`: an expression over other derived or nullable fields, whose type is known only per row.
const DERIVABLE = new Set(['int', 'double', 'string', 'bool', 'google.protobuf.Timestamp', 'dyn']);

type Problem = { code: string; message: string; expected: string; found: string; hint: string };

/** Checks every dependent field; returns the model with parent paths normalised. Reports into `source`. */
export function checkDependencies(source: YamlSource, model: Model, drafts: readonly EntityDraft[]): Model {
  const entities = model.entities.map((entity) => {
    const draft = drafts.find((d) => d.name === entity.name);
    const nodeOf = (name: string): Node | null =>
      draft?.fields.find((f) => f.field.name === name)?.node ?? null;
    const report = (field: Field, problem: Problem): void => source.report(nodeOf(field.name), problem);
    const fields = entity.fields.map((field) => checkField(model, entity, field, (p) => report(field, p)));
    const checked: Entity = { ...entity, fields };
    for (const cycle of cycles(checked)) {
      const field = findField(checked, cycle[0] as string);
      report(field, {
        code: 'dsl/derivation-cycle',
        message: `${entity.name}.${cycle[0]} depends on itself: ${[...cycle, cycle[0]].join(' → ')}`,
        expected: 'fields computed from fields that do not depend on them',
        found: 'a cycle',
        hint: 'break the cycle: generate one of these fields instead of deriving or bounding it',
      });
    }
    return checked;
  });
  return { ...model, entities };
}

function findField(entity: Entity, name: string): Field {
  return entity.fields.find((f) => f.name === name) as Field;
}

function checkField(model: Model, entity: Entity, field: Field, report: (p: Problem) => void): Field {
  const type = field.type;
  if (type.kind === 'aggregate') checkAggregate(model, entity, field, type, report);
  if (type.kind === 'fk' && type.entity === entity.name) {
    // A tree needs roots: rows that point at nothing.
    if (field.nullable === 0)
      report({
        code: 'dsl/self-reference-not-nullable',
        message: `${entity.name}.${field.name} references its own entity, so its roots need null: mark it nullable`,
        expected: `${field.name}: fk(${type.entity}.${type.field}) nullable`,
        found: 'not nullable',
        hint: 'nullable(0.1) makes about one row in ten a root',
      });
    if (field.unique)
      report({
        code: 'dsl/unique-self-reference',
        hint: 'remove unique; a tree reference repeats parents by design',
        message: `${entity.name}.${field.name} references its own entity and cannot be unique`,
        expected: 'no "unique" on a tree reference',
        found: 'unique',
      });
  } else if (type.kind === 'fk' && type.depth !== undefined)
    report({
      code: 'dsl/invalid-option',
      hint: 'remove depth, or point the reference at its own entity',
      message: `"depth" is for a reference to its own entity; ${entity.name}.${field.name} references ${type.entity}`,
      expected: 'depth only on self-references',
      found: `depth: ${type.depth}`,
    });
  if (type.kind === 'derived') {
    const checked = checkExpression(model, entity, type.expression);
    const problem = 'message' in checked ? checked : null;
    const celType = 'type' in checked ? checked.type : null;
    if (problem || celType === null || !DERIVABLE.has(celType))
      report({
        code: 'dsl/invalid-derive',
        message: `derive of ${entity.name}.${field.name}: ${problem?.message ?? `gives ${celType ?? 'nothing'}, not a value a field can hold`}`,
        expected: "a CEL expression over the entity's fields giving a number, text, boolean or timestamp",
        found: type.expression,
        hint: 'see docs/rules.md for the language and how fields are typed',
      });
    const unguarded = problem || field.nullable > 0 ? null : unguardedNull(model, entity, type.expression);
    if (unguarded)
      report({
        code: 'dsl/derive-without-value',
        message: `derive of ${entity.name}.${field.name} has no value in the rows where ${unguarded.input} is empty (${unguarded.because}), and ${field.name} is not nullable`,
        expected: `an expression that gives a value in every row, or a nullable ${field.name}`,
        found: `${type.expression} (reads ${unguarded.input} at column ${unguarded.offset + 1} of the expression)`,
        hint: `guard the input, e.g. ${unguarded.guard} == null ? <a value> : ${type.expression.trim()}, or mark ${field.name} nullable to write null there`,
      });
    if (field.unique)
      report({
        code: 'dsl/unique-derived',
        hint: 'remove unique: a derived value repeats whenever its inputs do',
        message: `${entity.name}.${field.name} is derived, so it cannot also be unique`,
        expected: 'no "unique" on a derived field',
        found: 'unique',
      });
  }
  if (field.when !== undefined) {
    const problem = checkRule(model, entity, field.when);
    if (problem)
      report({
        code: 'dsl/invalid-when',
        hint: 'see docs/rules.md for the expression language',
        message: `when of ${entity.name}.${field.name}: ${problem.message}`,
        expected: "a CEL condition over the entity's fields",
        found: field.when,
      });
  }
  if (
    (type.kind === 'date' || type.kind === 'datetime') &&
    (type.minField !== undefined || type.maxField !== undefined)
  ) {
    if (field.unique)
      report({
        code: 'dsl/unique-bounded',
        hint: 'remove unique, or drop the bound from the other field',
        message: `${entity.name}.${field.name} takes a bound from another field, so it cannot also be unique`,
        expected: 'no "unique"',
        found: 'unique',
      });
    const resolve = (path: string | undefined): string | undefined =>
      path === undefined ? undefined : (boundPath(model, entity, field, path, report) ?? path);
    const minField = resolve(type.minField);
    const maxField = resolve(type.maxField);
    return {
      ...field,
      type: { ...type, ...(minField ? { minField } : {}), ...(maxField ? { maxField } : {}) } as FieldType,
    };
  }
  return field;
}

/** An aggregate needs children kept in blocks: one foreign key to this entity with `fanout: between(…)`. */
function checkAggregate(
  model: Model,
  entity: Entity,
  field: Field,
  type: Extract<FieldType, { kind: 'aggregate' }>,
  report: (p: Problem) => void,
): void {
  const child = model.entities.find((e) => e.name === type.entity);
  const refs = child?.fields.filter((f) => f.type.kind === 'fk' && f.type.entity === entity.name) ?? [];
  const ref = refs[0];
  const written = `${type.fn}(${type.entity}${type.field ? `.${type.field}` : ''})`;
  if (!child || refs.length !== 1 || ref?.type.kind !== 'fk' || ref.type.fanout.kind !== 'between') {
    report({
      code: 'dsl/aggregate-needs-blocks',
      message: !child
        ? `${written} of ${entity.name}.${field.name}: there is no entity "${type.entity}"`
        : refs.length !== 1
          ? `${written}: ${type.entity} must reference ${entity.name} through exactly one foreign key (it has ${refs.length})`
          : `${written}: ${type.entity}.${ref?.name} needs fanout: between(min, max), so each ${entity.name} knows its children`,
      expected: `${type.entity}.<fk>: { type: fk(${entity.name}.${entity.key ?? 'id'}), fanout: between(1, 5) }`,
      found: written,
      hint: 'an aggregate is exact by construction only over children kept in blocks',
    });
    return;
  }
  if (type.field === null) return;
  const source = child.fields.find((f) => f.name === type.field);
  const numeric = ['integer', 'number', 'derived', 'aggregate'].includes(source?.type.kind ?? '');
  if (!source || !numeric)
    report({
      code: 'dsl/aggregate-needs-blocks',
      hint: 'aggregate a numeric field of the child entity, e.g. derive(sum(OrderItem.line_total))',
      message: `${written}: ${type.entity} has no numeric field "${type.field}"`,
      expected: `one of ${
        child.fields
          .filter((f) => ['integer', 'number', 'derived'].includes(f.type.kind))
          .map((f) => f.name)
          .join(', ') || 'no numeric fields'
      }`,
      found: type.field,
    });
}

/** Resolves `created_at` or `customer.created_at` to a sibling or `fk_field.parent_field`; reports problems. */
function boundPath(
  model: Model,
  entity: Entity,
  field: Field,
  path: string,
  report: (p: Problem) => void,
): string | null {
  const names = entity.fields.map((f) => f.name);
  const isTemporal = (f: Field | undefined): boolean =>
    f?.type.kind === 'date' || f?.type.kind === 'datetime';
  const [first, second] = path.split('.') as [string, string | undefined];
  if (second === undefined) {
    const sibling = entity.fields.find((f) => f.name === first);
    if (!sibling || sibling === field || !isTemporal(sibling))
      report({
        code: 'dsl/invalid-bound-field',
        message: `the bound "${path}" of ${entity.name}.${field.name} is not another date or date-time field of ${entity.name}`,
        expected: `one of ${names.filter((n) => n !== field.name && isTemporal(entity.fields.find((f) => f.name === n))).join(', ') || 'no date fields'}`,
        found: path,
        hint: suggest(first, names, 'name a date or datetime field of the same entity'),
      });
    return null;
  }
  // `customer.created_at`: the foreign key named customer or customer_id, or the one pointing at Customer.
  const fk = entity.fields.find(
    (f) =>
      f.type.kind === 'fk' &&
      (f.name === first || f.name === `${first}_id` || f.type.entity.toLowerCase() === first.toLowerCase()),
  );
  const parent =
    fk?.type.kind === 'fk'
      ? model.entities.find((e) => e.name === (fk.type as { entity: string }).entity)
      : undefined;
  const target = parent?.fields.find((f) => f.name === second);
  if (!fk || !parent || !isTemporal(target)) {
    report({
      code: 'dsl/invalid-bound-field',
      hint: 'write the bound through a foreign key of this entity: customer.created_at',
      message: !fk
        ? `"${first}" in the bound "${path}" of ${entity.name}.${field.name} is no foreign key of ${entity.name}`
        : `${parent?.name ?? first} has no date or date-time field "${second}"`,
      expected: 'parent.field, through a foreign key: customer.created_at for customer_id: fk(Customer.id)',
      found: path,
    });
    return null;
  }
  return `${fk.name}.${second}`;
}

/** Every cycle among derive / when / same-row bounds, each as the list of fields on it. */
function cycles(entity: Entity): string[][] {
  const edges = new Map<string, string[]>();
  for (const f of entity.fields) {
    const deps: string[] = [];
    if (f.type.kind === 'derived') deps.push(...fieldsRead(f.type.expression, entity));
    if (f.when !== undefined) deps.push(...fieldsRead(f.when, entity));
    if (f.type.kind === 'date' || f.type.kind === 'datetime')
      for (const p of [f.type.minField, f.type.maxField])
        if (p !== undefined) deps.push(p.split('.')[0] as string);
    edges.set(f.name, deps);
  }
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): void => {
    state.set(name, 'open');
    stack.push(name);
    for (const next of edges.get(name) ?? []) {
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(name, 'done');
  };
  for (const f of entity.fields) if (!state.has(f.name)) visit(f.name);
  return found;
}
