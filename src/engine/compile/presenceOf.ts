/**
 * @module Whether a field has a value in a row, `null`, or no key: its nullable and optional shares, each
 * drawn from its own sub-stream so that they never shift the values themselves, and the nulls a domain
 * decides by construction (a tree's roots).
 */
import type { Field } from '../../model/model.js';
import { ABSENT, NULL, PRESENT, type Presence } from '../compiledDataset.js';
import { substream, unit, type Stream } from '../random/stream.js';
import type { ValueDomain } from '../values/valueDomain.js';
import { PURPOSE_ABSENT, PURPOSE_NULL } from './streamPurposes.js';

/** The field's presence in a row, before any `when:` condition; `null` when it is always present. */
export function presenceOf(
  field: Field,
  domain: ValueDomain,
  stream: Stream,
): ((row: number) => Presence) | null {
  const drawn = drawnPresence(field, stream);
  const nullAt = domain.nullAt;
  if (!nullAt) return drawn;
  // A domain that decides its own nulls keeps the absent decisions and replaces the null ones. A root of an
  // optional, non-nullable reference (an OpenAPI property outside `required`) has no key at all: null there
  // is a value the schema forbids.
  const rootPresence: Presence = field.nullable === 0 && field.optional > 0 ? ABSENT : NULL;
  return (row) => (drawn && drawn(row) === ABSENT ? ABSENT : nullAt(row) ? rootPresence : PRESENT);
}

function drawnPresence(field: Field, stream: Stream): ((row: number) => Presence) | null {
  if (field.nullable === 0 && field.optional === 0) return null;
  const nullStream = substream(stream, PURPOSE_NULL);
  const absentStream = substream(stream, PURPOSE_ABSENT);
  const { nullable, optional } = field;
  return (row) => {
    if (optional > 0 && unit(absentStream, row, 0) < optional) return ABSENT;
    if (nullable > 0 && unit(nullStream, row, 0) < nullable) return NULL;
    return PRESENT;
  };
}
