/**
 * @module Test-only conversion of an OpenAPI 3.0/3.1 (or Swagger 2.0) document's component schemas into one
 * draft 2020-12 JSON Schema, written apart from Fixtura's own conversion so the corpus test does not grade
 * Fixtura with Fixtura's reading of OpenAPI.
 *
 * `nullable` is read strictly by default, as the OpenAPI 3.0.3 text says: "A true value adds "null" to the
 * allowed types", so it admits null only where `type` sits in the same schema object, and only as one more
 * type: `enum`, `allOf`, `oneOf`… beside it still apply (an enum without null stays without null). Swagger's
 * `x-nullable` is read the same way. Instances valid under this reading are valid under every reading.
 */

import { unicodePattern } from './unicodePattern.js';

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** Keywords OpenAPI adds that say nothing about validity (besides every `x-*` extension). */
const ANNOTATIONS = new Set(['discriminator', 'example', 'xml', 'externalDocs']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);

/**
 * How `nullable: true` (and `x-nullable: true`) is read. `strict`: null becomes one more `type`, and only
 * where `type` is in the same object. `loose`: null is admitted whatever else the schema says (type, enum,
 * `$ref` siblings aside, allOf…), as some tools read it.
 */
export type NullableReading = 'strict' | 'loose';

export interface ConvertOptions {
  /** Default `strict`. */
  readonly nullable?: NullableReading;
}

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
  if (version.startsWith('3.0') || version.startsWith('3.1')) {
    const components = isObject(document.components) ? document.components : {};
    return {
      prefix: '#/components/schemas/',
      schemas: isObject(components.schemas) ? components.schemas : {},
    };
  }
  if (version === '2.0') {
    return { prefix: '#/definitions/', schemas: isObject(document.definitions) ? document.definitions : {} };
  }
  throw new Error(`only OpenAPI 3.0/3.1 and Swagger 2.0 can be converted, not "${version}"`);
}

/**
 * Converts every component schema of `document`. A `$ref` to anywhere else in the document (a response's
 * schema, a path's parameter) is converted too, into `$defs` under the pointer's own text.
 *
 * @example
 * openapiComponentsToJsonSchema({ openapi: '3.0.3', components: { schemas: { Age: { type: 'integer', nullable: true } } } })
 * // { schema: { $schema: '…/2020-12/schema', $defs: { Age: { type: ['integer', 'null'] } } },
 * //   fragments: Map { '#/components/schemas/Age' => '#/$defs/Age' } }
 */
export function openapiComponentsToJsonSchema(
  document: unknown,
  options: ConvertOptions = {},
): ConvertedComponents {
  const { prefix, schemas } = componentSchemas(document);
  const version = String((document as SchemaObject).openapi ?? (document as SchemaObject).swagger);
  const converter = new Converter(document as SchemaObject, prefix, {
    jsonSchema: version.startsWith('3.1'),
    nullable: options.nullable ?? 'strict',
  });
  const fragments = new Map<string, string>();
  for (const [name, schema] of Object.entries(schemas)) {
    converter.$defs[name] = converter.convert(schema);
    fragments.set(prefix + pointerToken(name), `#/$defs/${pointerToken(name)}`);
  }
  converter.convertOthers();
  return { schema: { $schema: DRAFT_2020_12, $defs: converter.$defs }, fragments };
}

/** Keywords whose values are data, not schemas: a `$ref` in them is not a reference. */
const DATA = new Set(['enum', 'const', 'default', 'example', 'examples']);
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

class Converter {
  readonly $defs: Record<string, unknown> = {};
  /** `$ref`s outside the component schemas: pointer → its key in `$defs`, converted by convertOthers. */
  private readonly others = new Map<string, string>();

  constructor(
    private readonly document: SchemaObject,
    private readonly prefix: string,
    private readonly reading: { readonly jsonSchema: boolean; readonly nullable: NullableReading },
  ) {}

  convert(node: unknown): unknown {
    return this.reading.jsonSchema ? this.rewriteRefs(node) : this.convertSchema(node);
  }

