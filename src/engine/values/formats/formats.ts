/**
 * @module The registry of semantic string formats. A new format is one file exporting a `StringFormat`
 * and one line in this array; nothing else changes.
 */
import { city } from './city.js';
import { company } from './company.js';
import { countryCode } from './countryCode.js';
import { email } from './email.js';
import { firstName } from './firstName.js';
import { iban } from './iban.js';
import { ipv4 } from './ipv4.js';
import { lastName } from './lastName.js';
import { name } from './name.js';
import { paragraph } from './paragraph.js';
import { phone } from './phone.js';
import { sentence } from './sentence.js';
import type { StringFormat } from './stringFormat.js';
import { url } from './url.js';
import { uuid } from './uuid.js';
import { word } from './word.js';

export const formats: readonly StringFormat[] = [
  uuid,
  email,
  url,
  name,
  firstName,
  lastName,
  phone,
  company,
  city,
  countryCode,
  iban,
  ipv4,
  word,
  sentence,
  paragraph,
];

const byName = new Map(formats.map((f) => [f.name, f]));

/** Looks a format up by its DSL name (`email`, `first_name`, …). */
export function findFormat(name: string): StringFormat | undefined {
  return byName.get(name);
}
