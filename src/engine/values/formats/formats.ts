/**
 * @module The registry of semantic string formats. A new format is one file exporting a `StringFormat`
 * and one line in this array; nothing else changes.
 */
import { base64 } from './base64.js';
import { city } from './city.js';
import { company } from './company.js';
import { countryCode } from './countryCode.js';
import { date } from './date.js';
import { dateTime } from './dateTime.js';
import { duration } from './duration.js';
import { email } from './email.js';
import { firstName } from './firstName.js';
import { hostname } from './hostname.js';
import { iban } from './iban.js';
import { idnEmail } from './idnEmail.js';
import { idnHostname } from './idnHostname.js';
import { ipv4 } from './ipv4.js';
import { ipv6 } from './ipv6.js';
import { iri } from './iri.js';
import { iriReference } from './iriReference.js';
import { jsonPointer } from './jsonPointer.js';
import { lastName } from './lastName.js';
import { name } from './name.js';
import { paragraph } from './paragraph.js';
import { password } from './password.js';
import { phone } from './phone.js';
import { regex } from './regex.js';
import { relativeJsonPointer } from './relativeJsonPointer.js';
import { sentence } from './sentence.js';
import type { StringFormat } from './stringFormat.js';
import { time } from './time.js';
import { uri } from './uri.js';
import { uriReference } from './uriReference.js';
import { uriTemplate } from './uriTemplate.js';
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
  // The formats of JSON Schema (and OpenAPI) that make sense as DSL strings; see jsonSchemaFormats.ts.
  ipv6,
  hostname,
  idnHostname,
  idnEmail,
  uri,
  uriReference,
  iri,
  iriReference,
  uriTemplate,
  jsonPointer,
  relativeJsonPointer,
  regex,
  date,
  time,
  dateTime,
  duration,
  base64,
  password,
];

const byName = new Map(formats.map((f) => [f.name, f]));

/** Looks a format up by its DSL name (`email`, `first_name`, …). */
export function findFormat(name: string): StringFormat | undefined {
  return byName.get(name);
}
