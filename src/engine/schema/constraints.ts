/**
 * @module What a set of schemas demands of one value, all at once: every schema that applies (after following
 * `$ref`, `$dynamicRef` and `allOf`) is collected into one record of bounds, types, allowed values, and the
 * choices still open (anyOf, oneOf, if/then/else). Generators read this record to build a value that meets all
 * of them; conflicts found here (an empty type set, minimum above maximum…) are refusals with locations.
 */
import { refOverridesSiblings, type Dialect } from '../../jsonSchema/schemaDialect.js';
import { DECIMALS_KEYWORD } from '../../jsonSchema/decimalsKeyword.js';
import { escapeToken } from '../../jsonSchema/jsonPointer.js';
import type { SchemaIndex, SchemaNode } from '../../jsonSchema/schemaIndex.js';
import type { SchemaLocation } from './sampleApi.js';
import { keywordAt, unsatisfiable } from './unsatisfiable.js';

export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';
export const ALL_TYPES: readonly JsonType[] = [
  'null',
  'boolean',
  'integer',
  'number',
  'string',
  'array',
  'object',
];

export type Schema = Readonly<Record<string, unknown>>;

/** A located bound. */
export interface Bound {
  readonly value: number;
  readonly exclusive: boolean;
  readonly at: SchemaLocation;
}

/** One open choice: a value must satisfy one (anyOf: at least one; oneOf: exactly one) of the branches. */
export interface Choice {
  readonly kind: 'anyOf' | 'oneOf' | 'if';
  /** The keyword's node and pointer, which identify the choice. */
  readonly node: SchemaNode;
  readonly branches: readonly SchemaNode[];
  /** For `if`: the then and else nodes (either may be missing). */
  readonly then?: SchemaNode | undefined;
  readonly otherwise?: SchemaNode | undefined;
}

export interface Constraints {
  /** Object schemas that apply (boolean `true` and `{}` dropped). */
  readonly nodes: readonly SchemaNode[];
  readonly types: ReadonlySet<JsonType>;
  /** Where each type restriction came from, for messages. */
  readonly typeSources: readonly SchemaLocation[];
  /** Candidate values when `enum`/`const` restrict them (already intersected), else null. */
  readonly values: readonly unknown[] | null;
  readonly valueSources: readonly SchemaLocation[];
  readonly choices: readonly Choice[];
  /** Schemas the value must not satisfy (`not`). */
  readonly negatives: readonly SchemaNode[];
  readonly minimum: Bound | null;
  readonly maximum: Bound | null;
  readonly multipleOf: readonly { readonly value: number; readonly at: SchemaLocation }[];
  readonly minLength: Bound | null;
  readonly maxLength: Bound | null;
  readonly patterns: readonly { readonly source: string; readonly at: SchemaLocation }[];
  readonly formats: readonly string[];
  readonly minItems: Bound | null;
  readonly maxItems: Bound | null;
  readonly uniqueItems: boolean;
  readonly minProperties: Bound | null;
  readonly maxProperties: Bound | null;
  readonly required: ReadonlyMap<string, SchemaLocation>;
  readonly examples: readonly unknown[];
  /** OpenAPI `discriminator` objects of the applying schemas. */
  readonly discriminators: readonly {
    readonly node: SchemaNode;
    readonly propertyName: string;
    readonly mapping: Readonly<Record<string, string>>;
  }[];
}

