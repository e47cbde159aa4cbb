/**
 * @module The independent validator set up for one JSON-Schema-Test-Suite case: the schema as the draft reads
 * it, with the remedy of any documented validator gap applied.
 */
import { DIALECT, independentValidator, type Verdict } from './independentValidator.js';
import type { SuiteCase } from './jsonSchemaSuite.js';
import { gapFor } from './suiteValidatorGaps.js';

export interface SuiteDraft {
  /** The suite's directory name. */
  readonly name: 'draft2020-12' | 'draft7';
  /** The dialect hyperjump applies. */
  readonly dialect: string;
  /** What `$schema` says for this draft; added to a case's schema that does not say it already. */
  readonly $schema: string;
}

export const DRAFT_2020_12: SuiteDraft = {
  name: 'draft2020-12',
  dialect: DIALECT.draft2020_12,
  $schema: 'https://json-schema.org/draft/2020-12/schema',
};

export const DRAFT_7: SuiteDraft = {
  name: 'draft7',
  dialect: DIALECT.draft7,
  $schema: 'http://json-schema.org/draft-07/schema#',
};

/**
 * The schema as handed to a sampler: the suite's schemas rely on the runner to know their draft, so one
 * without `$schema` gets the draft's. Boolean schemas mean the same in every draft.
 */
export function schemaOfCase(draft: SuiteDraft, c: SuiteCase): unknown {
  const { schema } = c;
  if (typeof schema !== 'object' || schema === null || '$schema' in schema) return schema;
  return { $schema: draft.$schema, ...schema };
}

export interface CaseValidator {
  check(instance: unknown): Verdict;
  release(): void;
}

/**
 * The independent validator for a case. `remedies: false` leaves documented gaps unremedied, to show they
 * still exist.
 */
export async function caseValidator(
  draft: SuiteDraft,
  c: SuiteCase,
  options: { remedies?: boolean } = {},
): Promise<CaseValidator> {
  const gap = options.remedies === false ? undefined : gapFor(draft.name, c)?.remedy;
  const schema = schemaOfCase(draft, c);
  const judged = gap?.kind === 'rewrite' ? gap.rewrite(schema) : schema;
  let validator;
  try {
    validator = await independentValidator(judged, draft.dialect);
  } catch (error) {
    const errors = [`the validator cannot use this schema: ${(error as Error).message}`];
    return { check: () => ({ valid: false, errors }), release: () => {} };
  }
  return {
    check(instance) {
      const verdict = validator.check(instance);
      if (gap?.kind !== 'secondary-check') return verdict;
      const secondary = gap.check(instance, schema);
      return secondary.length === 0 ? verdict : { valid: false, errors: [...verdict.errors, ...secondary] };
    },
    release: () => validator.release(),
  };
}
