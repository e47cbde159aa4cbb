/**
 * @module Checks a refusal with samplers that share no code with Fixtura (json-schema-faker and
 * openapi-sampler) and with the simplest values of each type (`{}`, `[]`, `null`…, which a conflict inside an
 * optional property or in array items leaves valid): any of them that the independent validator accepts
 * disproves the refusal.
 * Finding none proves nothing (they may just be weaker): such a refusal is "unproven" unless the independent
 * checker of checkProof.ts confirms its proof.
 */
import { createGeneratorSync, type JsonSchema } from 'json-schema-faker';
import OpenAPISampler from 'openapi-sampler';
import type { Verdict } from '../support/independentValidator.js';

type SamplerSchema = Parameters<typeof OpenAPISampler.sample>[0];

/** The simplest value of each JSON type. */
const TRIVIAL: readonly unknown[] = [{}, [], null, '', 0, false];

/** json-schema-faker draws at random: a few seeds give it a fair chance. */
const JSF_SEEDS = [1, 2, 3, 4, 5];

/** An instance an independent sampler made that the independent validator accepts. */
export interface Counterexample {
  readonly sampler: 'json-schema-faker' | 'openapi-sampler' | 'a trivial value';
  readonly instance: unknown;
}

/**
 * json-schema-faker's draws for one document's refusals, in total: on a document with hundreds of refused
 * schemas each draw walks the whole `$defs`, and one document must not take the run's time budget. A count,
 * not a time, so the verdicts are the same on a busy machine and an idle one.
 */
export const JSF_DRAWS_PER_DOCUMENT = 60;

export interface RefusedSchema {
  /** The converted draft 2020-12 schema holding every component in `$defs`. */
  readonly converted: object;
  /** The component's fragment in `converted` (`#/$defs/Pet`). */
  readonly fragment: string;
  /** The component as the document writes it, and the document, for openapi-sampler. */
  readonly original: unknown;
  readonly document: object;
  readonly check: (instance: unknown) => Verdict;
  /** json-schema-faker's remaining draws for the document, shared by its refusals. */
  readonly budget: { draws: number };
}

/** What the samplers found: a counterexample, or none and whether json-schema-faker had its full chance. */
export interface RefusalCheck {
  readonly counterexample?: Counterexample;
  /** True when the document's json-schema-faker draws ran out before every seed was tried. */
  readonly cutShort: boolean;
}

/**
 * A valid instance of a schema Fixtura refused, if the trivial values, openapi-sampler or json-schema-faker
 * (within the document's budget) find one.
 *
 * @example
 * checkRefusal({ converted, fragment: '#/$defs/Holder', original, document, check, budget: { draws: 60 } });
 * // { counterexample: { sampler: 'a trivial value', instance: {} }, cutShort: false } — the refusal was wrong
 */
export function checkRefusal(refused: RefusedSchema): RefusalCheck {
  const cheap: [Counterexample['sampler'], () => unknown][] = [
    ...TRIVIAL.map((value): [Counterexample['sampler'], () => unknown] => ['a trivial value', () => value]),
    [
      'openapi-sampler',
      () => OpenAPISampler.sample(refused.original as SamplerSchema, { quiet: true }, refused.document),
    ],
  ];
  for (const [sampler, attempt] of cheap) {
    const instance = attemptOf(attempt);
    if (instance !== undefined && refused.check(instance).valid)
      return { counterexample: { sampler, instance }, cutShort: false };
  }
  for (const seed of JSF_SEEDS) {
    if (refused.budget.draws <= 0) return { cutShort: true };
    refused.budget.draws--;
    const instance = attemptOf(() =>
      createGeneratorSync({ seed }).generate({ ...refused.converted, $ref: refused.fragment } as JsonSchema),
    );
    if (instance !== undefined && refused.check(instance).valid)
      return { counterexample: { sampler: 'json-schema-faker', instance }, cutShort: false };
  }
  return { cutShort: false };
}

function attemptOf(attempt: () => unknown): unknown {
  try {
    return attempt();
  } catch {
    // A sampler that gives up on a schema has found nothing; the next one may.
    return undefined;
  }
}
