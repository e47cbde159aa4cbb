/**
 * @module What a contract's derivations, conditions and field bounds promise, as rules `fixtura validate`
 * checks on any dataset: a derived field equals its expression, a conditional field is absent when its
 * condition is false, a date bounded by a sibling respects it. (Bounds through a foreign key span two files and
 * are not checked yet.)
 */
import type { Entity, Field, Model, Rule } from '../model/model.js';
import { expressionType } from './compileRule.js';

/** A field that may be null or absent (typed `dyn` in expressions, so `== null` type-checks). */
function mayBeEmpty(f: Field): boolean {
  return f.nullable > 0 || f.optional > 0 || f.when !== undefined || f.type.kind === 'derived';
}

/** `name == null || ` for a field that may be empty, nothing for one that cannot. */
function unlessEmpty(f: Field | undefined): string {
  return f && mayBeEmpty(f) ? `${f.name} == null || ` : '';
}

export function impliedRules(model: Model, entity: Entity): Rule[] {
  const rules: Rule[] = [];
  for (const f of entity.fields) {
    const type = f.type;
    if (type.kind === 'derived') {
      const cel = expressionType(model, entity, type.expression);
      const value = cel === 'google.protobuf.Timestamp' ? `timestamp(${f.name})` : f.name;
      rules.push({
        name: `derive:${f.name}`,
        expression: `${f.name} == null || ${value} == (${type.expression})`,
      });
    }
    if (f.when !== undefined)
      rules.push({ name: `when:${f.name}`, expression: `(${f.when}) || ${f.name} == null` });
    if (type.kind === 'date' || type.kind === 'datetime') {
      for (const [path, op] of [
        [type.minField, '>='],
        [type.maxField, '<='],
      ] as const) {
        if (path === undefined || path.includes('.')) continue;
        const other = entity.fields.find((x) => x.name === path);
        if (other?.type.kind !== type.kind) continue;
        rules.push({
          name: `bound:${f.name}`,
          expression: `${unlessEmpty(f)}${unlessEmpty(other)}${f.name} ${op} ${path}`,
        });
      }
    }
  }
  return rules;
}
