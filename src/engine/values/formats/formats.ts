/**
 * @module The registry of semantic string formats. A new format is one file exporting a `StringFormat`
 * and one line in this array; nothing else changes.
 */
import { email } from './email.js';
import type { StringFormat } from './stringFormat.js';
import { uuid } from './uuid.js';

export const formats: readonly StringFormat[] = [uuid, email];

const byName = new Map(formats.map((f) => [f.name, f]));

/** Looks a format up by its DSL name (`email`, `first_name`, …). */
export function findFormat(name: string): StringFormat | undefined {
  return byName.get(name);
}
