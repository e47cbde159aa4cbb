/**
 * @module Which object components of a document `generate` makes tables of. A component is a table when an
 * operation sends or returns it (its request or response body, or the items of one), when a foreign key
 * (`x-fixtura-fk`) points at it, when it carries a table's extension (`x-fixtura-fk` on a property,
 * `x-fixtura-key`, `x-fixtura-count`), or when nothing embeds it. One that other components only embed — as a
 * property, an array's items, a map's values — is a nested value of theirs, generated inside them.
 * `x-fixtura-entity: true | false` on the component overrides the rule (docs/openapi.md, ADR 014).
 */
import { valueAt } from '../../jsonSchema/jsonPointer.js';
import type { SchemaDocument } from './schemaDocument.js';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Keywords under which a schema describes a value held inside the instance, not the instance itself. */
const VALUE_MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas']);
const VALUE_SCHEMAS = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contains',
]);
/** Keywords under which a schema still describes the instance itself (composition). */
const SAME_VALUE_SCHEMAS = new Set(['not', 'if', 'then', 'else']);
const SAME_VALUE_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);

/** The component a local `$ref` names, as a pointer with `#`, or null for another target. */
function componentOf(ref: unknown, components: ReadonlySet<string>): string | null {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return null;
  const pointer = `#${decodeURIComponent(ref.slice(1))}`;
  return components.has(pointer) ? pointer : null;
}

/** What the rule needs to know of a document's components. */
export interface ComponentUses {
  /** Components an operation's body is, or holds as array items or union branches. */
  readonly bodies: ReadonlySet<string>;
  /** Components another component embeds as a value inside its own. */
  readonly nested: ReadonlySet<string>;
  /** Component names an `x-fixtura-fk` points at. */
  readonly keyTargets: ReadonlySet<string>;
}

/**
 * How a document's components are used: as bodies, nested values or foreign-key targets.
 * @param objects pointers (with `#`) of the object components, the only ones that may embed others
 */
export function componentUses(doc: SchemaDocument, objects: ReadonlySet<string>): ComponentUses {
  const root = doc.root;
  const components = new Set(doc.components());
  const at = (pointer: string): unknown => valueAt(root, pointer.slice(1));

  const bodies = new Set<string>();
  // From a body: the component it names, or what a list or union written there (or named there) holds; never
  // what an object component's properties hold, nor the parts it is composed of.
  const body = (schema: unknown, depth: number): void => {
    if (!isObject(schema) || depth > 64) return;
    const target = componentOf(schema.$ref, components);
    if (target !== null && !bodies.has(target)) {
      bodies.add(target);
      if (!objects.has(target)) body(at(target), depth + 1);
    }
    if (schema.type === 'array' || 'items' in schema) body(schema.items, depth + 1);
    for (const k of SAME_VALUE_LISTS) {
      const list = schema[k];
      if (Array.isArray(list)) for (const s of list) body(s, depth + 1);
    }
  };
  for (const op of doc.operations())
    for (const pointer of [op.request, ...Object.values(op.responses)])
      if (pointer !== null) body(at(pointer), 0);

  const nested = new Set<string>();
  // Through a component that is not an object (a list, an alias), what it holds is nested where it is.
  const walk = (schema: unknown, owner: string, inValue: boolean, seen: Set<string>, depth: number): void => {
    if (depth > 256) return;
    if (Array.isArray(schema)) {
      for (const s of schema) walk(s, owner, inValue, seen, depth + 1);
      return;
    }
    if (!isObject(schema)) return;
    const target = componentOf(schema.$ref, components);
    if (target !== null && inValue && target !== owner) {
      nested.add(target);
      if (!objects.has(target) && !seen.has(target)) {
        seen.add(target);
        walk(at(target), owner, true, seen, depth + 1);
      }
    }
    for (const [k, v] of Object.entries(schema)) {
      if (VALUE_MAPS.has(k) && isObject(v))
        for (const s of Object.values(v)) walk(s, owner, true, seen, depth + 1);
      else if (VALUE_SCHEMAS.has(k) || k === 'prefixItems') walk(v, owner, true, seen, depth + 1);
      else if (SAME_VALUE_SCHEMAS.has(k) || SAME_VALUE_LISTS.has(k)) walk(v, owner, inValue, seen, depth + 1);
    }
  };
  for (const owner of objects) walk(at(owner), owner, false, new Set(), 0);

  const keyTargets = new Set<string>();
  const findKeys = (value: unknown, depth: number): void => {
    if (depth > 256) return;
    if (Array.isArray(value)) for (const v of value) findKeys(v, depth + 1);
    else if (isObject(value))
      for (const [k, v] of Object.entries(value)) {
        if (k === 'x-fixtura-fk' && typeof v === 'string' && v.includes('.'))
          keyTargets.add(v.slice(0, v.indexOf('.')));
        else if (k !== 'enum' && k !== 'const' && k !== 'example' && k !== 'examples') findKeys(v, depth + 1);
      }
  };
  findKeys(root, 0);
  return { bodies, nested, keyTargets };
}

/** Extensions that only make sense on a table. */
const TABLE_EXTENSIONS = ['x-fixtura-key', 'x-fixtura-count'];

/**
 * Whether an object component becomes a table.
 * @param pointer the component's pointer, with `#`
 * @param name the component's name (what `x-fixtura-fk` says)
 * @param extensions its `x-fixtura-*` extensions
 * @param hasForeignKey whether one of its properties carries `x-fixtura-fk`
 * @example isTable('#/components/schemas/Line', 'Line', {}, false, { bodies: new Set(), nested: new Set(['#/components/schemas/Line']), keyTargets: new Set() }) // false
 */
export function isTable(
  pointer: string,
  name: string,
  extensions: Json,
  hasForeignKey: boolean,
  uses: ComponentUses,
): boolean {
  const declared = extensions['x-fixtura-entity'];
  if (typeof declared === 'boolean') return declared;
  if (uses.bodies.has(pointer) || uses.keyTargets.has(name) || hasForeignKey) return true;
  if (TABLE_EXTENSIONS.some((k) => extensions[k] !== undefined)) return true;
  return !uses.nested.has(pointer);
}
