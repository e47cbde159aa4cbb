/**
 * @module OpenAPI 3.0 and Swagger 2.0 schema objects → JSON Schema 2020-12, in a copy of the document:
 * `nullable`/`x-nullable` add null under the reading asked for (nullableReading.ts), boolean `exclusiveMinimum`/`exclusiveMaximum`
 * become numbers, `type: file` a string, `int32`/`int64` formats bounds, and `$ref` drops its siblings (3.0
 * ignores them). A direction (request or response) additionally removes readOnly (or writeOnly) properties:
 * they become `false` and leave `required`, as the OpenAPI specification says they are "not sent".
 */

import { valueAt } from '../../jsonSchema/jsonPointer.js';
import { withNullable, type NullableReading } from './nullableReading.js';
import { readRefsThroughRefs } from './refsThroughRefs.js';

type Json = Record<string, unknown>;

const INT32: [number, number] = [-(2 ** 31), 2 ** 31 - 1];
/** int64 values are kept to the doubles JSON parsers read exactly. */
const INT64: [number, number] = [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const SUBSCHEMA = [
  'items',
  'additionalProperties',
  'not',
  'additionalItems',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];

/** Converts one 3.0/2.0 schema object (recursively). `legacy` is false for 3.1, whose schemas are JSON Schema. */
export function convertSchema(
  schema: unknown,
  legacy: boolean,
  flag: 'readOnly' | 'writeOnly' | null,
  resolve: (ref: string) => unknown,
  nullable: NullableReading = 'strict',
): unknown {
  if (!isObject(schema)) return schema;
  const nulls = legacy && (schema.nullable === true || schema['x-nullable'] === true);
  if (legacy && typeof schema.$ref === 'string') {
    const ref = { $ref: schema.$ref };
    return nulls ? withNullable(ref, nullable) : ref;
  }
  const convert = (s: unknown): unknown => convertSchema(s, legacy, flag, resolve, nullable);
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) {
    if (SUBSCHEMA.includes(k)) out[k] = convert(v);
    else if (SUBSCHEMA_LISTS.includes(k) && Array.isArray(v)) out[k] = v.map(convert);
    else if (SUBSCHEMA_MAPS.includes(k) && isObject(v))
      out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, convert(s)]));
    else out[k] = v;
  }
  if (flag && isObject(out.properties)) {
    const hidden = Object.entries(schema.properties as Json)
      .filter(([, s]) => isMarked(s, flag, resolve))
      .map(([n]) => n);
    for (const n of hidden) (out.properties as Json)[n] = false;
    if (Array.isArray(out.required) && hidden.length > 0)
      out.required = out.required.filter((n) => !hidden.includes(n as string));
  }
  if (isObject(out.discriminator) && isObject(out.discriminator.mapping))
    out.discriminator = { ...out.discriminator, mapping: mappingByRef(out.discriminator.mapping) };
  if (!legacy) {
    // OpenAPI 3.1 has no `nullable` (null goes in `type`): there it is an annotation, which Ajv would otherwise
    // read as its own OpenAPI keyword (and throw on where no `type` sits beside it).
    delete out.nullable;
    return out;
  }
  if (out.type === 'file') out.type = 'string';
  for (const [flagKey, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (out[flagKey] === true && typeof out[bound] === 'number') {
      out[flagKey] = out[bound];
      delete out[bound];
    } else if (typeof out[flagKey] === 'boolean') delete out[flagKey];
  }
  if (out.type === 'integer' && (out.format === 'int32' || out.format === 'int64')) {
    const [lo, hi] = out.format === 'int32' ? INT32 : INT64;
    if (typeof out.minimum !== 'number' && typeof out.exclusiveMinimum !== 'number') out.minimum = lo;
    if (typeof out.maximum !== 'number' && typeof out.exclusiveMaximum !== 'number') out.maximum = hi;
  }
  delete out.nullable;
  return nulls ? withNullable(out, nullable) : out;
}

/**
 * A discriminator mapping whose values are all references: OpenAPI lets a value be a component's bare name
 * (`circle: Circle`), which the sampler matches against the branches' `$ref`s only once it is written as one.
 */
function mappingByRef(mapping: Json): Json {
  return Object.fromEntries(
    Object.entries(mapping).map(([key, target]) => [
      key,
      typeof target === 'string' && /^[\w.-]+$/.test(target) ? `#/components/schemas/${target}` : target,
    ]),
  );
}

function isMarked(
  schema: unknown,
  flag: 'readOnly' | 'writeOnly',
  resolve: (ref: string) => unknown,
  depth = 0,
): boolean {
  if (!isObject(schema) || depth > 8) return false;
  if (schema[flag] === true) return true;
  if (typeof schema.$ref === 'string') return isMarked(resolve(schema.$ref), flag, resolve, depth + 1);
  return Array.isArray(schema.allOf) && schema.allOf.some((s) => isMarked(s, flag, resolve, depth + 1));
}

/**
 * Converts every schema of an OpenAPI 3.x or Swagger 2.0 document, returning a new document.
 * @param legacy true for 3.0 and 2.0
 * @param nullable how `nullable` / `x-nullable` is read (strict: only beside `type`)
 */
export function convertDocument(
  doc: Json,
  legacy: boolean,
  flag: 'readOnly' | 'writeOnly' | null,
  nullable: NullableReading = 'strict',
): Json {
  const resolve = (ref: string): unknown => (ref.startsWith('#/') ? valueAt(doc, ref.slice(1)) : undefined);
  const walk = (value: unknown, key: string | null, inSchemaMap: boolean): unknown => {
    if (inSchemaMap || key === 'schema') return convertSchema(value, legacy, flag, resolve, nullable);
    if (Array.isArray(value)) return value.map((v) => walk(v, null, false));
    if (!isObject(value)) return value;
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'schemas' || k === 'definitions') && isObject(v))
        out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, walk(s, n, true)]));
      else if (k === 'examples' || k === 'example' || k.startsWith('x-')) out[k] = v;
      else out[k] = walk(v, k, false);
    }
    return out;
  };
  const out = walk(doc, null, false) as Json;
  readRefsThroughRefs(out);
  return out;
}
