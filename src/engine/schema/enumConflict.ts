/**
 * @module The refusal of an enum (or const) none of whose values the other keywords allow, with its proof:
 * the values, and for each the keyword that rejects it, by JSON pointer — `"0 (User)" and "1 (Organization)"
 * fail type "integer" at #/components/schemas/BillableOwnerType/type` — so a reader (or the corpus's
 * independent checker) can confirm every value fails without trusting Fixtura.
 */
import type { SchemaNode } from '../../jsonSchema/schemaIndex.js';
import { jsonEqual, typeOf, type Constraints, type Schema } from './constraints.js';
import type { GenerationContext } from './generationContext.js';
import type { SchemaLocation, UnsatisfiableSchemaError } from './sampleApi.js';
import { keywordAt, unsatisfiable } from './unsatisfiable.js';

/** Values named in the message; the rest are counted (an enum can list hundreds). */
const SHOWN = 6;

/** Whether a `type` keyword's value admits a value of the given JSON type. */
function typeAdmits(type: unknown, value: unknown): boolean {
  const listed = Array.isArray(type) ? type : [type];
  const t = typeOf(value);
  return listed.includes(t) || (t === 'integer' && listed.includes('number'));
}

/**
 * Why one value is out: a `not` or another oneOf branch excludes it, a `type` does not admit it, or a schema
 * rejects it; undefined when nothing the sampler can name does (it is then refused for a reason found later).
 */
function rejection(
  ctx: GenerationContext,
  nodes: readonly SchemaNode[],
  excluded: readonly unknown[],
  value: unknown,
): { why: string; at?: SchemaLocation } | undefined {
  if (excluded.some((x) => jsonEqual(x, value)))
    return { why: 'a `not` or another oneOf branch excludes it' };
  for (const node of nodes) {
    const s = node.schema as Schema;
    if (s.type !== undefined && !typeAdmits(s.type, value))
      return { why: `type ${JSON.stringify(s.type)}`, at: keywordAt(ctx.space.file, node, 'type') };
  }
  for (const node of nodes)
    if (ctx.verifier.check(node, value) === false)
      return { why: 'the schema', at: keywordAt(ctx.space.file, node) };
  return undefined;
}

/**
 * The refusal of `c.values` (the values every enum/const allows), each value's rejection named.
 * @example
 * enumConflict(ctx, c, []).message
 * // 'no value allowed by enum/const satisfies the other keywords: "0 (User)", "1 (Organization)" fail type "integer" at #/components/schemas/BillableOwnerType/type (#/components/schemas/BillableOwnerType/enum, …)'
 */
export function enumConflict(
  ctx: GenerationContext,
  c: Constraints,
  excluded: readonly unknown[],
): UnsatisfiableSchemaError {
  const values = c.values ?? [];
  if (values.length === 0)
    return unsatisfiable('schema/enum-conflict', 'enum/const leave no value', c.valueSources);
  const groups = new Map<string, { values: unknown[]; at: SchemaLocation | undefined }>();
  for (const value of values) {
    const r = rejection(ctx, c.nodes, excluded, value) ?? { why: 'the other keywords' };
    const key = `${r.why}${r.at ? ` at #${r.at.pointer}` : ''}`;
    const group = groups.get(key) ?? { values: [] as unknown[], at: r.at };
    group.values.push(value);
    groups.set(key, group);
  }
  const proof = [...groups].map(([key, group]) => {
    const shown = group.values.slice(0, SHOWN).map((v) => JSON.stringify(v));
    const more = group.values.length > SHOWN ? ` and ${group.values.length - SHOWN} more` : '';
    return `${shown.join(', ')}${more} ${group.values.length === 1 ? 'fails' : 'fail'} ${key}`;
  });
  const rejecting = [...groups.values()].flatMap((g) => (g.at ? [g.at] : []));
  return unsatisfiable(
    'schema/enum-conflict',
    `no value allowed by enum/const satisfies the other keywords: ${proof.join('; ')}`,
    [...c.valueSources, ...rejecting],
  );
}
