/**
 * @module A quick proof that a schema the value must not match (another oneOf branch, a `not`) accepts every
 * value the value's own schemas allow, so that no value exists and none need be built to find out.
 * influxdata's `Expression` is a oneOf of 23 object schemas that all declare `type: {$ref: NodeType}`, one of
 * which (`PipeLiteral`) declares nothing else: every value of the 22 others matches it too, and each of them
 * was built, recursively, a dozen times before the step budget ran out.
 */
import type { SchemaNode } from '../../jsonSchema/schemaIndex.js';
import { child, expand, type Constraints, type JsonType, type Schema } from './constraints.js';
import type { GenerationContext } from './generationContext.js';

/** Keywords no validator asserts: a schema made only of these (with `$ref`/`allOf`, followed) accepts anything. */
const ANNOTATIONS = new Set([
  'title',
  'description',
  '$comment',
  'example',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'nullable',
  'discriminator',
  'xml',
  'externalDocs',
  '$schema',
  '$id',
  '$anchor',
  '$defs',
  'definitions',
  '$ref',
  'allOf',
]);

/** The keywords the proof reads; any other one (a bound, `required`, `oneOf`…) may reject a value: no proof. */
const READ = new Set(['type', 'properties']);

const isAnnotation = (key: string): boolean => ANNOTATIONS.has(key) || key.startsWith('x-');

function isObject(v: unknown): v is Schema {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The schemas that restrict a value of `node`, by location, after following `$ref` and `allOf`. */
function restricting(ctx: GenerationContext, node: SchemaNode): Map<string, SchemaNode> | null {
  let nodes: SchemaNode[];
  try {
    nodes = expand(ctx.space, [node]);
  } catch {
    return null;
  }
  const out = new Map<string, SchemaNode>();
  for (const n of nodes) {
    if (!isObject(n.schema)) continue;
    // A dynamic reference resolves by where it is reached from: the same location may mean two schemas.
    if ('$dynamicRef' in n.schema || '$recursiveRef' in n.schema) return null;
    if (Object.keys(n.schema).some((k) => !isAnnotation(k))) out.set(`${n.base} ${n.pointer}`, n);
  }
  return out;
}

function typesOf(schema: Schema): Set<JsonType> | null {
  if (schema.type === undefined) return null;
  const listed = new Set((Array.isArray(schema.type) ? schema.type : [schema.type]) as JsonType[]);
  if (listed.has('number')) listed.add('integer');
  return listed;
}

/**
 * True when every value satisfying the constraints' schemas also satisfies `negative`: each schema `negative`
 * comes to says only `type` (allowing every type the constraints leave) and `properties`, each of whose
 * subschemas is, schema for schema, among those the constraints' own schemas give that property. False means
 * no proof, not that some value escapes.
 * @example acceptsAll(ctx, pipeLiteral, constraintsOf(space, [booleanLiteral], new Set())) // true
 */
export function acceptsAll(ctx: GenerationContext, negative: SchemaNode, c: Constraints): boolean {
  let known = proofs.get(c);
  if (!known) proofs.set(c, (known = new Map()));
  const key = `${negative.base} ${negative.pointer}`;
  let answer = known.get(key);
  if (answer === undefined) {
    answer = proves(ctx, negative, c);
    known.set(key, answer);
  }
  return answer;
}

/** Answers per constraints (which `constraintsOf` keeps, one object per set of schemas) and negative. */
const proofs = new WeakMap<Constraints, Map<string, boolean>>();

function proves(ctx: GenerationContext, negative: SchemaNode, c: Constraints): boolean {
  const schemas = restricting(ctx, negative);
  if (!schemas) return false;
  for (const node of schemas.values()) {
    const schema = node.schema as Schema;
    for (const keyword of Object.keys(schema)) {
      if (isAnnotation(keyword)) continue;
      if (!READ.has(keyword)) return false;
    }
    const types = typesOf(schema);
    if (types && [...c.types].some((t) => !types.has(t))) return false;
    if (schema.properties === undefined) continue;
    if (!isObject(schema.properties)) return false;
    for (const name of Object.keys(schema.properties))
      if (!ownGives(ctx, c, name, child(node, 'properties', name))) return false;
  }
  return true;
}

/** Whether the constraints' own schemas for property `name` include every schema `theirs` restricts by. */
function ownGives(ctx: GenerationContext, c: Constraints, name: string, theirs: SchemaNode): boolean {
  const needed = restricting(ctx, theirs);
  if (!needed) return false;
  if (needed.size === 0) return true;
  const own = new Set<string>();
  for (const n of c.nodes) {
    const s = n.schema as Schema;
    if (!isObject(s.properties) || !Object.hasOwn(s.properties, name)) continue;
    for (const key of restricting(ctx, child(n, 'properties', name))?.keys() ?? []) own.add(key);
  }
  return [...needed.keys()].every((key) => own.has(key));
}
