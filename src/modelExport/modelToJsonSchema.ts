/**
 * @module Model → JSON Schema 2020-12: one `$defs` entry per entity, every record an object with exactly the
 * contract's fields. Facts JSON Schema cannot state (uniqueness, foreign keys) travel as `x-fixtura-*`
 * annotations; date ranges use `formatMinimum`/`formatMaximum` (understood by ajv-formats).
 */
import { findFormat } from '../engine/values/formats/formats.js';
import type { FindFormatSchema } from '../model/formatSchema.js';
import { LOCALES, type LocaleTag } from '../model/localeTag.js';
import { expressionType } from '../expression/compileRule.js';
import {
  DEFINITIONS_ID,
  findEntity,
  type Entity,
  type Field,
  type FieldType,
  type Model,
} from '../model/model.js';

export type JsonSchema = { [keyword: string]: unknown };

export interface JsonSchemaOptions {
  /**
   * Looks up the formats the model names, for the keywords their values satisfy. Default: the built-in
   * formats; a per-run context (`createFixtura`) passes its own, which knows the user's formats too.
   */
  readonly findFormat?: FindFormatSchema;
}

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/** What a derived field's CEL type writes. */
const DERIVED_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  int: { type: 'integer' },
  double: { type: 'number' },
  string: { type: 'string' },
  bool: { type: 'boolean' },
  'google.protobuf.Timestamp': { type: 'string', format: 'date-time' },
};

/**
 * @example modelToJsonSchema(shop).$defs.Order.properties.total_eur
 * // { type: 'number', minimum: 0, maximum: 99999, multipleOf: 0.01 }
 */
export function modelToJsonSchema(
  model: Model,
  options: JsonSchemaOptions = {},
): JsonSchema & { $defs: Record<string, JsonSchema> } {
  const $defs: Record<string, JsonSchema> = {};
  for (const entity of model.entities) $defs[entity.name] = entityToJsonSchema(model, entity, options);
  // The schemas json fields point into travel with the export, as a resource of their own (their $id).
  if (model.definitions !== undefined) $defs['~definitions'] = model.definitions as JsonSchema;
  return {
    $schema: DRAFT,
    $id: `urn:fixtura:${encodeURIComponent(model.contract.name)}:${encodeURIComponent(model.contract.version)}`,
    title: `${model.contract.name} ${model.contract.version}`,
    $defs,
  };
}

/** The schema of one entity's records. */
export function entityToJsonSchema(
  model: Model,
  entity: Entity,
  options: JsonSchemaOptions = {},
): JsonSchema {
  const find = options.findFormat ?? findFormat;
  const properties: Record<string, JsonSchema> = {};
  for (const field of entity.fields) properties[field.name] = fieldToJsonSchema(model, entity, field, find);
  return {
    type: 'object',
    properties,
    // A conditional field (`when:`) is absent where its condition is false: not required.
    required: entity.fields.filter((f) => f.optional === 0 && f.when === undefined).map((f) => f.name),
    additionalProperties: false,
    ...(entity.key ? { 'x-fixtura-key': entity.key } : {}),
  };
}

function fieldToJsonSchema(model: Model, entity: Entity, field: Field, find: FindFormatSchema): JsonSchema {
  let schema = typeSchema(model, field.type, find, localesOf(model, entity, field));
  if (field.nullable > 0) {
    schema =
      'enum' in schema
        ? { ...schema, type: ['string', 'null'], enum: [...(schema.enum as unknown[]), null] }
        : { anyOf: [schema, { type: 'null' }] };
  }
  return {
    ...schema,
    ...(field.description !== null ? { description: field.description } : {}),
    ...(field.example !== null ? { examples: [field.example] } : {}),
    ...(field.unique ? { 'x-fixtura-unique': true } : {}),
  };
}

function bounds(
  min: number | string | null,
  max: number | string | null,
  lo: string,
  hi: string,
): JsonSchema {
  return { ...(min !== null ? { [lo]: min } : {}), ...(max !== null ? { [hi]: max } : {}) };
}

/** The locales a field's values come from: every one under `locale_from`, else the entity's or contract's. */
function localesOf(model: Model, entity: Entity, field: Field): readonly (LocaleTag | undefined)[] {
  const own = (entity.locale ?? model.locale) as LocaleTag | undefined;
  if (entity.localeFrom !== undefined && !field.unique && field.name !== entity.localeFrom)
    return [...LOCALES, own];
  return [own];
}

/** What every value of a format satisfies, over the locales it is drawn in (one schema, or anyOf them). */
function formatSchema(
  name: string,
  find: FindFormatSchema,
  locales: readonly (LocaleTag | undefined)[],
): JsonSchema {
  const format = find(name);
  if (!format) return {};
  const schemas = [
    ...new Map(
      locales.map((l) => {
        const s = (l !== undefined && format.localized ? format.localized(l) : format).schema;
        return [JSON.stringify(s), s] as const;
      }),
    ).values(),
  ];
  if (schemas.length === 1) return { ...schemas[0] };
  return { anyOf: schemas.map((s) => ({ ...s })) };
}

function typeSchema(
  model: Model,
  type: FieldType,
  find: FindFormatSchema,
  locales: readonly (LocaleTag | undefined)[] = [undefined],
): JsonSchema {
  switch (type.kind) {
    case 'string': {
      const format = type.format ? formatSchema(type.format, find, locales) : undefined;
      return {
        type: 'string',
        ...format,
        ...(type.pattern !== null ? { pattern: `^(?:${type.pattern})$` } : {}),
        ...bounds(type.minLength, type.maxLength, 'minLength', 'maxLength'),
      };
    }
    case 'integer':
      return { type: 'integer', ...bounds(type.min, type.max, 'minimum', 'maximum') };
    case 'number':
      return {
        type: 'number',
        ...bounds(type.min, type.max, 'minimum', 'maximum'),
        ...(type.decimals !== null ? { multipleOf: Number(`1e-${type.decimals}`) } : {}),
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'date':
      return {
        type: 'string',
        format: 'date',
        ...bounds(type.min, type.max, 'formatMinimum', 'formatMaximum'),
      };
    case 'datetime':
      return {
        type: 'string',
        format: 'date-time',
        ...bounds(type.min, type.max, 'formatMinimum', 'formatMaximum'),
      };
    case 'enum':
      return { type: 'string', enum: [...type.values] };
    case 'json':
      return { $ref: `${DEFINITIONS_ID}#${type.pointer}` };
    case 'aggregate':
      return type.fn === 'count' ? { type: 'integer', minimum: 0 } : { type: ['number', 'null'] };
    case 'derived': {
      const entity = model.entities.find((e) => e.fields.some((f) => f.type === type));
      const cel = entity ? expressionType(model, entity, type.expression) : null;
      const schema = DERIVED_SCHEMAS[cel ?? ''];
      // Never null unless the field is nullable (derivedValue.ts stops the run rather than write one).
      return schema ? { ...schema } : {};
    }
    case 'fk': {
      const target = findEntity(model, type.entity)?.fields.find((f) => f.name === type.field);
      const base = target && target.type.kind !== 'fk' ? typeSchema(model, target.type, find) : {};
      return { ...base, 'x-fixtura-fk': `${type.entity}.${type.field}` };
    }
  }
}
