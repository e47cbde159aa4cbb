/**
 * @module What a field writes in a row, before its presence: its domain's realistic draw, or for a unique
 * field its domain's enumeration through a keyed permutation of the rows, so that no value repeats without a
 * set of those seen (ARCHITECTURE §3). Each overlay may rework the permutation in turn: the edge profile
 * fixes its values at their rows.
 */
import type { ByteWriter } from '../encoders/byteWriter.js';
import type { FieldOverlay, OverlaidField, RowPermutation } from '../profile/fieldOverlay.js';
import { keyedPermutation, MAX_PERMUTATION_SIZE } from '../random/permutation.js';
import { substream, type Stream } from '../random/stream.js';
import type { FieldValue } from '../values/valueDomain.js';
import { PURPOSE_UNIQUE } from './streamPurposes.js';

export interface DrawnValues {
  readonly value: (row: number) => FieldValue;
  /** The byte path, when the domain has one and its values never need escaping. */
  readonly writeText: ((row: number, out: ByteWriter) => void) | null;
  /** A unique field's permutation: the k of the enumeration each row takes; `null` for realistic draws. */
  readonly permutation: RowPermutation | null;
}

/** The field's values over `count` rows; a unique domain must hold `count` values (domainTooSmall.ts). */
export function drawnValues(
  overlaid: OverlaidField,
  stream: Stream,
  count: number,
  overlays: readonly FieldOverlay[],
): DrawnValues {
  const { field, domain } = overlaid;
  if (!field.unique || count === 0)
    return {
      value: domain.realistic,
      writeText: domain.encoding === 'string' ? null : (domain.writeRealistic ?? null),
      permutation: null,
    };
  const size = Math.min(domain.size, MAX_PERMUTATION_SIZE);
  const keyed: RowPermutation = keyedPermutation(substream(stream, PURPOSE_UNIQUE), size);
  // An overlay's values go to their rows through the permutation (the edge profile's), so none repeats.
  const perm = overlays.reduce(
    (p, o) => (o.permutation ? o.permutation(overlaid, p, size, count) : p),
    keyed,
  );
  const unique = domain.unique;
  const writeUnique = domain.writeUnique;
  return {
    value: (row) => unique(perm.apply(row), row),
    writeText:
      writeUnique && domain.encoding !== 'string'
        ? (row, out) => writeUnique(perm.apply(row), row, out)
        : null,
    permutation: perm,
  };
}