  /** Converts the targets of `$ref`s outside the components, including those their own `$ref`s reach. */
  convertOthers(): void {
    const done = new Set<string>();
    for (
      let pending = [...this.others];
      pending.length > 0;
      pending = [...this.others].filter(([p]) => !done.has(p))
    ) {
      for (const [pointer, key] of pending) {
        done.add(pointer);
        this.$defs[key] = this.convert(resolvePointer(this.document, pointer));
      }
    }
  }

  /** OpenAPI 3.1 schemas are JSON Schema 2020-12: only their `$ref`s need to point into `$defs`. */
  private rewriteRefs(node: unknown): unknown {
    if (Array.isArray(node)) return node.map((item) => this.rewriteRefs(item));
    if (!isObject(node)) return node;
    const out: SchemaObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') out[key] = this.convertRef(value);
      else if (key === 'pattern' && typeof value === 'string') out[key] = unicodePattern(value);
      else if (DATA.has(key)) out[key] = value;
      // Keys of these maps are names (a property may be called `default`), their values schemas.
      else if (NAME_MAPS.has(key) && isObject(value))
        out[key] = Object.fromEntries(
          Object.entries(value).map(([k, v]) => [namePattern(key, k), this.rewriteRefs(v)]),
        );
      else out[key] = this.rewriteRefs(value);
    }
    return out;
  }

  private convertSchema(node: unknown): unknown {
    // additionalProperties may be a boolean, which means the same in both languages.
    if (!isObject(node)) return node;
    // OpenAPI 3.0 and Swagger 2.0 ignore every sibling of $ref.
    if (typeof node.$ref === 'string') return { $ref: this.convertRef(node.$ref) };
    const out: SchemaObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
      if (key === 'nullable' || key === 'exclusiveMinimum' || key === 'exclusiveMaximum') continue;
      if (SCHEMA_MAPS.has(key) && isObject(value)) {
        out[key] = Object.fromEntries(
          Object.entries(value).map(([k, v]) => [namePattern(key, k), this.convertSchema(v)]),
        );
      } else if (key === 'pattern' && typeof value === 'string') {
        out[key] = unicodePattern(value);
      } else if (SCHEMA_VALUES.has(key)) {
        out[key] = this.convertSchema(value);
      } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
        out[key] = value.map((v) => this.convertSchema(v));
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
    if (node.nullable !== true && node['x-nullable'] !== true) return out;
    if (this.reading.nullable === 'loose') return { anyOf: [{ type: 'null' }, out] };
    // Strict: null is one more type, and only where a type is given; every other keyword still applies.
    if (typeof node.type === 'string') out.type = [node.type, 'null'];
    return out;
  }

  private convertRef(ref: string): string {
    if (ref.startsWith(this.prefix)) return `#/$defs/${ref.slice(this.prefix.length)}`;
    if (!ref.startsWith('#/')) throw new Error(`a schema refers outside its document: ${ref}`);
    const known = this.others.get(ref);
    if (known !== undefined) return `#/$defs/${known}`;
    // A name no component has in practice, and safe in a URI fragment.
    const key = `fixtura-ref-${this.others.size}`;
    this.others.set(ref, key);
    return `#/$defs/${key}`;
  }
}

/** A key of `patternProperties` is a pattern, read like `pattern`; other maps' keys are names. */
const namePattern = (map: string, key: string): string =>
  map === 'patternProperties' ? unicodePattern(key) : key;

/** The value at a local JSON pointer (`#/components/responses/Error/content/…`). */
function resolvePointer(document: unknown, pointer: string): unknown {
  let node: unknown = document;
  for (const raw of pointer.slice(2).split('/')) {
    const token = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isObject(node) && !Array.isArray(node)) throw new Error(`${pointer} does not resolve`);
    node = (node as Record<string, unknown>)[token];
  }
  if (node === undefined) throw new Error(`${pointer} does not resolve`);
  return node;
}
