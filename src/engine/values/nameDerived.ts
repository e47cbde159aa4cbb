/**
 * @module Emails and usernames made from the row's own name (`ada.okeefe42@example.org` for Ada O'Keefe), when
 * the entity has first_name and last_name fields: the person and the address match, as in real data. The
 * number after the name comes from the field's own draws (realistic) or its permutation (unique), so unique
 * addresses stay unique by construction: two rows never share the number.
 */
import { below, type Stream } from '../random/stream.js';
import type { CompiledField } from '../compiledDataset.js';
import type { ByteWriter } from '../encoders/byteWriter.js';
import { EMAIL_DOMAINS } from './formats/email.js';
import { emailFromName } from './formats/emailFromName.js';
import { handleNameBytes } from './formats/nameHandle.js';
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
  const realisticK = (row: number) => (below(stream, row, 2, 10) < 2 ? 0 : below(stream, row, 0, 9999) + 1);
  // The byte path writes what `make` returns, without the string: the folded names' bytes, kept per name,
  // then the number and the domain (nameHandle.ts and emailFromName.ts spell the same text).
  const separator = kind === 'email' ? 46 : 95; // '.' or '_'
  const domains = EMAIL_DOMAINS.map((d) => new TextEncoder().encode('@' + d));
  const write = (row: number, k: number, out: ByteWriter): void => {
    const f = first.value(row);
    const l = last.value(row);
    if (typeof f !== 'string' || typeof l !== 'string') {
      out.text(String(fallback.realistic(row)));
      return;
    }
    out.bytes(handleNameBytes(f));
    out.byte(separator);
    out.bytes(handleNameBytes(l));
    if (k !== 0) out.integer(k);
    if (kind === 'email') out.bytes(domains[below(stream, row, 1, 3) % domains.length] as Uint8Array);
  };
  const plain = fallback.encoding === 'plain';
  return {
    // Ten million numbers per name keep unique addresses readable (at most seven digits after the name).
    size: 10_000_000,
    // Folded names are a–z, joined by `.` or `_`, with digits and a reserved domain: nothing to escape,
    // unless the fallback (a row without names) can need it.
    encoding: plain ? 'plain' : 'string',
    // Most people have a number after their name; some have none (k = 0 renders as nothing).
    realistic: (row) => make(row, realisticK(row)),
    unique: (k, row) => make(row, k),
    ...(plain
      ? {
          writeRealistic: (row: number, out: ByteWriter) => write(row, realisticK(row), out),
          writeUnique: (k: number, row: number, out: ByteWriter) => write(row, k, out),
        }
      : {}),
  };
}
