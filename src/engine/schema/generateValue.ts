/**
 * @module Builds one value that satisfies a set of schemas. Choices (anyOf, oneOf, if/then/else) are settled
 * first by picking a branch and adding it to the set — oneOf also adds the other branches as schemas the value
 * must not match — then the value's type is picked among those every schema allows and a value of that type is
 * constructed from the collected bounds. A branch or type that turns out impossible is abandoned for the next.
 * An object that matches a schema it must not is built again with a property chosen to break it (breakers.ts).
 */
import type { SchemaNode } from '../../jsonSchema/schemaIndex.js';
import { UnsatisfiableSchemaError } from './sampleApi.js';
import {
  constraintsOf,
  jsonEqual,
  typeOf,
  type Choice,
  type Constraints,
  type JsonType,
  type Schema,
} from './constraints.js';
import { acceptsAll } from './acceptsAll.js';
import { breakersFor, NO_BREAKERS, type Breakers } from './breakers.js';
import { enumConflict } from './enumConflict.js';
import { generateArray } from './generateArray.js';
import { generateNumber } from './generateNumber.js';
import { numericFormatRange } from '../../jsonSchema/numericFormats.js';
import { generateObject } from './generateObject.js';
import { generateString } from './generateString.js';
import { spend, type GenerationContext } from './generationContext.js';
import { keywordAt, unsatisfiable } from './unsatisfiable.js';

/** Attempts at a value before the `not`/oneOf exclusions are declared impossible. */
const LOCAL_ATTEMPTS = 12;

interface Option {
  readonly add: readonly SchemaNode[];
  readonly exclude: readonly SchemaNode[];
}

