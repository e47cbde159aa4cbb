/**
 * @module The schemas that apply to one value of a valid record, choices settled the way the value settles
 * them: the first anyOf/oneOf branch it satisfies, `then` or `else` by whether it satisfies `if`, and the
 * `dependentSchemas` its keys trigger. The other branches are kept, since a negative must fail them too.
 */
import type { SchemaNode } from '../../../jsonSchema/schemaIndex.js';
import { child, constraintsOf, type Constraints, type Schema, type SchemaSpace } from '../constraints.js';
import type { Verifier } from '../verifier.js';
import type { RouteStep } from './site.js';

/** Choices and dependent schemas settled per value, at most (a schema nests few of them). */
const MAX_ROUNDS = 64;

const isObject = (v: unknown): v is Schema => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `dependentSchemas` (and draft-07 `dependencies` with a schema) whose trigger key the value has. */
function triggered(nodes: readonly SchemaNode[], value: unknown): SchemaNode[] {
  if (!isObject(value)) return [];
  const out: SchemaNode[] = [];
  for (const node of nodes)
    for (const keyword of ['dependentSchemas', 'dependencies']) {
      const deps = (node.schema as Schema)[keyword];
      if (!isObject(deps)) continue;
      for (const [trigger, schema] of Object.entries(deps))
        if (Object.hasOwn(value, trigger) && !Array.isArray(schema)) out.push(child(node, keyword, trigger));
    }
  return out;
}

/**
 * @throws UnsatisfiableSchemaError when the schemas cannot be collected (a `false` schema, a dangling `$ref`)
 */
export function applyingSchemas(
  space: SchemaSpace,
  verifier: Verifier,
  nodes: readonly SchemaNode[],
  value: unknown,
  path: string,
): { constraints: Constraints; route: RouteStep[] } {
  let all = [...nodes];
  const settled = new Set<string>();
  const route: RouteStep[] = [];
  const known = new Set(all.map((n) => n.pointer));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const c = constraintsOf(space, all, settled);
    const added = triggered(c.nodes, value).filter((n) => !known.has(n.pointer));
    if (added.length > 0) {
      for (const n of added) known.add(n.pointer);
      all = [...all, ...added];
      continue;
    }
    const choice = c.choices[0];
    if (!choice) return { constraints: c, route };
    settled.add(`${choice.node.base} ${choice.node.pointer}/${choice.kind}`);
    if (choice.kind === 'if') {
      const next =
        verifier.check(choice.branches[0] as SchemaNode, value) === true ? choice.then : choice.otherwise;
      route.push({ kind: 'if', path, alternatives: [] });
      if (next) all = [...all, next];
      continue;
    }
    const taken = choice.branches.findIndex((b) => verifier.check(b, value) === true);
    if (taken < 0) continue;
    route.push({ kind: choice.kind, path, alternatives: choice.branches.filter((_, i) => i !== taken) });
    all = [...all, choice.branches[taken] as SchemaNode];
  }
  return { constraints: constraintsOf(space, all, settled), route };
}
