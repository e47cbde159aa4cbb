/**
 * @module The registry of semantic string formats. A new format is one file exporting a `StringFormat`
 * and one line in this array; nothing else changes.
 */
import { amount } from './amount.js';
import { base64 } from './base64.js';
import { bic } from './bic.js';
import { catchPhrase } from './catchPhrase.js';
import { city } from './city.js';
import { company } from './company.js';
import { country } from './country.js';
import { countryCode } from './countryCode.js';
import { creditCard } from './creditCard.js';
import { currencyCode } from './currencyCode.js';
import { date } from './date.js';
import { dateTime } from './dateTime.js';
import { domainName } from './domainName.js';
import { duration } from './duration.js';
import { ean13 } from './ean13.js';
import { email } from './email.js';
import { firstName } from './firstName.js';
import { futureDate } from './futureDate.js';
import { gender } from './gender.js';
import { hostname } from './hostname.js';
import { iban } from './iban.js';
import { idnEmail } from './idnEmail.js';
import { idnHostname } from './idnHostname.js';
import { industry } from './industry.js';
import { ipv4 } from './ipv4.js';
import { ipv6 } from './ipv6.js';
import { iri } from './iri.js';
import { iriReference } from './iriReference.js';
import { jobTitle } from './jobTitle.js';
import { jsonPointer } from './jsonPointer.js';
import { lastName } from './lastName.js';
import { latitude } from './latitude.js';
import { longitude } from './longitude.js';
import { lorem } from './lorem.js';
import { macAddress } from './macAddress.js';
import { name } from './name.js';
import { nanoid } from './nanoid.js';
import { paragraph } from './paragraph.js';
import { password } from './password.js';
import { pastDate } from './pastDate.js';
import { phone } from './phone.js';
import { postcode } from './postcode.js';
import { price } from './price.js';
import { productCategory } from './productCategory.js';
import { productName } from './productName.js';
import { regex } from './regex.js';
import { region } from './region.js';
import { relativeJsonPointer } from './relativeJsonPointer.js';
import { sentence } from './sentence.js';
import { sku } from './sku.js';
import { slug } from './slug.js';
import { streetAddress } from './streetAddress.js';
import type { StringFormat } from './stringFormat.js';
import { time } from './time.js';
import { timezone } from './timezone.js';
import { title } from './title.js';
import { ulid } from './ulid.js';
import { uri } from './uri.js';
import { uriReference } from './uriReference.js';
import { uriTemplate } from './uriTemplate.js';
import { url } from './url.js';
import { userAgent } from './userAgent.js';
import { username } from './username.js';
import { uuid } from './uuid.js';
import { uuidV7 } from './uuidV7.js';
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
  // Person.
  title,
  gender,
  jobTitle,
  // Internet.
  username,
  domainName,
  userAgent,
  macAddress,
  // Location.
  streetAddress,
  postcode,
  region,
  country,
  latitude,
  longitude,
  timezone,
  // Company and commerce.
  industry,
  catchPhrase,
  productName,
  productCategory,
  sku,
  price,
  currencyCode,
  ean13,
  // Finance.
  bic,
  creditCard,
  amount,
  // Identifiers.
  uuidV7,
  ulid,
  nanoid,
  slug,
  // Text and dates.
  lorem,
  pastDate,
  futureDate,
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

/**
 * How a run looks formats up: `findFormat` by default; a per-run context's lookup knows the user's own
 * formats too (createFixtura, ADR 025).
 */
export type FindFormat = (name: string) => StringFormat | undefined;
