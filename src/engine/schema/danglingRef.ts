/**
 * @module The first `$ref` to nothing that a schema reaches, found before any instance is built. The sampler
 * meets a `$ref` only where it builds a value, and an optional property it did not draw hides one: `sample`
 * printed `[{}]` for an object whose only property was a `$ref` to nothing. A `$ref` to nothing is a broken
 * document, not a conflict (ADR 013), so it refuses the schema however the draws fall.
 */
import type { SchemaNode } from '../../jsonSchema/schemaIndex.js';
import { refOverridesSiblings } from '../../jsonSchema/schemaDialect.js';
import { child, type SchemaSpace } from './constraints.js';
import type { UnsatisfiableSchemaError } from './sampleApi.js';
import { keywordAt, unsatisfiable } from './unsatisfiable.js';

/** Keywords whose value is one schema the instance (or a part of it) is validated against. */
const ONE = [
  'additionalItems',
  'additionalProperties',
  'contains',
  'else',
  'if',
  'not',
  'propertyNames',
  'then',
  'unevaluatedItems',
  'unevaluatedProperties',
];
/** Keywords whose value is a list of such schemas. */
const LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value maps names to such schemas (`$defs` is not applied: only what a `$ref` reaches). */
const MAP = ['properties', 'patternProperties', 'dependentSchemas', 'dependencies'];

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The subschemas a schema applies, with `items` in either form. */
function applied(node: SchemaNode): SchemaNode[] {
  const s = node.schema as Record<string, unknown>;
  const out: SchemaNode[] = [];
  for (const k of ONE) if (k in s) out.push(child(node, k));
  for (const k of LIST)
    if (Array.isArray(s[k])) (s[k] as unknown[]).forEach((_, i) => out.push(child(node, k, i)));
  for (const k of MAP)
    if (isObject(s[k]))
      for (const [name, sub] of Object.entries(s[k] as object))
        if (!Array.isArray(sub)) out.push(child(node, k, name));
  if (Array.isArray(s.items)) s.items.forEach((_, i) => out.push(child(node, 'items', i)));
  else if ('items' in s) out.push(child(node, 'items'));
  return out;
}

/**
 * The refusal of the first `$ref` the schema at `node` reaches (through its subschemas and other `$ref`s) that
 * resolves to nothing, located at that `$ref`; null when every one resolves.
 * @example danglingRef(space, pet)?.message // '$ref "#/components/schemas/Nobody" points at nothing in the document (#/components/schemas/Pet/properties/owner/$ref)'
 */
export function danglingRef(space: SchemaSpace, node: SchemaNode): UnsatisfiableSchemaError | null {
  let clean = checked.get(space);
  if (!clean) checked.set(space, (clean = new Set()));
  const seen = new Set<string>();
  const queue = [node];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] as SchemaNode;
    const key = `${at.base} ${at.pointer}`;
    if (seen.has(key) || clean.has(key) || !isObject(at.schema)) continue;
    seen.add(key);
    const ref = at.schema.$ref;
    if (typeof ref === 'string') {
      const target = space.index.resolve(ref, at);
      if (!target)
        return unsatisfiable('schema/unresolvable-ref', `$ref "${ref}" points at nothing in the document`, [
          keywordAt(space.file, at, '$ref'),
        ]);
      queue.push(target);
      if (refOverridesSiblings(space.dialect)) continue;
    }
    queue.push(...applied(at));
  }
  for (const key of seen) clean.add(key);
  return null;
}

/**
 * Schemas whose every reachable `$ref` resolves, per document view: `sample --all` walks each component's
 * closure, and on a large API most components reach most others.
 */
const checked = new WeakMap<SchemaSpace, Set<string>>();
