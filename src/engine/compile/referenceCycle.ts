/**
 * @module A field that depends on itself through the fields it reads (foreign keys, derives, `when:`
 * conditions, bounds taken from other fields): no order computes it, so it is refused before generating.
 */
import type { ContractIssue } from '../../model/issues.js';

/** The issue for field `id` (`Entity.field`), asked for again while it was being compiled. */
export function referenceCycle(id: string): Omit<ContractIssue, 'location'> {
  return {
    code: 'plan/reference-cycle',
    hint: 'break the cycle: one of the fields must not depend on the others',
    message: `${id} depends on itself (through foreign keys, derive, when or field bounds)`,
    expected: 'references that end at a generated key',
    found: 'a cycle',
  };
}