function isObject(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Structural equality of JSON values (key order ignored), as `enum` and `const` compare. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((x, i) => jsonEqual(x, bs[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => k in b && jsonEqual((a as Schema)[k], (b as Schema)[k]));
}

export function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

/** A child node: the schema under `keyword` (and optional further tokens) of `node`. */
export function child(node: SchemaNode, keyword: string, ...tokens: (string | number)[]): SchemaNode {
  let value: unknown = (node.schema as Schema)[keyword];
  let pointer = `${node.pointer}/${escapeToken(keyword)}`;
  for (const t of tokens) {
    value = (value as Record<string | number, unknown>)[t];
    pointer += `/${escapeToken(String(t))}`;
  }
  // A subschema with its own $id starts a new resource: resolve its base like the index does.
  let base = node.base;
  if (isObject(value) && typeof value.$id === 'string' && !value.$id.startsWith('#')) {
    try {
      base = new URL(value.$id, node.base).href.replace(/#.*$/, '');
    } catch {
      // keep the parent's base; an unusable $id is reported by the validator
    }
  }
  return { schema: value, base, pointer, scope: base === node.base ? node.scope : [...node.scope, base] };
}

/** Everything a generation needs to know about the document it works in. */
export interface SchemaSpace {
  readonly index: SchemaIndex;
  readonly dialect: Dialect;
  readonly file: string;
}

const memo = new WeakMap<SchemaSpace, Map<string, Constraints>>();

/**
 * `expand` then `collect`, remembered per set of schemas: a schema met again (every item of an array, every
 * instance) costs a lookup. Schemas are immutable, so the answer cannot go stale.
 */
export function constraintsOf(
  space: SchemaSpace,
  nodes: readonly SchemaNode[],
  settled: ReadonlySet<string>,
): Constraints {
  // Discriminator stand-ins are built per branch with the same pointer: not cacheable by pointer.
  if (nodes.some((n) => n.pointer.endsWith('/discriminator')))
    return collect(space, expand(space, nodes), settled);
  let key = '';
  for (const n of nodes) key += `${n.base} ${n.pointer}|`;
  for (const s of settled) key += `#${s}`;
  let table = memo.get(space);
  if (!table) {
    table = new Map();
    memo.set(space, table);
  }
  let found = table.get(key);
  if (!found) {
    found = collect(space, expand(space, nodes), settled);
    table.set(key, found);
  }
  return found;
}

/**
 * Follows `$ref`, `$dynamicRef`, `$recursiveRef` and `allOf` until only object schemas remain.
 * @throws UnsatisfiableSchemaError on a `false` schema or a reference that points nowhere
 */
export function expand(space: SchemaSpace, nodes: readonly SchemaNode[]): SchemaNode[] {
  const out: SchemaNode[] = [];
  const seen = new Set<string>();
  const queue = [...nodes];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as SchemaNode;
    const key = `${node.base} ${node.pointer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const schema = node.schema;
    if (schema === true) continue;
    if (schema === false)
      throw unsatisfiable('schema/false', 'the schema is `false`: no value satisfies it', [
        keywordAt(space.file, node),
      ]);
    if (!isObject(schema)) continue;
    const ref = follow(space, node, schema);
    if (ref !== undefined) {
      queue.push(ref);
      if (refOverridesSiblings(space.dialect)) continue;
    }
    if (Array.isArray(schema.allOf)) schema.allOf.forEach((_, j) => queue.push(child(node, 'allOf', j)));
    out.push(node);
  }
  return out;
}

function follow(space: SchemaSpace, node: SchemaNode, schema: Schema): SchemaNode | undefined {
  const { index } = space;
  let target: SchemaNode | null | undefined;
  let keyword = '';
  if (typeof schema.$ref === 'string') {
    keyword = '$ref';
    target = index.resolve(schema.$ref, node);
  } else if (typeof schema.$dynamicRef === 'string') {
    keyword = '$dynamicRef';
    target = index.resolveDynamic(schema.$dynamicRef, node);
  } else if (typeof schema.$recursiveRef === 'string') {
    keyword = '$recursiveRef';
    target = index.resolveRecursive(schema.$recursiveRef, node);
  } else return undefined;
  if (!target)
    throw unsatisfiable(
      'schema/unresolvable-ref',
      `${keyword} "${String(schema[keyword])}" points at nothing in the document`,
      [keywordAt(space.file, node, keyword)],
    );
  return target;
}

function tighter(current: Bound | null, next: Bound, lower: boolean): Bound {
  if (!current) return next;
  if (next.value !== current.value)
    return (lower ? next.value > current.value : next.value < current.value) ? next : current;
  return next.exclusive ? next : current;
}

/** Collects the constraints of already-expanded nodes. */
export function collect(
  space: SchemaSpace,
  nodes: readonly SchemaNode[],
  settled: ReadonlySet<string>,
): Constraints {
  const file = space.file;
  const draft4 = space.dialect === 'draft-04';
  let types = new Set<JsonType>(ALL_TYPES);
  const typeSources: SchemaLocation[] = [];
  let values: unknown[] | null = null;
  const valueSources: SchemaLocation[] = [];
  const choices: Choice[] = [];
  const negatives: SchemaNode[] = [];
  let minimum: Bound | null = null;
  let maximum: Bound | null = null;
  const multipleOf: { value: number; at: SchemaLocation }[] = [];
  let minLength: Bound | null = null;
  let maxLength: Bound | null = null;
  const patterns: { source: string; at: SchemaLocation }[] = [];
  const formats: string[] = [];
  let minItems: Bound | null = null;
  let maxItems: Bound | null = null;
  let uniqueItems = false;
  let minProperties: Bound | null = null;
  let maxProperties: Bound | null = null;
  const required = new Map<string, SchemaLocation>();
  const examples: unknown[] = [];
  const discriminators: Constraints['discriminators'][number][] = [];

  const restrictValues = (candidates: unknown[], at: SchemaLocation): void => {
    values = values === null ? candidates : values.filter((v) => candidates.some((c) => jsonEqual(v, c)));
    valueSources.push(at);
  };

  for (const node of nodes) {
    const s = node.schema as Schema;
    const at = (keyword: string) => keywordAt(file, node, keyword);
    if (s.type !== undefined) {
      const listed = (Array.isArray(s.type) ? s.type : [s.type]).filter((t): t is JsonType =>
        ALL_TYPES.includes(t as JsonType),
      );
      // "number" admits integers; "integer" alone does not admit fractions.
      const allowed = new Set<JsonType>(listed);
      if (allowed.has('number')) allowed.add('integer');
      types = new Set([...types].filter((t) => allowed.has(t)));
      typeSources.push(at('type'));
    }
    if ('const' in s) restrictValues([s.const], at('const'));
    if (Array.isArray(s.enum)) restrictValues(s.enum, at('enum'));
    if (s.not !== undefined) negatives.push(child(node, 'not'));
    for (const kind of ['anyOf', 'oneOf'] as const) {
      const list = s[kind];
      if (Array.isArray(list) && !settled.has(`${node.base} ${node.pointer}/${kind}`))
        choices.push({ kind, node, branches: list.map((_, i) => child(node, kind, i)) });
    }
    if (s.if !== undefined && !settled.has(`${node.base} ${node.pointer}/if`))
      choices.push({
        kind: 'if',
        node,
        branches: [child(node, 'if')],
        then: s.then !== undefined ? child(node, 'then') : undefined,
        otherwise: s.else !== undefined ? child(node, 'else') : undefined,
      });
    if (typeof s.minimum === 'number')
      minimum = tighter(
        minimum,
        { value: s.minimum, exclusive: draft4 && s.exclusiveMinimum === true, at: at('minimum') },
        true,
      );
    if (typeof s.exclusiveMinimum === 'number')
      minimum = tighter(
        minimum,
        { value: s.exclusiveMinimum, exclusive: true, at: at('exclusiveMinimum') },
        true,
      );
    if (typeof s.maximum === 'number')
      maximum = tighter(
        maximum,
        { value: s.maximum, exclusive: draft4 && s.exclusiveMaximum === true, at: at('maximum') },
        false,
      );
    if (typeof s.exclusiveMaximum === 'number')
      maximum = tighter(
        maximum,
        { value: s.exclusiveMaximum, exclusive: true, at: at('exclusiveMaximum') },
        false,
      );
    if (typeof s.multipleOf === 'number' && s.multipleOf > 0)
      multipleOf.push({ value: s.multipleOf, at: at('multipleOf') });
    // Fixtura's exact decimals (`x-fixtura-decimals: 2`) put values on the grid of 0.01.
    const decimals = s[DECIMALS_KEYWORD];
    if (typeof decimals === 'number' && Number.isInteger(decimals) && decimals >= 0)
      multipleOf.push({ value: Number(`1e-${decimals}`), at: at(DECIMALS_KEYWORD) });
    if (typeof s.minLength === 'number')
      minLength = tighter(minLength, { value: s.minLength, exclusive: false, at: at('minLength') }, true);
    if (typeof s.maxLength === 'number')
      maxLength = tighter(maxLength, { value: s.maxLength, exclusive: false, at: at('maxLength') }, false);
    if (typeof s.pattern === 'string') patterns.push({ source: s.pattern, at: at('pattern') });
    if (typeof s.format === 'string') formats.push(s.format);
    if (typeof s.minItems === 'number')
      minItems = tighter(minItems, { value: s.minItems, exclusive: false, at: at('minItems') }, true);
    if (typeof s.maxItems === 'number')
      maxItems = tighter(maxItems, { value: s.maxItems, exclusive: false, at: at('maxItems') }, false);
    if (s.uniqueItems === true) uniqueItems = true;
    if (typeof s.minProperties === 'number')
      minProperties = tighter(
        minProperties,
        { value: s.minProperties, exclusive: false, at: at('minProperties') },
        true,
      );
    if (typeof s.maxProperties === 'number')
      maxProperties = tighter(
        maxProperties,
        { value: s.maxProperties, exclusive: false, at: at('maxProperties') },
        false,
      );
    if (Array.isArray(s.required))
      for (const name of s.required)
        if (typeof name === 'string' && !required.has(name)) required.set(name, at('required'));
    if (Array.isArray(s.examples)) examples.push(...s.examples);
    if ('example' in s) examples.push(s.example);
    const d = s.discriminator;
    if (isObject(d) && typeof d.propertyName === 'string')
      discriminators.push({
        node,
        propertyName: d.propertyName,
        mapping: isObject(d.mapping) ? (d.mapping as Record<string, string>) : {},
      });
  }
  return {
    nodes,
    types,
    typeSources,
    values,
    valueSources,
    choices,
    negatives,
    minimum,
    maximum,
    multipleOf,
    minLength,
    maxLength,
    patterns,
    formats,
    minItems,
    maxItems,
    uniqueItems,
    minProperties,
    maxProperties,
    required,
    examples,
    discriminators,
  };
}
