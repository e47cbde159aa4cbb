/**
 * @module Model → TypeScript declarations: one interface per entity, the type of its records, read from the
 * same JSON Schema export `fixtura schema` prints (so the two cannot disagree), plus a `Records` map from
 * entity name to record type. Keywords TypeScript cannot state (bounds, patterns, formats) become a comment.
 */
import { DEFINITIONS_ID, type Model } from '../model/model.js';
import { modelToJsonSchema, type JsonSchema } from './modelToJsonSchema.js';

/** Nesting deeper than this, or a schema that refers to itself, is typed `unknown` rather than unrolled. */
const MAX_DEPTH = 12;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A TypeScript identifier for an entity name: invalid characters become `_`. */
export function typeNameOf(entity: string): string {
  const name = entity.replace(/[^A-Za-z0-9_$]/g, '_');
  return IDENTIFIER.test(name) ? name : `_${name}`;
}

const key = (name: string): string => (IDENTIFIER.test(name) ? name : JSON.stringify(name));

function pointer(root: unknown, fragment: string): unknown {
  let node = root;
  for (const raw of fragment.split('/').slice(1)) {
    const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

class Writer {
  constructor(
    private readonly entities: ReadonlyMap<string, string>,
    private readonly definitions: unknown,
  ) {}

  /** `schema` as a TypeScript type; `base` is the resource `#…` refs resolve against. */
  type(schema: unknown, base: 'entities' | 'definitions', seen: readonly string[]): string {
    if (schema === true || schema === undefined) return 'unknown';
    if (schema === false) return 'never';
    if (schema === null || typeof schema !== 'object' || seen.length > MAX_DEPTH) return 'unknown';
    const s = schema as JsonSchema;
    if (typeof s['$ref'] === 'string') return this.ref(s['$ref'], base, seen);
    if ('const' in s) return JSON.stringify(s['const']);
    if (Array.isArray(s['enum'])) return union(s['enum'].map((v) => JSON.stringify(v)));
    // Keywords side by side all hold: their types intersect; one that says nothing TypeScript can (a
    // branch of patterns only) drops out instead of making the whole `unknown`.
    const types = Array.isArray(s['type'])
      ? (s['type'] as string[])
      : typeof s['type'] === 'string'
        ? [s['type']]
        : null;
    const parts = [
      types
        ? union(types.map((t) => this.ofType(t, s, base, seen)))
        : s['properties']
          ? this.object(s, base, seen)
          : 'unknown',
      ...(['anyOf', 'oneOf'] as const).map((k) =>
        Array.isArray(s[k]) ? union((s[k] as unknown[]).map((b) => this.type(b, base, seen))) : 'unknown',
      ),
      ...(Array.isArray(s['allOf']) ? s['allOf'].map((b) => this.type(b, base, seen)) : []),
    ].filter((t) => t !== 'unknown');
    if (parts.length === 0) return 'unknown';
    return parts.length === 1 ? (parts[0] as string) : parts.map((t) => `(${t})`).join(' & ');
  }

  private ofType(
    t: string,
    s: JsonSchema,
    base: 'entities' | 'definitions',
    seen: readonly string[],
  ): string {
    switch (t) {
      case 'string':
        return 'string';
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'null':
        return 'null';
      case 'array': {
        const items = s['items'] ?? true;
        return `Array<${this.type(items, base, seen)}>`;
      }
      case 'object':
        return this.object(s, base, seen);
      default:
        return 'unknown';
    }
  }

  private object(s: JsonSchema, base: 'entities' | 'definitions', seen: readonly string[]): string {
    const properties = (s['properties'] ?? {}) as Record<string, unknown>;
    const required = new Set(Array.isArray(s['required']) ? (s['required'] as string[]) : []);
    const fields = Object.entries(properties).map(
      ([name, p]) => `${key(name)}${required.has(name) ? '' : '?'}: ${this.type(p, base, seen)}`,
    );
    const open = s['additionalProperties'] !== false;
    if (open) fields.push('[key: string]: unknown');
    return fields.length === 0 ? 'Record<string, never>' : `{ ${fields.join('; ')} }`;
  }

  private ref(ref: string, base: 'entities' | 'definitions', seen: readonly string[]): string {
    const entity = /^#\/\$defs\/([^/]+)$/.exec(ref);
    if (base === 'entities' && entity) {
      const name = this.entities.get(decodeURIComponent(entity[1] as string));
      if (name) return name;
    }
    const inDefinitions =
      ref.startsWith(`${DEFINITIONS_ID}#`) || (base === 'definitions' && ref.startsWith('#'));
    if (!inDefinitions || seen.includes(ref)) return 'unknown';
    const fragment = ref.slice(ref.indexOf('#') + 1);
    return this.type(pointer(this.definitions, fragment), 'definitions', [...seen, ref]);
  }
}

function union(types: readonly string[]): string {
  const distinct = [...new Set(types)];
  if (distinct.includes('unknown')) return 'unknown';
  return distinct.length === 0 ? 'never' : distinct.join(' | ');
}

/** What a property's schema says that its type cannot: formats, bounds, lengths, patterns, references. */
function note(schema: JsonSchema): string {
  const parts: string[] = [];
  for (const k of [
    'format',
    'minimum',
    'maximum',
    'minLength',
    'maxLength',
    'pattern',
    'formatMinimum',
    'formatMaximum',
  ])
    if (schema[k] !== undefined)
      parts.push(`${k} ${typeof schema[k] === 'string' ? schema[k] : JSON.stringify(schema[k])}`);
  if (schema['x-fixtura-unique']) parts.push('unique');
  if (typeof schema['x-fixtura-fk'] === 'string') parts.push(`references ${schema['x-fixtura-fk']}`);
  const text = [typeof schema['description'] === 'string' ? schema['description'] : '', parts.join(', ')]
    .filter(Boolean)
    .join(' — ');
  return text ? `  /** ${text.replace(/\*\//g, '*\\/')} */\n` : '';
}

/**
 * @example modelToTypeScript(shop)
 * // '…export interface Customer {\n  /** format uuid, unique *\/\n  id: string;\n  …\n  country: "FR" | "DE" | "PT" | "GB" | "US";…'
 */
export function modelToTypeScript(model: Model, source = 'the contract'): string {
  const schema = modelToJsonSchema(model);
  // Two names that read the same once made identifiers (`a-b`, `a_b`), or `Records`, get a number.
  const taken = new Set(['Records']);
  const entities = new Map<string, string>();
  for (const e of model.entities) {
    let name = typeNameOf(e.name);
    for (let n = 2; taken.has(name); n++) name = `${typeNameOf(e.name)}${n}`;
    taken.add(name);
    entities.set(e.name, name);
  }
  const writer = new Writer(entities, model.definitions);
  const out = [
    `// The records of ${model.contract.name} ${model.contract.version}, one interface per entity.`,
    `// Generated by \`fixtura types\` from ${source}; regenerate it when the contract changes.`,
    '',
  ];
  for (const entity of model.entities) {
    const s = schema.$defs[entity.name] as JsonSchema;
    const properties = s['properties'] as Record<string, JsonSchema>;
    const required = new Set(s['required'] as string[]);
    out.push(`export interface ${entities.get(entity.name)} {`);
    for (const [name, p] of Object.entries(properties))
      out.push(
        `${note(p)}  ${key(name)}${required.has(name) ? '' : '?'}: ${writer.type(p, 'entities', [])};`,
      );
    out.push('}', '');
  }
  out.push(
    '/** Entity name → record type, e.g. `Records["Customer"]`. */',
    'export interface Records {',
    ...model.entities.map((e) => `  ${key(e.name)}: ${entities.get(e.name)};`),
    '}',
    '',
  );
  return out.join('\n');
}
