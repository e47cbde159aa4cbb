/** @module What every generator of schema values shares: the document, the verifier, the draws, the depth. */
import type { Stream } from '../random/stream.js';
import type { SchemaSpace } from './constraints.js';
import type { Draws } from './draws.js';
import { unsatisfiable } from './unsatisfiable.js';
import type { Verifier } from './verifier.js';

/** Beyond this depth only what is required is generated, so recursive schemas stay small. */
export const SHALLOW_DEPTH = 6;
/** A schema that still demands deeper values here has no finite instance. */
export const MAX_DEPTH = 48;
/** Steps (values attempted) one instance may take before it is refused. */
export const STEP_BUDGET = 20_000;

export interface GenerationContext {
  readonly space: SchemaSpace;
  readonly verifier: Verifier;
  readonly draws: Draws;
  /** Keys pattern and format generators, whose draws are their own. */
  readonly stream: Stream;
  readonly depth: number;
  readonly budget: { steps: number };
  /** OpenAPI: `request` leaves out readOnly properties, `response` writeOnly ones; `null` for plain schemas. */
  readonly direction: 'request' | 'response' | null;
}

/** The context one level down. */
export function deeper(ctx: GenerationContext): GenerationContext {
  if (ctx.depth + 1 > MAX_DEPTH)
    throw unsatisfiable(
      'schema/infinite-recursion',
      `the schema requires values nested deeper than ${MAX_DEPTH} levels (a required circular reference)`,
      [],
    );
  return { ...ctx, depth: ctx.depth + 1 };
}

/** Counts one step against the instance's budget. */
export function spend(ctx: GenerationContext): void {
  if (--ctx.budget.steps < 0)
    throw unsatisfiable('schema/too-hard', 'no valid value was found within the step budget', []);
}
