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
import { Environment } from '@marcbachmann/cel-js';
import type { Entity, Field, FieldType, Model } from '../model/model.js';
import { parentAliases } from './parentReferences.js';

/** The CEL type a field's values have inside an expression. */
export function celType(model: Model, field: Field): string {
  if (field.nullable > 0 || field.optional > 0 || field.when !== undefined) return 'dyn';
  return celTypeOf(model, field.type);
}

function celTypeOf(model: Model, type: FieldType): string {
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
      return target ? celTypeOf(model, target.type) : 'dyn';
    }
    case 'string':
    case 'enum':
    case 'date':
      return 'string';
    case 'json':
    case 'derived':
    case 'aggregate':
      return 'dyn';
  }
}

const MIXED: readonly (readonly [string, (a: number, b: number) => number])[] = [
  ['+', (a, b) => a + b],
  ['-', (a, b) => a - b],
  ['*', (a, b) => a * b],
  ['/', (a, b) => a / b],
];

/** A CEL environment whose variables are the entity's fields. */
export function expressionEnvironment(model: Model, entity: Entity): Environment {
  let env = new Environment({ unlistedVariablesAreDyn: false });
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
  for (const field of entity.fields) env = env.registerVariable(field.name, celType(model, field));
  // A parent row through a foreign key (`customer.country`): a message type with the parent's fields.
  const registered = new Set<string>();
  for (const { alias, fk } of parentAliases(entity)) {
    const parent = model.entities.find((e) => e.name === fk.type.entity);
    if (!parent) continue;
    const typeName = `fixtura.${parent.name}`;
    if (!registered.has(typeName)) {
      const fields = Object.fromEntries(parent.fields.map((f) => [f.name, celType(model, f)]));
      env = env.registerType(typeName, { fields });
      registered.add(typeName);
    }
    env = env.registerVariable(alias, typeName);
  }
  return env;
}