function isSchemaObject(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The branches a choice offers, each as schemas to add and schemas to exclude. */
function optionsOf(choice: Choice): Option[] {
  switch (choice.kind) {
    case 'anyOf':
      return choice.branches.map((b) => ({ add: [b], exclude: [] }));
    case 'oneOf':
      return choice.branches.map((b, i) => ({
        add: [b],
        exclude: choice.branches.filter((_, j) => j !== i),
      }));
    case 'if': {
      const test = choice.branches[0] as SchemaNode;
      return [
        { add: choice.then ? [test, choice.then] : [test], exclude: [] },
        { add: choice.otherwise ? [choice.otherwise] : [], exclude: [test] },
      ];
    }
  }
}

/** OpenAPI discriminator: a branch reached by `$ref` gets its mapping key as the property's value. */
function discriminated(c: Constraints, choice: Choice, option: Option): SchemaNode[] {
  const branch = option.add[0];
  const ref = branch && isSchemaObject(branch.schema) ? branch.schema.$ref : undefined;
  if (typeof ref !== 'string') return [];
  const found = c.discriminators.find(
    (d) => d.node === choice.node || choice.node.pointer.startsWith(d.node.pointer),
  );
  if (!found) return [];
  const key =
    Object.entries(found.mapping).find(([, target]) => target === ref)?.[0] ??
    ref.slice(ref.lastIndexOf('/') + 1);
  return [
    {
      schema: { properties: { [found.propertyName]: { const: key } } },
      base: found.node.base,
      pointer: `${found.node.pointer}/discriminator`,
      scope: found.node.scope,
    },
  ];
}

/**
 * A value that satisfies the nodes through one given branch of one of their choices (for oneOf, that branch
 * only): how edge payloads reach every branch. Later choices are settled as `generateValue` settles them.
 * @throws UnsatisfiableSchemaError when the branch cannot be satisfied with the rest
 */
export function generateBranch(
  ctx: GenerationContext,
  nodes: readonly SchemaNode[],
  choice: Choice,
  branch: number,
): unknown {
  const c = constraintsOf(ctx.space, nodes, new Set());
  const option = optionsOf(choice)[branch];
  if (!option) throw new RangeError(`${choice.kind} has no branch ${branch}`);
  const settled = new Set([`${choice.node.base} ${choice.node.pointer}/${choice.kind}`]);
  const add = [...option.add, ...discriminated(c, choice, option)];
  return generateValue(ctx, [...nodes, ...add], option.exclude, settled);
}

/** Type restrictions and values that simple `not` schemas rule out, so they are avoided rather than retried. */
function simpleExclusions(negatives: readonly SchemaNode[]): {
  types: Set<JsonType>;
  values: unknown[];
  everything: SchemaNode | null;
} {
  const types = new Set<JsonType>();
  const values: unknown[] = [];
  let everything: SchemaNode | null = null;
  for (const n of negatives) {
    if (n.schema === true) everything = n;
    if (!isSchemaObject(n.schema)) continue;
    const keys = Object.keys(n.schema).filter((k) => !['title', 'description', '$comment'].includes(k));
    if (keys.length === 0) everything = n;
    else if (keys.length === 1 && keys[0] === 'type') {
      const listed = Array.isArray(n.schema.type) ? n.schema.type : [n.schema.type];
      for (const t of listed) {
        types.add(t as JsonType);
        if (t === 'number') types.add('integer');
      }
    } else if (keys.length === 1 && keys[0] === 'const') values.push(n.schema.const);
    else if (keys.length === 1 && keys[0] === 'enum' && Array.isArray(n.schema.enum))
      values.push(...n.schema.enum);
  }
  return { types, values, everything };
}

/**
 * A value satisfying every node, none of `excluded`.
 * @throws UnsatisfiableSchemaError when no such value can be built
 */
export function generateValue(
  ctx: GenerationContext,
  nodes: readonly SchemaNode[],
  excluded: readonly SchemaNode[] = [],
  settled: ReadonlySet<string> = new Set(),
): unknown {
  spend(ctx);
  const { space } = ctx;
  const c = constraintsOf(space, nodes, settled);
  const choice = c.choices[0];
  if (choice) {
    const now = new Set(settled);
    now.add(`${choice.node.base} ${choice.node.pointer}/${choice.kind === 'if' ? 'if' : choice.kind}`);
    let first: UnsatisfiableSchemaError | null = null;
    for (const option of ctx.draws.shuffle(optionsOf(choice))) {
      try {
        const add = [...option.add, ...discriminated(c, choice, option)];
        return generateValue(ctx, [...nodes, ...add], [...excluded, ...option.exclude], now);
      } catch (error) {
        if (!(error instanceof UnsatisfiableSchemaError) || error.code === 'schema/too-hard') throw error;
        first ??= error;
      }
    }
    throw unsatisfiable(
      'schema/no-branch',
      `no branch of ${choice.kind} can be satisfied together with the rest${first ? `: ${first.message}` : ''}`,
      [keywordAt(space.file, choice.node, choice.kind), ...(first?.locations ?? [])],
    );
  }
  const negatives = [...c.negatives, ...excluded];
  const simple = simpleExclusions(negatives);
  if (simple.everything)
    throw unsatisfiable('schema/not-everything', '`not` forbids every value', [
      keywordAt(space.file, simple.everything),
    ]);
  // A schema to avoid that accepts every value of these makes them impossible, however they are built.
  const covering = negatives.find((n) => acceptsAll(ctx, n, c));
  if (covering)
    throw unsatisfiable(
      'schema/not-conflict',
      `every value these schemas allow also matches #${covering.pointer}, which it must not match (not, or another oneOf branch): it asks only for types and properties they ask for too`,
      [keywordAt(space.file, covering)],
    );
  let breakers = NO_BREAKERS;
  for (let attempt = 0; attempt < LOCAL_ATTEMPTS; attempt++) {
    const value = build(ctx, c, simple.types, simple.values, breakers);
    const matched = negatives.filter(
      (n) => !cannotMatch(ctx, n, value) && ctx.verifier.check(n, value) === true,
    );
    if (matched.length === 0) return value;
    // An object that matched a schema it must not is built again with a property chosen to break that schema.
    if (typeOf(value) === 'object') breakers = breakersFor(ctx, c, matched);
  }
  throw unsatisfiable(
    'schema/not-conflict',
    'every value built for these schemas also matched a schema it must not match (not, or another oneOf branch)',
    negatives.map((n) => keywordAt(space.file, n)),
  );
}

/**
 * A quick proof that a value does not satisfy a schema — a type it lacks, a value outside its enum, a required
 * property missing — so that most oneOf/not checks need no compiled validator.
 */
function cannotMatch(ctx: GenerationContext, node: SchemaNode, value: unknown): boolean {
  let c: Constraints;
  try {
    c = constraintsOf(ctx.space, [node], new Set());
  } catch {
    return false;
  }
  const t = typeOf(value);
  if (!allows(c.types, t)) return true;
  if (c.values !== null && !c.values.some((v) => jsonEqual(v, value))) return true;
  if (t === 'object') {
    for (const name of c.required.keys()) if (!Object.hasOwn(value as object, name)) return true;
  }
  return false;
}

function build(
  ctx: GenerationContext,
  c: Constraints,
  excludedTypes: ReadonlySet<JsonType>,
  excludedValues: readonly unknown[],
  breakers: Breakers,
): unknown {
  const { verifier } = ctx;
  if (c.values !== null) {
    // Cheap checks first; the verifier is asked only when the enum says nothing of the other keywords.
    const typed = c.values.filter(
      (v) => !excludedValues.some((x) => jsonEqual(x, v)) && allows(c.types, typeOf(v)),
    );
    const candidates =
      typed.length > 1 && !c.nodes.every(onlyEnum)
        ? typed.filter((v) => c.nodes.every((n) => verifier.check(n, v) !== false))
        : typed;
    if (candidates.length === 0) throw enumConflict(ctx, c, excludedValues);
    return candidates[ctx.draws.below(candidates.length)];
  }
  const types = [...c.types].filter((t) => !excludedTypes.has(t));
  if (types.length === 0)
    throw unsatisfiable('schema/type-conflict', 'the type keywords leave no type', c.typeSources);
  const usable = c.examples.filter(
    (e) => allows(c.types, typeOf(e)) && c.nodes.every((n) => verifier.check(n, e) === true),
  );
  if (usable.length > 0 && ctx.draws.chance(0.25)) return usable[ctx.draws.below(usable.length)];
  let first: UnsatisfiableSchemaError | null = null;
  for (const type of order(ctx, types)) {
    try {
      return buildType(ctx, c, type, excludedValues, breakers);
    } catch (error) {
      if (!(error instanceof UnsatisfiableSchemaError) || error.code === 'schema/too-hard') throw error;
      first ??= error;
    }
  }
  throw first ?? unsatisfiable('schema/type-conflict', 'no type can be satisfied', c.typeSources);
}

/** Types to try, in a random order; null last unless drawn (a nullable field is mostly not null). */
function order(ctx: GenerationContext, types: readonly JsonType[]): JsonType[] {
  // "integer" is within "number": try the wider one as one type, so integers are not drawn twice as often.
  const distinct = types.includes('number') ? types.filter((t) => t !== 'integer') : [...types];
  const shuffled = ctx.draws.shuffle(distinct);
  const nulls = shuffled.filter((t) => t === 'null');
  const rest = shuffled.filter((t) => t !== 'null');
  return ctx.draws.chance(0.1) ? [...nulls, ...rest] : [...rest, ...nulls];
}

/** A schema that restricts values only by enum/const/type (and annotations): its candidates need no verifier. */
const ENUM_ONLY = new Set([
  'enum',
  'const',
  'type',
  'title',
  'description',
  'example',
  'examples',
  'default',
  'nullable',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  'x-enum-varnames',
]);
function onlyEnum(node: SchemaNode): boolean {
  return (
    isSchemaObject(node.schema) &&
    Object.keys(node.schema).every((k) => ENUM_ONLY.has(k) || k.startsWith('x-'))
  );
}

function allows(types: ReadonlySet<JsonType>, t: JsonType): boolean {
  return types.has(t) || (t === 'integer' && types.has('number'));
}

/**
 * A numeric format (`int32`, `int64`, `float`, `double`) constrains every number it meets, typed or not:
 * `{format: int32}` alone rejects 1.5 and 2^31 (ajv-formats checks it on numbers). So a number built under
 * one is an integer where the format says so, and stays inside the format's range.
 */
function withNumericFormats(
  ctx: GenerationContext,
  c: Constraints,
  integer: boolean,
): [Constraints, boolean] {
  let narrowed = c;
  for (const name of c.formats) {
    const range = numericFormatRange(name);
    if (!range) continue;
    const holder = c.nodes.find((n) => isSchemaObject(n.schema) && n.schema.format === name) ?? c.nodes[0];
    const at = holder ? keywordAt(ctx.space.file, holder, 'format') : undefined;
    const lo = narrowed.minimum;
    const hi = narrowed.maximum;
    if (at && !(lo && lo.value >= range.min))
      narrowed = { ...narrowed, minimum: { value: range.min, exclusive: false, at } };
    if (at && !(hi && hi.value <= range.max))
      narrowed = { ...narrowed, maximum: { value: range.max, exclusive: false, at } };
    integer ||= range.integer;
  }
  return [narrowed, integer];
}

function buildType(
  ctx: GenerationContext,
  c: Constraints,
  type: JsonType,
  excludedValues: readonly unknown[],
  breakers: Breakers,
): unknown {
  let value: unknown;
  switch (type) {
    case 'null':
      value = null;
      break;
    case 'boolean':
      value = ctx.draws.chance(0.5);
      if (excludedValues.some((x) => x === value)) value = !value;
      break;
    case 'integer':
    case 'number':
      value = generateNumber(ctx, ...withNumericFormats(ctx, c, type === 'integer'));
      break;
    case 'string':
      value = generateString(ctx, c);
      break;
    case 'array':
      value = generateArray(ctx, c);
      break;
    case 'object':
      value = generateObject(ctx, c, breakers);
      break;
  }
  // A value a `not` forbids is caught by the caller's check against the negatives, and drawn again.
  return value;
}
