/**
 * @module Compiles each entity's JSON Schema once with Ajv (draft 2020-12, formats, date bounds) and turns its
 * errors into validation issues.
 *
 * Decimals are checked exactly rather than with `multipleOf`: Ajv divides in floating point, so it calls
 * 249999.99 "not a multiple of 0.01". Fixtura replaces `multipleOf: 1e-N` by its own keyword, which counts the
 * decimals of the number's shortest text (what JSON.stringify prints).
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Model } from '../model/model.js';
import { modelToJsonSchema, type JsonSchema } from '../model/modelToJsonSchema.js';
import { formatValidators } from '../engine/values/formats/jsonSchemaFormats.js';

const DECIMALS = 'x-fixtura-decimals';

function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  if (!text.includes('e')) return text.length - text.indexOf('.') - 1;
  const exponent = /e([+-]\d+)$/.exec(text);
  const mantissa = exponent ? text.slice(0, exponent.index) : text;
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - (exponent ? Number(exponent[1]) : 0));
}

/** Replaces `multipleOf: 1e-N` with the exact decimals keyword, everywhere in a schema. */
function exactDecimals(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(exactDecimals);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(schema as JsonSchema)) {
    if (k === 'multipleOf' && typeof v === 'number' && v < 1 && /^1e-\d+$/.test(v.toExponential())) {
      out[DECIMALS] = Number(v.toExponential().slice(3));
    } else out[k] = exactDecimals(v);
  }
  return out;
}

export interface SchemaCheck {
  /** The failing keywords of a record, or an empty list when it is valid. */
  (entity: string, record: unknown): ErrorObject[];
}

export function schemaValidator(model: Model): SchemaCheck {
  // OpenAPI definitions carry keywords JSON Schema does not know (discriminator, xml, x-…): annotations there.
  const ajv = new Ajv2020({ allErrors: true, strict: model.definitions === undefined, logger: false });
  for (const keyword of ['x-fixtura-fk', 'x-fixtura-unique', 'x-fixtura-key']) ajv.addKeyword(keyword);
  ajv.addKeyword({
    keyword: DECIMALS,
    type: 'number',
    schemaType: 'number',
    error: { message: (ctx) => `must have at most ${String(ctx.schema)} decimals` },
    validate: (decimals: number, value: number) => {
      // Fast and exact below 2^52 units: a value with at most N decimals is the double nearest k / 10^N, which
      // is what dividing the rounded product gives back. Anything else takes the textual route.
      const scale = 10 ** decimals;
      if (Math.abs(value) * scale < 2 ** 52 && Math.round(value * scale) / scale === value) return true;
      return decimalsOf(value) <= decimals;
    },
  });
  addFormats.default(ajv, { keywords: true });
  // Formats ajv-formats does not know (idn-email, iri, …) are asserted with Fixtura's validators.
  for (const [name, check] of Object.entries(formatValidators)) ajv.addFormat(name, check);
  const { $id: _id, ...schema } = exactDecimals(modelToJsonSchema(model)) as JsonSchema;
  ajv.addSchema(schema, 'fixtura:contract');
  const compiled = new Map<string, ValidateFunction>();
  for (const entity of model.entities)
    compiled.set(entity.name, ajv.compile({ $ref: `fixtura:contract#/$defs/${entity.name}` }));
  return (entity, record) => {
    const validate = compiled.get(entity);
    if (!validate || validate(record)) return [];
    return validate.errors ?? [];
  };
}
