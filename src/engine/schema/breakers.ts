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
 * One randomly chosen way to break each schema the last object matched but must not.
 * @example breakersFor(ctx, c, [otherBranch]) // { present: Map { 'kind' => [#/oneOf/0/properties/kind] }, absent: Set {} }
 */
export function breakersFor(
  ctx: GenerationContext,
  c: Constraints,
  matched: readonly SchemaNode[],
): Breakers {
  const present = new Map<string, SchemaNode[]>();
  const absent = new Set<string>();
  for (const negative of matched) {
    const ways = waysToBreak(ctx, c, negative);
    const way = ways[ctx.draws.below(ways.length)];
    if (!way) continue;
    if (way.kind === 'absent') absent.add(way.name);
    else present.set(way.name, [...(present.get(way.name) ?? []), way.node]);
  }
  for (const name of absent) present.delete(name);
  return { present, absent };
}
