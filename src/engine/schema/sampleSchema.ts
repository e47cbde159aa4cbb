/**
 * @module Instances of a schema: each constructed by `generateValue`, verified against the schema, drawn again
 * when it fails or repeats an earlier instance, and refused — never returned invalid — when no valid instance
 * is found.
 */
import { dialectOf } from '../../jsonSchema/schemaDialect.js';
import { SchemaIndex, type SchemaNode } from '../../jsonSchema/schemaIndex.js';
import { patternPointer } from '../../jsonSchema/pattern/unsafePatterns.js';
import type { JsonValue } from '../../model/model.js';
import { streamOf, substream, type Stream } from '../random/stream.js';
import { jsonEqual, type SchemaSpace } from './constraints.js';
import { danglingRef } from './danglingRef.js';
import { Draws } from './draws.js';
import { generateValue } from './generateValue.js';
import { SHALLOW_DEPTH, STEP_BUDGET } from './generationContext.js';
import { UnsatisfiableSchemaError, type SampleOptions } from './sampleApi.js';
import { keywordAt, unsatisfiable } from './unsatisfiable.js';
import { Verifier } from './verifier.js';

/** Attempts per instance; each has its own draws. */
const ATTEMPTS = 24;
/** Refusals that do not depend on the draws: retrying cannot help. */
const DEFINITE = new Set([
  'schema/false',
  'schema/unresolvable-ref',
  'schema/empty-range',
  'schema/type-conflict',
  'schema/enum-conflict',
  'schema/required-forbidden',
  'schema/not-everything',
  'schema/invalid-pattern',
  'schema/infinite-recursion',
]);

/** The base URI of a schema given without a file: hierarchical, so relative `$ref`s resolve. */
export const INLINE_BASE = 'https://fixtura.invalid/schema.json';

/**
 * Why no instance can be verified: a refused pattern the schema reaches (the same located refusal as when a
 * value meets that pattern, though this value happened not to), or else a schema the validator cannot compile.
 */
function cannotVerify(space: SchemaSpace, verifier: Verifier, node: SchemaNode): UnsatisfiableSchemaError {
  const refused = verifier.refusedPattern(node);
  if (refused) {
    const pointer = patternPointer(space.index.root, refused.source);
    const what = pointer?.includes('/patternProperties/') ? 'patternProperties' : 'pattern';
    return unsatisfiable('schema/unsafe-pattern', `${what} "${refused.source}": ${refused.refusal.message}`, [
      pointer === null ? keywordAt(space.file, node) : { file: space.file, pointer },
    ]);
  }
  return unsatisfiable('schema/cannot-verify', 'the schema cannot be compiled by the validator', [
    keywordAt(space.file, node),
  ]);
}

/**
 * Samples a standalone JSON Schema (any draft, by its `$schema`; 2020-12 when it has none).
 * @throws UnsatisfiableSchemaError when no instance can be built
 * @example sampleSchema({ type: 'integer', minimum: 1, maximum: 6 }, { count: 3, seed: 'dice' }) // [4, 1, 6]
 */
export function sampleSchema(
  schema: unknown,
  options: SampleOptions & { readonly file?: string } = {},
): JsonValue[] {
  const dialect = dialectOf(schema);
  const index = new SchemaIndex(schema, INLINE_BASE, dialect);
  const space: SchemaSpace = { index, dialect, file: options.file ?? '<schema>' };
  return sampleNode(space, index.rootNode(), options, null);
}

/**
 * One instance: attempts, each with its own draws keyed by (stream, instance, attempt), until a value is built
 * and verified. `avoid` says whether a value repeats an earlier one (tried again while attempts remain).
 * @throws UnsatisfiableSchemaError
 */
export function sampleOne(
  space: SchemaSpace,
  verifier: Verifier,
  node: SchemaNode,
  stream: Stream,
  instance: number,
  direction: 'request' | 'response' | null,
  avoid: (value: unknown) => boolean = () => false,
): JsonValue {
  let last: UnsatisfiableSchemaError | null = null;
  let repeat: JsonValue | undefined;
  let outOfSteps = false;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const row = instance * ATTEMPTS + attempt;
    const ctx = {
      space,
      verifier,
      draws: new Draws(stream, row),
      stream: substream(stream, row),
      // Once an attempt ran out of steps, every other one builds only what is required, from the top: a
      // recursive schema whose optional parts grow past the budget still has its small instances.
      depth: outOfSteps && attempt % 2 === 1 ? SHALLOW_DEPTH : 0,
      budget: { steps: STEP_BUDGET },
      direction,
    };
    let value: unknown;
    try {
      value = generateValue(ctx, [node]);
    } catch (error) {
      if (!(error instanceof UnsatisfiableSchemaError)) throw error;
      if (DEFINITE.has(error.code)) throw error;
      outOfSteps ||= error.code === 'schema/too-hard';
      last = error;
      continue;
    }
    const verdict = verifier.check(node, value);
    if (verdict === null) throw cannotVerify(space, verifier, node);
    if (!verdict) {
      last = unsatisfiable(
        'schema/invalid-construction',
        `a built value failed: ${verifier.explain(node, value)}`,
        [keywordAt(space.file, node)],
      );
      continue;
    }
    // Instances differ unless the schema forces them equal: a repeat is kept only if nothing new turns up.
    if (avoid(value)) {
      repeat ??= value as JsonValue;
      continue;
    }
    return value as JsonValue;
  }
  if (repeat !== undefined) return repeat;
  throw (
    last ?? unsatisfiable('schema/too-hard', 'no valid instance was found', [keywordAt(space.file, node)])
  );
}

/** Samples one schema of a document. */
export function sampleNode(
  space: SchemaSpace,
  node: SchemaNode,
  options: SampleOptions,
  direction: 'request' | 'response' | null,
  verifier = new Verifier(space),
): JsonValue[] {
  // A `$ref` to nothing refuses the schema wherever it is, even where no instance would go (ADR 013).
  const dangling = danglingRef(space, node);
  if (dangling) throw dangling;
  const count = options.count ?? 1;
  const stream = streamOf(['schema', options.seed ?? 'fixtura', node.pointer, direction ?? '']);
  const out: JsonValue[] = [];
  for (let i = 0; i < count; i++)
    out.push(sampleOne(space, verifier, node, stream, i, direction, (v) => out.some((x) => jsonEqual(x, v))));
  return out;
}
