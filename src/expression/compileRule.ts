/**
 * @module Business rules, compiled once per entity and evaluated per record. A rule holds when its CEL
 * expression yields `true`; `false`, any other value, or an evaluation error (say a comparison with a null
 * field) means the record breaks it, and the reason says which.
 */
import type { Entity, Field, Model, Rule } from '../model/model.js';
import { celType, expressionEnvironment } from './expressionEnvironment.js';
import { compileFast, fallback, withFallback, type FastAccess } from './fastExpression.js';
import { parentAliases, parentsRead, withoutStrings } from './parentReferences.js';

/** A problem with an expression's text, `offset` characters into it. */
export interface ExpressionProblem {
  readonly message: string;
  readonly offset: number;
}

interface CelFailure {
  readonly summary?: string;
  readonly message: string;
  readonly range?: { readonly start: number };
}

function problemOf(error: unknown): ExpressionProblem {
  const e = error as CelFailure;
  return { message: e.summary ?? e.message, offset: e.range?.start ?? 0 };
}

/**
 * Parses and type-checks a rule against its entity, without evaluating it.
 * @example checkRule(model, order, 'total_eur >= 0') // null
 * @example checkRule(model, order, 'totl >= 0')      // { message: 'Unknown variable: totl', offset: 0 }
 */
export function checkRule(model: Model, entity: Entity, expression: string): ExpressionProblem | null {
  const checked = checkExpression(model, entity, expression);
  if ('message' in checked) return checked;
  if (checked.type !== 'bool' && checked.type !== 'dyn')
    return { message: `a rule must be true or false, but this expression gives ${checked.type}`, offset: 0 };
  return null;
}

/** Parses and type-checks any expression over an entity's fields: its CEL type, or the problem. */
export function checkExpression(
  model: Model,
  entity: Entity,
  expression: string,
): ExpressionProblem | { readonly type: string } {
  try {
    const result = expressionEnvironment(model, entity).check(expression);
    return result.valid ? { type: result.type as string } : problemOf(result.error);
  } catch (error) {
    return problemOf(error);
  }
}

/** A rule a record broke, and why. */
export interface BrokenRule {
  readonly rule: Rule;
  /** `false`, or what went wrong evaluating it. */
  readonly reason: string;
}

/** Evaluates every rule of an entity on one record. */
export type RuleChecker = (record: Readonly<Record<string, unknown>>) => BrokenRule[];

/** Turns a JSON value into what the field's CEL type expects (ints as bigint, instants as Date). */
type Convert = (value: unknown) => unknown;

function converterFor(model: Model, field: Field): Convert {
  // The type of a present value: what the field holds when it is not null or absent (or conditioned away).
  // A derived field's is its expression's (typing): a derived instant is a timestamp, as its inputs are.
  const { when: _when, ...always } = field;
  const base = celType(model, { ...always, nullable: 0, optional: 0 }, true);
  if (base === 'int') return (v) => (typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v);
  if (base === 'google.protobuf.Timestamp') return (v) => (typeof v === 'string' ? new Date(v) : v);
  return (v) => v;
}

/** Converts the fields of a record (all, or those named); a missing or null field becomes null. */
function recordConverter(
  model: Model,
  entity: Entity,
  only?: readonly string[],
): (record: Readonly<Record<string, unknown>>) => Record<string, unknown> {
  const converters = entity.fields
    .filter((f) => !only || only.includes(f.name))
    .map((f) => [f.name, converterFor(model, f)] as const);
  return (record) => {
    const context: Record<string, unknown> = {};
    for (const [name, convert] of converters) {
      const value = record[name];
      context[name] = value === undefined || value === null ? null : convert(value);
    }
    return context;
  };
}

/**
 * The evaluation context of an entity's expressions: its fields, and each parent row the record carries
 * under its alias (`record.customer = { country: 'DE', … }`).
 */
function contextBuilder(
  model: Model,
  entity: Entity,
  expression?: string,
): (record: Readonly<Record<string, unknown>>) => Record<string, unknown> {
  // For one expression, only what it reads: building the whole record per evaluation was the cost of derive.
  const own = recordConverter(
    model,
    entity,
    expression === undefined ? undefined : fieldsRead(expression, entity),
  );
  const reads = expression === undefined ? null : parentsRead(expression, entity);
  const parents = parentAliases(entity).flatMap(({ alias, fk }) => {
    const parent = model.entities.find((e) => e.name === fk.type.entity);
    const read = reads?.find((r) => r.alias === alias);
    if (!parent || (reads && !read)) return [];
    return [[alias, recordConverter(model, parent, read?.fields)] as const];
  });
  if (parents.length === 0) return own;
  return (record) => {
    const context = own(record);
    for (const [alias, convert] of parents) {
      const row = record[alias];
      if (row !== undefined && row !== null) context[alias] = convert(row as Record<string, unknown>);
    }
    return context;
  };
}

