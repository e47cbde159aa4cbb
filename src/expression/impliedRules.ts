/**
 * @module What a contract's derivations, conditions and field bounds promise, as rules `fixtura validate`
 * checks on any dataset: a derived field equals its expression, a conditional field is absent when its
 * condition is false, a date bounded by a sibling or by its parent row's field respects it (the parent row is
 * looked up across files, see validate/crossEntity.ts). Aggregates over children are checked there too.
 */
import type { Entity, Field, Model, Rule } from '../model/model.js';
import { expressionType } from './compileRule.js';
import { parentAliases } from './parentReferences.js';

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
        if (path === undefined) continue;
        const [first, second] = path.split('.') as [string, string | undefined];
        if (second === undefined) {
          const other = entity.fields.find((x) => x.name === path);
          if (other?.type.kind !== type.kind) continue;
          rules.push({
            name: `bound:${f.name}`,
            expression: `${unlessEmpty(f)}${unlessEmpty(other)}${f.name} ${op} ${path}`,
          });
          continue;
        }
        // Through a foreign key (`customer_id.created_at`): read as the parent row's field.
        const link = parentAliases(entity).find((a) => a.fk.name === first);
        const parent = model.entities.find((e) => e.name === link?.fk.type.entity);
        const other = parent?.fields.find((x) => x.name === second);
        if (!link || other?.type.kind !== type.kind) continue;
        const theirs = `${link.alias}.${second}`;
        rules.push({
          name: `bound:${f.name}`,
          expression: `${unlessEmpty(f)}${other && mayBeEmpty(other) ? `${theirs} == null || ` : ''}${f.name} ${op} ${theirs}`,
        });
      }
    }
  }
  return rules;
}
