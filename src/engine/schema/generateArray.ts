/**
 * @module Arrays: a length inside minItems/maxItems (and inside what `items: false` or `unevaluatedItems: false`
 * leave), each position generated from every schema that applies to it (prefixItems or items), `contains`
 * satisfied by construction at chosen positions, `maxContains` by excluding the rest, `uniqueItems` by drawing
 * a repeated item again.
 */
import type { SchemaNode } from '../../jsonSchema/schemaIndex.js';
import { child, jsonEqual, type Constraints, type Schema } from './constraints.js';
import { generateValue } from './generateValue.js';
import { deeper, SHALLOW_DEPTH, type GenerationContext } from './generationContext.js';
import { UnsatisfiableSchemaError } from './sampleApi.js';
import { avoidable, keywordAt, unsatisfiable, within } from './unsatisfiable.js';

/** The item schemas of one node: by position, and for the positions after. */
interface ItemRule {
  readonly prefix: readonly SchemaNode[];
  readonly rest: SchemaNode | null;
}

function itemRule(node: SchemaNode, modern: boolean): ItemRule {
  const s = node.schema as Schema;
  if (modern) {
    const prefix = Array.isArray(s.prefixItems)
      ? s.prefixItems.map((_, i) => child(node, 'prefixItems', i))
      : [];
    return { prefix, rest: s.items !== undefined ? child(node, 'items') : null };
  }
  if (Array.isArray(s.items))
    return {
      prefix: s.items.map((_, i) => child(node, 'items', i)),
      rest: s.additionalItems !== undefined ? child(node, 'additionalItems') : null,
    };
  return { prefix: [], rest: s.items !== undefined ? child(node, 'items') : null };
}

export function generateArray(ctx: GenerationContext, c: Constraints): unknown[] {
  const { draws, space } = ctx;
  const modern = space.dialect === '2020-12';
  const rules = c.nodes.map((n) => itemRule(n, modern));
  let min = c.minItems?.value ?? 0;
  let max = c.maxItems?.value ?? Infinity;
  const limits = [c.minItems?.at, c.maxItems?.at].filter((l) => l !== undefined);
  rules.forEach((r, i) => {
    if (r.rest?.schema === false) {
      max = Math.min(max, r.prefix.length);
      limits.push(keywordAt(space.file, c.nodes[i] as SchemaNode, modern ? 'items' : 'additionalItems'));
    }
  });
  // unevaluatedItems: false allows only positions some schema evaluates.
  const closed = c.nodes.filter((n) => (n.schema as Schema).unevaluatedItems === false);
  if (closed.length > 0 && !rules.some((r) => r.rest !== null))
    max = Math.min(max, Math.max(0, ...rules.map((r) => r.prefix.length)));
  const contains = c.nodes
    .filter((n) => (n.schema as Schema).contains !== undefined)
    .map((n) => {
      const s = n.schema as Schema;
      const low =
        typeof s.minContains === 'number' && space.dialect !== 'draft-07' && space.dialect !== 'draft-06'
          ? s.minContains
          : 1;
      const high =
        typeof s.maxContains === 'number' && space.dialect !== 'draft-07' && space.dialect !== 'draft-06'
          ? s.maxContains
          : Infinity;
      if (low > high)
        throw unsatisfiable('schema/empty-range', `minContains ${low} is above maxContains ${high}`, [
          keywordAt(space.file, n, 'minContains'),
          keywordAt(space.file, n, 'maxContains'),
        ]);
      return { node: child(n, 'contains'), low, high };
    });
  const needed = Math.max(0, ...contains.map((k) => k.low));
  min = Math.max(min, needed);
  if (min > max)
    throw unsatisfiable(
      'schema/empty-range',
      `the array needs at least ${min} items but may hold at most ${max}`,
      limits,
    );
  const slack = ctx.depth >= SHALLOW_DEPTH ? 0 : ctx.depth >= 3 ? 1 : 3;
  const length = draws.between(min, Math.min(max, min + slack));
  // Positions that satisfy each `contains`: its minimum, at random positions.
  const containsAt = new Map<number, SchemaNode[]>();
  for (const k of contains) {
    const count = Math.min(length, k.low === 0 ? 0 : draws.between(k.low, Math.min(k.high, length)));
    for (const pos of draws.shuffle([...Array(length).keys()]).slice(0, count))
      containsAt.set(pos, [...(containsAt.get(pos) ?? []), k.node]);
  }
  const inner = deeper(ctx);
  const out: unknown[] = [];
  const unevaluated = c.nodes
    .filter((n) => {
      const u = (n.schema as Schema).unevaluatedItems;
      return u !== undefined && u !== false;
    })
    .map((n) => child(n, 'unevaluatedItems'));
  for (let i = 0; i < length; i++) {
    const applies: SchemaNode[] = [];
    for (const r of rules) {
      if (i < r.prefix.length) applies.push(r.prefix[i] as SchemaNode);
      else if (r.rest) applies.push(r.rest);
    }
    if (applies.length === 0) applies.push(...unevaluated);
    const positive = containsAt.get(i) ?? [];
    // Items beyond the chosen ones stay out of a bounded `contains`.
    const negative = contains
      .filter((k) => k.high !== Infinity && !positive.includes(k.node))
      .map((k) => k.node);
    let item: unknown;
    for (let attempt = 0; ; attempt++) {
      try {
        item = generateValue(inner, [...applies, ...positive], negative);
      } catch (error) {
        // Items no value satisfies end the array where its length may end: `[]` is an instance of `items: X`.
        // An item minItems asks for makes the array impossible too, and the refusal says which one it is.
        if (error instanceof UnsatisfiableSchemaError && i < min) throw within(error, String(i));
        if (!avoidable(error) || contains.length > 0) throw error;
        return out;
      }
      if (!c.uniqueItems || !out.some((x) => jsonEqual(x, item))) break;
      if (attempt >= 12)
        throw unsatisfiable(
          'schema/unique-items',
          `no ${i + 1} distinct items can be built (uniqueItems)`,
          limits,
        );
    }
    out.push(item);
  }
  return out;
}