/**
 * Compiles an entity's rules (already checked when the contract loaded).
 * @example compileRules(model, order)({ total_eur: -1, … }) // [{ rule: { name: 'total_eur >= 0', … }, reason: 'false' }]
 */
export function compileRules(model: Model, entity: Entity): RuleChecker {
  if (entity.rules.length === 0) return () => [];
  const env = expressionEnvironment(model, entity);
  const compiled = entity.rules.map((rule) => ({
    rule,
    evaluate: env.parse(rule.expression),
    parents: parentsRead(rule.expression, entity).map((p) => p.alias),
  }));
  const contextOf = contextBuilder(model, entity);
  return (record) => {
    const context = contextOf(record);
    const broken: BrokenRule[] = [];
    for (const { rule, evaluate, parents } of compiled) {
      // A parent row that is not there (a dangling reference, reported as such) leaves its rules unjudged.
      if (parents.some((alias) => context[alias] === undefined)) continue;
      let result: unknown;
      try {
        result = evaluate(context);
      } catch (error) {
        broken.push({ rule, reason: `cannot be evaluated: ${problemOf(error).message}` });
        continue;
      }
      if (result !== true)
        broken.push({ rule, reason: result === false ? 'false' : `gives ${String(result)}` });
    }
    return broken;
  };
}

/** The CEL type an expression yields over an entity's fields (`int`, `double`, `string`, `bool`, …), or null. */
export function expressionType(model: Model, entity: Entity, expression: string): string | null {
  // With derived inputs typed by their own expressions (`dyn` only where that is all one can say).
  try {
    const typed = expressionEnvironment(model, entity, true).check(expression);
    if (typed.valid && typeof typed.type === 'string') return typed.type;
  } catch {
    // fall back to the run-time view below
  }
  const checked = checkExpression(model, entity, expression);
  return 'type' in checked ? checked.type : null;
}

/**
 * Evaluates an expression on a record's values (typed as rules see them) and returns the raw CEL result, or
 * throws what CEL throws.
 */
export function compileExpression(
  model: Model,
  entity: Entity,
  expression: string,
): (record: Readonly<Record<string, unknown>>) => unknown {
  const evaluate = expressionEnvironment(model, entity).parse(expression);
  const contextOf = contextBuilder(model, entity, expression);
  const cel = (record: Readonly<Record<string, unknown>>): unknown => evaluate(contextOf(record));
  const fast = fastExpression<Readonly<Record<string, unknown>>>(model, entity, expression, {
    read: (name) => (r) => r[name],
    readMember: (alias, name) => (r) => {
      const row = r[alias] as Record<string, unknown> | undefined | null;
      return row === undefined || row === null ? fallback() : row[name];
    },
  });
  return withFallback(fast, cel);
}

/**
 * An expression as plain closures over any input the readers take (see fastExpression.ts), typed like the
 * expression's fields; null when it uses more than the fast subset. A closure throws FALLBACK where CEL must
 * decide.
 */
export function fastExpression<I>(
  model: Model,
  entity: Entity,
  expression: string,
  readers: Pick<FastAccess<I>, 'read' | 'readMember' | 'memberOfRow'>,
): ((input: I) => unknown) | null {
  const aliases = new Map(parentAliases(entity).map((a) => [a.alias, a.fk.type.entity]));
  const fieldType = (e: Entity | undefined, name: string): string | undefined => {
    const f = e?.fields.find((x) => x.name === name);
    return f && celType(model, f, true);
  };
  return compileFast(expressionEnvironment(model, entity).parse(expression).ast, {
    ...readers,
    variable: (name) => fieldType(entity, name),
    member: (alias, name) => {
      const parent = aliases.get(alias);
      return parent === undefined
        ? undefined
        : fieldType(
            model.entities.find((e) => e.name === parent),
            name,
          );
    },
  });
}

/**
 * The fields an expression reads: identifiers outside string literals that name a field of the entity, and
 * the foreign key of each parent row it reads (`customer.country` reads `customer_id`).
 * @example fieldsRead("status != 'REFUNDED' || total_eur > 0", order) // ['total_eur', 'status']
 */
export function fieldsRead(expression: string, entity: Entity): string[] {
  // A name after a dot selects a member (`customer.country`, `name.size()`), it is not one of the fields.
  const code = withoutStrings(expression).replace(/\.\s*[A-Za-z_][A-Za-z0-9_]*/g, '');
  const names = new Set(code.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
  for (const p of parentsRead(expression, entity)) names.add(p.fk.name);
  return entity.fields.filter((f) => names.has(f.name)).map((f) => f.name);
}
