/**
 * @module A value domain's refusal, thrown while a field kind builds it (an exact type no double can hold, a
 * pattern the generator cannot handle, a schema no value satisfies), as the issue the compiler reports at the
 * field.
 */
import type { ContractIssue } from '../../model/issues.js';
import type { Field } from '../../model/model.js';
import { refusalDetail } from '../schema/refusalDetail.js';
import { UnsatisfiableSchemaError } from '../schema/sampleApi.js';
import { DomainError } from '../values/domainError.js';
import { PatternError } from '../values/pattern.js';

/** The issue for `error`, thrown building field `id`'s domain; `null` for an error that is a bug instead. */
export function domainRefusal(
  id: string,
  field: Field,
  error: unknown,
): Omit<ContractIssue, 'location'> | null {
  if (error instanceof DomainError)
    return {
      code: 'plan/unsatisfiable-field',
      message: `${id} cannot be generated: ${error.message}`,
      expected: 'a type whose values can be generated exactly',
      found: field.type.kind,
      hint: error.hint,
    };
  if (error instanceof UnsatisfiableSchemaError)
    return {
      code: 'plan/unsatisfiable-field',
      message: `${id} cannot be generated: ${error.message}`,
      ...refusalDetail(error),
    };
  if (error instanceof PatternError)
    return {
      code: 'plan/unsupported-pattern',
      message: `the pattern of ${id} cannot be generated: ${error.message}`,
      expected: 'a regular expression without lookarounds or back-references',
      found: field.type.kind === 'string' ? `/${field.type.pattern}/` : '',
      hint: error.hint,
    };
  return null;
}
