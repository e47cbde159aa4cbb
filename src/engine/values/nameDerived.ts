/**
 * @module Emails and usernames made from the row's own name (`ada.okeefe42@example.org` for Ada O'Keefe), when
 * the entity has first_name and last_name fields: the person and the address match, as in real data. The
 * number after the name comes from the field's own draws (realistic) or its permutation (unique), so unique
 * addresses stay unique by construction: two rows never share the number.
 */
import { below, type Stream } from '../random/stream.js';
import type { CompiledField } from '../compileDataset.js';
import { emailFromName } from './formats/emailFromName.js';
import { usernameFromName } from './formats/usernameFromName.js';
import type { FieldValue, ValueDomain } from './valueDomain.js';

export function nameDerivedDomain(
  kind: 'email' | 'username',
  first: CompiledField,
  last: CompiledField,
  fallback: ValueDomain,
  stream: Stream,
): ValueDomain {
  const make = (row: number, k: number): FieldValue => {
    const f = first.value(row);
    const l = last.value(row);
    if (typeof f !== 'string' || typeof l !== 'string') return fallback.realistic(row);
    return kind === 'email' ? emailFromName(f, l, k, below(stream, row, 1, 3)) : usernameFromName(f, l, k);
  };
  return {
    // Ten million numbers per name keep unique addresses readable (at most seven digits after the name).
    size: 10_000_000,
    // Folded names are a–z, joined by `.` or `_`, with digits and a reserved domain: nothing to escape,
    // unless the fallback (a row without names) can need it.
    encoding: fallback.encoding === 'plain' ? 'plain' : 'string',
    // Most people have a number after their name; some have none (k = 0 renders as nothing).
    realistic: (row) => make(row, below(stream, row, 2, 10) < 2 ? 0 : below(stream, row, 0, 9999) + 1),
    unique: (k, row) => make(row, k),
  };
}
