/**
 * @module Cross-entity checks once every entity is read: keys exist and are required, foreign keys name an
 * existing entity and a unique field of it.
 */
import type { Entity, Field } from '../../model/model.js';
import { suggest } from '../didYouMean.js';
import type { EntityDraft } from './parseDsl.js';
import type { YamlSource } from './yamlSource.js';

/** Resolves keys and references; reports problems into `source`. */
export function linkReferences(source: YamlSource, drafts: readonly EntityDraft[]): Entity[] {
  const keys = new Map<string, string | null>();
  const entities: Entity[] = drafts.map((d) => {
    let key: string | null = d.fields.some((f) => f.field.name === 'id') ? 'id' : null;
    if (d.key) {
      const keyField = d.fields.find((f) => f.field.name === d.key?.name);
      if (!keyField) {
        const names = d.fields.map((f) => f.field.name);
        source.report(d.key.node, {
          code: 'dsl/unknown-key-field',
          message: `key "${d.key.name}" is not a field of "${d.name}"`,
          expected: `one of ${names.join(', ')}`,
          found: d.key.name,
          hint: suggest(d.key.name, names, "name one of the entity's fields"),
        });
      } else key = d.key.name;
    }
    const fields: Field[] = d.fields.map((f) => {
      if (f.field.name !== key) return f.field;
      if (f.field.nullable > 0 || f.field.optional > 0) {
        source.report(f.node, {
          code: 'dsl/nullable-key',
          message: `key "${key}" of "${d.name}" cannot be nullable or optional`,
          expected: 'a required key',
          found: 'nullable or optional',
          hint: 'remove the modifier, or choose another key',
        });
      }
      return { ...f.field, unique: true };
    });
    keys.set(d.name, key);
    if (d.localeFrom && !fields.some((f) => f.name === d.localeFrom?.name)) {
      const names = fields.map((f) => f.name);
      source.report(d.localeFrom.node, {
        code: 'dsl/unknown-locale-field',
        message: `locale_from "${d.localeFrom.name}" is not a field of "${d.name}"`,
        expected: `one of ${names.join(', ')}`,
        found: d.localeFrom.name,
        hint: suggest(d.localeFrom.name, names, "name the field that holds each row's country"),
      });
    }
    if (d.compositeKey) {
      const [a, b] = d.compositeKey.names;
      const refs = d.compositeKey.names.map((n) => d.fields.find((f) => f.field.name === n)?.field);
      if (a === b || refs.some((f) => f?.type.kind !== 'fk' || f.nullable > 0 || f.optional > 0 || f.unique))
        source.report(d.compositeKey.node, {
          code: 'dsl/invalid-composite-key',
          message: `a composite key of "${d.name}" is two different required, non-unique foreign keys`,
          expected: 'key: [order_id, product_id] with order_id: fk(Order.id), product_id: fk(Product.id)',
          found: `[${d.compositeKey.names.join(', ')}]`,
          hint: 'the pair is unique by construction; each side repeats',
        });
      key = null;
    }
    return {
      name: d.name,
      key,
      ...(d.compositeKey ? { compositeKey: d.compositeKey.names } : {}),
      count: d.count,
      fields,
      rules: d.rules.map((r) => r.rule),
      ...(d.locale !== undefined ? { locale: d.locale } : {}),
      ...(d.localeFrom !== undefined ? { localeFrom: d.localeFrom.name } : {}),
    };
  });

  const names = drafts.map((d) => d.name);
  return entities.map((entity, i) => {
    const draft = drafts[i] as EntityDraft;
    const fields = entity.fields.map((field, j) => {
      const ref = (draft.fields[j] as EntityDraft['fields'][number]).reference;
      if (field.type.kind !== 'fk' || !ref) return field;
      const target = entities.find((e) => e.name === ref.text.entity);
      if (!target) {
        source.report(
          ref.node,
          {
            code: 'dsl/unknown-entity',
            message: `fk target entity "${ref.text.entity}" does not exist`,
            expected: `one of ${names.join(', ')}`,
            found: ref.text.entity,
            hint: suggest(ref.text.entity, names, 'declare the entity, or fix the name'),
          },
          ref.text.offset,
        );
        return field;
      }
      const fieldName = ref.text.field || keys.get(target.name) || '';
      const targetField = target.fields.find((f) => f.name === fieldName);
      const fieldOffset = ref.text.offset + ref.text.entity.length + 1;
      if (!targetField) {
        const candidates = target.fields.map((f) => f.name);
        source.report(
          ref.node,
          {
            code: 'dsl/unknown-field',
            message: ref.text.field
              ? `"${target.name}" has no field "${fieldName}"`
              : `"${target.name}" has no key to reference`,
            expected: `one of ${candidates.join(', ')}`,
            found: fieldName || 'no key',
            hint: suggest(fieldName, candidates, `write fk(${target.name}.<field>)`),
          },
          ref.text.field ? fieldOffset : ref.text.offset,
        );
        return field;
      }
      if (!targetField.unique) {
        source.report(
          ref.node,
          {
            code: 'dsl/fk-target-not-unique',
            message: `fk target ${target.name}.${fieldName} is neither the key nor unique, so a reference could match several rows`,
            expected: 'a unique field or the key',
            found: `${target.name}.${fieldName}`,
            hint: `mark ${target.name}.${fieldName} unique`,
          },
          fieldOffset,
        );
      }
      return { ...field, type: { ...field.type, field: fieldName } };
    });
    return { ...entity, fields };
  });
}
