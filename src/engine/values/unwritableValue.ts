/**
 * @module A value the engine cannot write validly (a derive that divides by zero, a sum that overflows): the
 * run stops with the field's location rather than write `NaN`, `Infinity` or a null its schema refuses.
 */
import { ContractError, type IssueLocation } from '../../model/issues.js';

/** Stops the run at a row: what the field gave there, and why that cannot be written. */
export type Unwritable = (row: number, found: string) => never;

/** The `Unwritable` of one field: throws a ContractError located at the field's declaration. */
export function unwritableAt(
  id: string,
  location: IssueLocation,
  expected: string,
  hint: string,
): Unwritable {
  return (row, found) => {
    throw new ContractError([
      {
        code: 'generate/unwritable-value',
        message: `${id} has no value that can be written in row ${row}`,
        location,
        expected,
        found,
        hint,
      },
    ]);
  };
}
