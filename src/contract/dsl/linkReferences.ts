/**
 * @module Cross-entity checks once every entity is read: keys exist and are required, foreign keys name an
 * existing entity and a unique field of it.
 */
import type { Entity, Field } from '../../model/model.js';
import { suggest } from '../didYouMean.js';
import type { EntityDraft } from './parseDsl.js';
import type { YamlSource } from './yamlSource.js';

/** Resolves keys and references; reports problems into `source`. */
/** Field kinds a composite key can hold: those with an injective enumeration of their values. */
const KEY_KINDS = new Set(['fk', 'integer', 'number', 'string', 'enum', 'boolean', 'date', 'datetime']);

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
    const blocked = fields.filter((f) => f.type.kind === 'fk' && f.type.fanout.kind === 'between');
    const blocks = blocked[0];
    if (blocked.length > 1)
      source.report(d.fields.find((f) => f.field === blocked[1])?.node ?? d.node, {
        code: 'dsl/invalid-fanout',
        message: `"${d.name}" has two foreign keys with fanout: between (${blocked.map((f) => f.name).join(', ')}); its rows can form blocks of one parent only`,
        expected: 'fanout: between on one foreign key of an entity',
        found: blocked.map((f) => f.name).join(', '),
        hint: `keep between on one; give the other a uniform, zipf or poisson fanout`,
      });
    if (d.count !== null && blocks?.type.kind === 'fk' && blocks.type.fanout.kind === 'between')
      source.report(d.countNode ?? d.node, {
        code: 'dsl/count-follows-fanout',
        message: `the count of "${d.name}" follows from ${blocks.name}'s fanout between(${blocks.type.fanout.min}, ${blocks.type.fanout.max}): each ${blocks.type.entity} gets that many rows`,
        expected: `no count: on ${d.name}`,
        found: `count: ${d.count}`,
        hint: `set the count of ${blocks.type.entity} instead, or give ${blocks.name} another fanout`,
      });
    if (d.compositeKey) {
      const names = d.compositeKey.names;
      const parts = names.map((n) => d.fields.find((f) => f.field.name === n)?.field);
      const unknown = names.filter((_, i) => !parts[i]);
      const wrong = parts.filter(
        (f): f is Field =>
          f !== undefined &&
          (!KEY_KINDS.has(f.type.kind) ||
            f.nullable > 0 ||
            f.optional > 0 ||
            f.unique ||
            f.when !== undefined),
      );
      const blocked = parts.filter((f) => f?.type.kind === 'fk' && f.type.fanout.kind === 'between');
      if (
        new Set(names).size !== names.length ||
        unknown.length > 0 ||
        wrong.length > 0 ||
        blocked.length > 1
      )
        source.report(d.compositeKey.node, {
          code: 'dsl/invalid-composite-key',
          message:
            unknown.length > 0
              ? `the composite key of "${d.name}" names ${unknown.map((n) => `"${n}"`).join(', ')}, not fields of ${d.name}`
              : wrong.length > 0
                ? `the composite key of "${d.name}" has ${wrong.map((f) => f.name).join(', ')}, which must be required, not unique on its own, and a generated value (no derive, json or when)`
                : blocked.length > 1
                  ? `the composite key of "${d.name}" has two foreign keys with fanout: between; one keeps the blocks`
                  : `the composite key of "${d.name}" repeats a field`,
          expected:
            'key: [order_id, product_id], different required fields whose values together never repeat',
          found: `[${names.join(', ')}]`,
          hint:
            unknown.length > 0
              ? suggest(
                  unknown[0] as string,
                  d.fields.map((f) => f.field.name),
                  'name fields of the entity',
                )
              : 'the tuple is unique by construction; each field on its own repeats',
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
