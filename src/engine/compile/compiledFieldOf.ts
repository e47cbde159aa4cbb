/**
 * @module A field's value domain, its drawn values and its presence, put together as the compiled field the
 * encoders and the other fields read: `value(row)` null or absent where the presence says, the byte path, a
 * reference's parent row, and the instant or number a dependent field reads without parsing text. A field
 * other entities of its wave read keeps a window of its recent rows (waves.ts).
 */
import type { Field } from '../../model/model.js';
import { NULL, PRESENT, type CompiledField, type Presence } from '../compiledDataset.js';
import { keptKeys } from '../values/foreignKey.js';
import { numberCache, rowCache } from '../values/rowCache.js';
import type { FieldValue, ValueDomain } from '../values/valueDomain.js';
import type { DrawnValues } from './drawnValues.js';
import { memoized } from './memoized.js';

/** Where the field's wave keeps its recent rows (waves.ts): value slots, and slots of its key's bytes. */
export interface FieldWindows {
  readonly window: number | undefined;
  readonly keySlots: number | undefined;
}

/**
 * The compiled field, and its `core`: the value in a row whatever its presence, which an overlay may use.
 */
export function compiledFieldOf(
  field: Field,
  domain: ValueDomain,
  drawn: DrawnValues,
  presence: ((row: number) => Presence) | null,
  { window, keySlots }: FieldWindows,
): { readonly compiled: CompiledField; readonly core: (row: number) => FieldValue } {
  const { value, permutation: uniquePerm } = drawn;
  let writeText = drawn.writeText;
  // A number field's value is its number, so the writer and the readers share one window.
  const sharedNumber =
    window && !uniquePerm && domain.encoding === 'number' && domain.number
      ? numberCache(domain.number, window)
      : undefined;
  const core = sharedNumber ?? (window ? rowCache(value, window) : memoized(value));
  // Its writer writes the windowed number too (the same text: `String` of it), rather than drawing it again.
  if (sharedNumber && writeText) writeText = (row, out) => out.number(sharedNumber(row) as number);
  // A key the wave's children reference keeps its bytes as it writes them, for the children to copy.
  if (keySlots && writeText) writeText = keptKeys(writeText, keySlots);
  const parentOf = domain.parentOf;
  const instant = uniquePerm
    ? undefined
    : window && domain.instant
      ? numberCache(domain.instant, window)
      : domain.instant;
  const numberOf = uniquePerm
    ? undefined
    : (sharedNumber ?? (window && domain.number ? numberCache(domain.number, window) : domain.number));
  const compiled: CompiledField = {
    name: field.name,
    encoding: domain.encoding,
    value: presence
      ? (row) => {
          const p = presence(row);
          return p === PRESENT ? core(row) : p === NULL ? null : undefined;
        }
      : core,
    presence,
    writeText,
    ...(parentOf ? { parentRow: uniquePerm ? (row: number) => uniquePerm.apply(row) : parentOf } : {}),
    ...(instant
      ? { instant: presence ? (row: number) => (presence(row) === PRESENT ? instant(row) : null) : instant }
      : {}),
    ...(numberOf
      ? {
          number: presence
            ? (row: number) => {
                const p = presence(row);
                return p === PRESENT ? numberOf(row) : p === NULL ? null : undefined;
              }
            : numberOf,
        }
      : {}),
  };
  return { compiled, core };
}
