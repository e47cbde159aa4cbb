/**
 * @module Test-only conversion of an OpenAPI 3.0 (or Swagger 2.0) document's component schemas into one draft
 * 2020-12 JSON Schema, written apart from Fixtura's own conversion so the corpus test does not grade Fixtura
 * with Fixtura's reading of OpenAPI.
 */

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** Keywords OpenAPI adds that say nothing about validity (besides every `x-*` extension). */
const ANNOTATIONS = new Set(['discriminator', 'example', 'xml', 'externalDocs']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);

export interface ConvertedComponents {
  /** A draft 2020-12 schema whose `$defs` hold every component schema, converted. */
  readonly schema: { readonly $schema: string; readonly $defs: Record<string, unknown> };
  /** Each component's pointer in the OpenAPI document (`#/components/schemas/Pet`) → its fragment in `schema` (`#/$defs/Pet`). */
  readonly fragments: ReadonlyMap<string, string>;
}

type SchemaObject = Record<string, unknown>;

const isObject = (value: unknown): value is SchemaObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Escapes a name as one JSON pointer token (RFC 6901). */
export const pointerToken = (name: string): string => name.replaceAll('~', '~0').replaceAll('/', '~1');

/** Where a document keeps its component schemas: OpenAPI 3.0's components, or Swagger 2.0's definitions. */
export function componentSchemas(document: unknown): { prefix: string; schemas: SchemaObject } {
  if (!isObject(document)) throw new Error('an OpenAPI document is an object');
  const version = String(document.openapi ?? document.swagger ?? '');
  if (version.startsWith('3.0')) {
    const components = isObject(document.components) ? document.components : {};
    return {
      prefix: '#/components/schemas/',
      schemas: isObject(components.schemas) ? components.schemas : {},
    };
  }
  if (version === '2.0') {
    return { prefix: '#/definitions/', schemas: isObject(document.definitions) ? document.definitions : {} };
  }
  throw new Error(`only OpenAPI 3.0 and Swagger 2.0 need converting, not "${version}"`);
}

/**
 * Converts every component schema of `document`.
 *
 * @example
 * openapiComponentsToJsonSchema({ openapi: '3.0.3', components: { schemas: { Age: { type: 'integer', nullable: true } } } })
 * // { schema: { $schema: '…/2020-12/schema', $defs: { Age: { anyOf: [{ type: 'null' }, { type: 'integer' }] } } },
 * //   fragments: Map { '#/components/schemas/Age' => '#/$defs/Age' } }
 */
export function openapiComponentsToJsonSchema(document: unknown): ConvertedComponents {
  const { prefix, schemas } = componentSchemas(document);
  const $defs: Record<string, unknown> = {};
  const fragments = new Map<string, string>();
  for (const [name, schema] of Object.entries(schemas)) {
    $defs[name] = convertSchema(schema, prefix);
    fragments.set(prefix + pointerToken(name), `#/$defs/${pointerToken(name)}`);
  }
  return { schema: { $schema: DRAFT_2020_12, $defs }, fragments };
}

function convertSchema(node: unknown, prefix: string): unknown {
  // additionalProperties may be a boolean, which means the same in both languages.
  if (!isObject(node)) return node;
  // OpenAPI 3.0 and Swagger 2.0 ignore every sibling of $ref.
  if (typeof node.$ref === 'string') return { $ref: convertRef(node.$ref, prefix) };
  const out: SchemaObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (key === 'nullable' || key === 'exclusiveMinimum' || key === 'exclusiveMaximum') continue;
    if (SCHEMA_MAPS.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertSchema(v, prefix)]));
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = convertSchema(value, prefix);
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((v) => convertSchema(v, prefix));
    } else {
      out[key] = value;
    }
  }
  // Draft 4 style boolean exclusive bounds become draft 6+ numeric ones.
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (node[exclusive] === true && typeof node[bound] === 'number') {
      out[exclusive] = node[bound];
      delete out[bound];
    } else if (typeof node[exclusive] === 'number') {
      out[exclusive] = node[exclusive];
    }
  }
  // `nullable: true` admits null whatever else the schema says (type, enum, allOf…), so it wraps the schema.
  return node.nullable === true ? { anyOf: [{ type: 'null' }, out] } : out;
}

function convertRef(ref: string, prefix: string): string {
  if (!ref.startsWith(prefix)) throw new Error(`a component schema refers outside ${prefix}: ${ref}`);
  return `#/$defs/${ref.slice(prefix.length)}`;
}
