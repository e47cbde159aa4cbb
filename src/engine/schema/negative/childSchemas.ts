/**
 * @module Which schemas apply to a property or an item of a value, given the schemas that apply to the value
 * itself: `properties`, matching `patternProperties`, else `additionalProperties` (and `unevaluatedProperties`
 * when nothing else evaluates the name); `prefixItems`/`items` (or draft-07's `items` array and
 * `additionalItems`), else `unevaluatedItems`.
 */
import type { Dialect } from '../../../jsonSchema/schemaDialect.js';
import type { SchemaNode } from '../../../jsonSchema/schemaIndex.js';
import { child, type Schema } from '../constraints.js';
import { unicodeRegex } from '../unicodeRegex.js';

const isObject = (v: unknown): v is Schema => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The schemas of a property's value; null when a `false` schema forbids the name. */
export function propertySchemas(nodes: readonly SchemaNode[], name: string): SchemaNode[] | null {
  const out: SchemaNode[] = [];
  let evaluated = false;
  for (const node of nodes) {
    const s = node.schema as Schema;
    const here: SchemaNode[] = [];
    if (isObject(s.properties) && Object.hasOwn(s.properties, name))
      here.push(child(node, 'properties', name));
    if (isObject(s.patternProperties))
      for (const p of Object.keys(s.patternProperties))
        if (unicodeRegex(p)?.test(name)) here.push(child(node, 'patternProperties', p));
    if (here.length === 0 && s.additionalProperties !== undefined)
      here.push(child(node, 'additionalProperties'));
    if (here.some((n) => n.schema === false)) return null;
    if (here.length > 0) evaluated = true;
    out.push(...here);
  }
  if (!evaluated)
    for (const node of nodes) {
      if ((node.schema as Schema).unevaluatedProperties === undefined) continue;
      const rest = child(node, 'unevaluatedProperties');
      if (rest.schema === false) return null;
      out.push(rest);
    }
  return out;
}

/** The schemas of the item at `index`. */
export function itemSchemas(nodes: readonly SchemaNode[], index: number, dialect: Dialect): SchemaNode[] {
  const modern = dialect === '2020-12';
  const out: SchemaNode[] = [];
  for (const node of nodes) {
    const s = node.schema as Schema;
    const positional = modern ? s.prefixItems : s.items;
    if (Array.isArray(positional) && index < positional.length)
      out.push(child(node, modern ? 'prefixItems' : 'items', index));
    else if (modern ? s.items !== undefined : !Array.isArray(s.items) && s.items !== undefined)
      out.push(child(node, 'items'));
    else if (!modern && Array.isArray(s.items) && s.additionalItems !== undefined)
      out.push(child(node, 'additionalItems'));
  }
  if (out.length === 0)
    for (const node of nodes)
      if ((node.schema as Schema).unevaluatedItems !== undefined) out.push(child(node, 'unevaluatedItems'));
  return out;
}

/** Whether the item at `index` is the first governed by the schemas after the positional ones. */
export function firstOfRest(nodes: readonly SchemaNode[], index: number, dialect: Dialect): boolean {
  const key = dialect === '2020-12' ? 'prefixItems' : 'items';
  const positional = Math.max(
    0,
    ...nodes.map((n) => {
      const listed = (n.schema as Schema)[key];
      return Array.isArray(listed) ? listed.length : 0;
    }),
  );
  return index <= positional;
}
