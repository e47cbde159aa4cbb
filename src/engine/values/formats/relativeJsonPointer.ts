/**
 * @module `string(relative_json_pointer)`: relative JSON Pointers (draft-bhutton-relative-json-pointer-00)
 * as JSON Schema's `format` has them: a number of levels up, then a JSON Pointer down or `#` for the key.
 */
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { drawDataTokens, jsonPointer, uniqueJsonPointer } from './jsonPointer.js';
import type { StringFormat } from './stringFormat.js';

/** Levels up: mostly 0–2, as in `0/name`, `1/items/0`, `2#`. */
const levels = (d: DrawSequence): number => (d.chance(0.9) ? d.int(3) : 3 + d.int(8));

function drawRelativeJsonPointer(d: DrawSequence): string {
  const up = levels(d);
  const shape = d.int(10);
  if (shape === 0) return `${up}#`;
  if (shape === 1) return String(up);
  return `${up}${drawDataTokens(d, 3)
    .map((t) => `/${t}`)
    .join('')}`;
}

/**
 * Injective: a JSON Pointer from uniqueJsonPointer (injective, always starting with `/`) behind a number of
 * levels drawn from the row; the number ends at the first `/`, so the pointer, hence k, is recoverable.
 */
function uniqueRelativeJsonPointer(d: DrawSequence, k: number): string {
  return `${levels(d)}${uniqueJsonPointer(k)}`;
}

/**
 * A relative JSON Pointer.
 * @example relativeJsonPointer.realistic(streamOf(['s1', 'relative_json_pointer']))(0) // '1#'
 */
export const relativeJsonPointer: StringFormat = {
  name: 'relative_json_pointer',
  summary:
    'A relative JSON Pointer: levels up, then a pointer down or `#`, e.g. `0/name`, `1/items/0`, `2#`.',
  size: jsonPointer.size,
  plain: true,
  schema: { format: 'relative-json-pointer' },
  realistic: (s) => (row) => drawRelativeJsonPointer(drawSequence(s, row)),
  unique: (s) => (k, row) => uniqueRelativeJsonPointer(drawSequence(s, row), k),
};
