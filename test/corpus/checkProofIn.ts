/** @module The corpus's proof checker run on one component of an OpenAPI document, as the corpus runs it. */
import { DIALECT, independentValidator } from '../support/independentValidator.js';
import { openapiComponentsToJsonSchema } from '../support/openapiToJsonSchema.js';
import { checkProof, type ProofCheck } from './checkProof.js';

/**
 * Checks the refusal (`code`, `message`) of `#/components/schemas/<name>` in `document`, with hyperjump.
 * @example await checkProofIn(document, 'Loose', 'schema/enum-conflict', message) // { verdict: 'proven', … }
 */
export async function checkProofIn(
  document: object,
  name: string,
  code: string,
  message: string,
): Promise<ProofCheck> {
  const converted = openapiComponentsToJsonSchema(document);
  const validator = await independentValidator(converted.schema, DIALECT.draft2020_12, [
    ...converted.fragments.values(),
  ]);
  try {
    return checkProof({
      code,
      message,
      converted: converted.schema,
      fragment: `#/$defs/${name}`,
      check: (instance, at) => validator.check(instance, at),
    });
  } finally {
    validator.release();
  }
}
