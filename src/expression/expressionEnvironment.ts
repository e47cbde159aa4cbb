/**
 * @module The expression language of rules, derived fields and conditions: CEL, the Common Expression Language
 * (https://github.com/google/cel-spec), evaluated by @marcbachmann/cel-js — no `eval`, no loops, no I/O, so a
 * contract's expressions cannot do anything but compute a value from a record.
 *
 * An entity's fields are the expression's variables, typed from the contract so that a mistake such as
 * `status > 3` fails when the contract loads rather than on the first record. CEL keeps `int` and `double`
 * apart; mixing them in arithmetic and equality is allowed here (`quantity * unit_price`, `total == 0`)
 * because contracts say "number" and mean it. A foreign key's parent row is a variable too (`customer.country`,
 * see parentReferences.ts).
 */
import { createRequire } from 'node:module';
import type * as CelModule from '@marcbachmann/cel-js';
import type { Environment } from '@marcbachmann/cel-js';
import type { Entity, Field, FieldType, Model } from '../model/model.js';
import { parentAliases } from './parentReferences.js';

/**
 * CEL is loaded on first use, synchronously (`require` of an ES module, which Node ≥ 20.19 allows): a contract
 * without rules, derived fields or conditions never evaluates an expression, and should not pay for loading
 * the evaluator at start-up (issue 15).
 */
const load = createRequire(import.meta.url);
let cel: typeof CelModule | undefined;
function celModule(): typeof CelModule {
  return (cel ??= load('@marcbachmann/cel-js') as typeof CelModule);
}

/** The CEL type a field's values have inside an expression. */
/**
 * @param typing with `true`, a derived field has its expression's type (what it writes: encodings, schemas,
 * CSV cells); without, it is `dyn`, as expressions see it at run time, where a derived value can be null.
 */
export function celType(model: Model, field: Field, typing = false): string {
  if (field.nullable > 0 || field.optional > 0 || field.when !== undefined) return 'dyn';
  return celTypeOf(model, field.type, typing);
}

function celTypeOf(model: Model, type: FieldType, typing: boolean): string {
  switch (type.kind) {
    case 'integer':
      return 'int';
    case 'number':
      return 'double';
    case 'boolean':
      return 'bool';
    case 'datetime':
      return 'google.protobuf.Timestamp';
    case 'fk': {
      const target = model.entities
        .find((e) => e.name === type.entity)
        ?.fields.find((f) => f.name === type.field);
      return target ? celTypeOf(model, target.type, typing) : 'dyn';
    }
    case 'string':
    case 'enum':
    case 'date':
      return 'string';
    case 'aggregate':
      return type.fn === 'count' ? 'int' : type.fn === 'sum' ? 'double' : 'dyn';
    case 'derived':
      return typing ? derivedType(model, type) : 'dyn';
    case 'json':
      return 'dyn';
  }
}

const derivedTypes = new WeakMap<FieldType, string>();
const resolving = new Set<FieldType>();

/**
 * A derived field's type is its expression's, so that `line_total: derive(quantity * unit_price)` over a derived
 * `unit_price` is still a double. Resolved through other derived fields on demand; a cycle (refused when the
 * contract loads) is `dyn` here.
 */
function derivedType(model: Model, type: Extract<FieldType, { kind: 'derived' }>): string {
  const known = derivedTypes.get(type);
  if (known !== undefined) return known;
  const owner = model.entities.find((e) => e.fields.some((f) => f.type === type));
  if (!owner || resolving.has(type)) return 'dyn';
  resolving.add(type);
  let result = 'dyn';
  try {
    const checked = expressionEnvironment(model, owner, true).check(type.expression);
    if (checked.valid && typeof checked.type === 'string') result = checked.type;
  } catch {
    // Not a valid expression: reported where the contract is checked.
  } finally {
    resolving.delete(type);
  }
  derivedTypes.set(type, result);
  return result;
}

const MIXED: readonly (readonly [string, (a: number, b: number) => number])[] = [
  ['+', (a, b) => a + b],
  ['-', (a, b) => a - b],
  ['*', (a, b) => a * b],
  ['/', (a, b) => a / b],
];

/** A CEL environment whose variables are the entity's fields. */
export function expressionEnvironment(model: Model, entity: Entity, typing = false): Environment {
  let env = new (celModule().Environment)({ unlistedVariablesAreDyn: false });
  for (const [op, fn] of MIXED) {
    env = env
      .registerOperator(`int ${op} double`, (a: bigint, b: number) => fn(Number(a), b))
      .registerOperator(`double ${op} int`, (a: number, b: bigint) => fn(a, Number(b)));
  }
  // Registering `int == double` also gives `double == int` and both `!=`.
  env = env.registerOperator('int == double', (a: bigint, b: number) => Number(a) === b);
  // Money is computed in doubles: round(x, 2) brings a derived amount back onto its decimal grid.
  env = env.registerFunction('round(double, int): double', (x: number, d: bigint) => {
    const scale = 10 ** Number(d);
    return Math.round(x * scale) / scale;
  });
  env = env.registerFunction('round(double): int', (x: number) => BigInt(Math.round(x)));
  for (const field of entity.fields) env = env.registerVariable(field.name, celType(model, field, typing));
  // A parent row through a foreign key (`customer.country`): a message type with the parent's fields.
  const registered = new Set<string>();
  for (const { alias, fk } of parentAliases(entity)) {
    const parent = model.entities.find((e) => e.name === fk.type.entity);
    if (!parent) continue;
    const typeName = `fixtura.${typing ? 'typed.' : ''}${parent.name}`;
    if (!registered.has(typeName)) {
      const fields = Object.fromEntries(parent.fields.map((f) => [f.name, celType(model, f, typing)]));
      env = env.registerType(typeName, { fields });
      registered.add(typeName);
    }
    env = env.registerVariable(alias, typeName);
  }
  return env;
}
