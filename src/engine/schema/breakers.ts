/**
 * @module Ways to make an object fail a schema it must not match (another oneOf branch, a `not`): a property
 * that schema constrains, added with a value outside its constraint, or a property it requires, left out. A
 * oneOf whose branches overlap — a property constrained in one branch and free in another — has instances only
 * through such values, which random drawing almost never finds.
 */
import type { SchemaNode } from '../../jsonSchema/schemaIndex.js';
import { child, expand, type Constraints, type Schema } from './constraints.js';
import type { GenerationContext } from './generationContext.js';

/** For the object being built: names to add with a value matching none of the given schemas; names to leave out. */
export interface Breakers {
  readonly present: ReadonlyMap<string, readonly SchemaNode[]>;
  readonly absent: ReadonlySet<string>;
}

export const NO_BREAKERS: Breakers = { present: new Map(), absent: new Set() };

function isObject(v: unknown): v is Schema {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

type Way = { kind: 'present'; name: string; node: SchemaNode } | { kind: 'absent'; name: string };

/** The ways one schema can be broken by an object's properties. */
function waysToBreak(ctx: GenerationContext, c: Constraints, negative: SchemaNode): Way[] {
  let nodes: SchemaNode[];
  try {
    nodes = expand(ctx.space, [negative]);
  } catch {
    return [];
  }
  const ways: Way[] = [];
  for (const node of nodes) {
    if (!isObject(node.schema)) continue;
    const s = node.schema;
    if (isObject(s.properties))
      for (const [name, sub] of Object.entries(s.properties))
        if (sub !== true && !(isObject(sub) && Object.keys(sub).length === 0))
          ways.push({ kind: 'present', name, node: child(node, 'properties', name) });
    if (Array.isArray(s.required))
      for (const name of s.required)
        if (typeof name === 'string' && !c.required.has(name)) ways.push({ kind: 'absent', name });
  }
  return ways;
}

/**
 * The property names the value's own schemas leave free to break another with: any name, when none of them
 * declares `additionalProperties` or `patternProperties`, that none of them declares in `properties`; or
 * `null` when they constrain undeclared names too (then no name is known to be free).
 */
function freeNames(c: Constraints): ((name: string) => boolean) | null {
  const declared = new Set<string>();
  for (const node of c.nodes) {
    if (!isObject(node.schema)) continue;
    if ('additionalProperties' in node.schema || 'patternProperties' in node.schema) return null;
    if (isObject(node.schema.properties))
      for (const name of Object.keys(node.schema.properties)) declared.add(name);
  }
  return (name) => !declared.has(name);
}

/**
 * One randomly chosen way to break each schema the last object matched but must not. A way the value's own
 * schemas leave free is chosen first: a wrong value for a property they declare too would break the value
 * itself, and with several branches to break at once, random ways almost never miss every such property
 * (ix-api.net's service configs: five branches sharing their required properties).
 * @example breakersFor(ctx, c, [otherBranch]) // { present: Map { 'kind' => [#/oneOf/0/properties/kind] }, absent: Set {} }
 */
export function breakersFor(
  ctx: GenerationContext,
  c: Constraints,
  matched: readonly SchemaNode[],
): Breakers {
  const present = new Map<string, SchemaNode[]>();
  const absent = new Set<string>();
  const free = freeNames(c);
  for (const negative of matched) {
    const all = waysToBreak(ctx, c, negative);
    const isFree = free;
    const freeWays = isFree ? all.filter((w) => w.kind === 'absent' || isFree(w.name)) : [];
    const ways = freeWays.length > 0 ? freeWays : all;
    const way = ways[ctx.draws.below(ways.length)];
    if (!way) continue;
    if (way.kind === 'absent') absent.add(way.name);
    else present.set(way.name, [...(present.get(way.name) ?? []), way.node]);
  }
  for (const name of absent) present.delete(name);
  return { present, absent };
}
