/**
 * @module JSON Schema's `format` names mapped to Fixtura's generators, for the JSON Schema sampler: every
 * format of draft 2020-12 and draft-07, plus OpenAPI's `byte`, `binary` and `password` (the names and which
 * format generates each are in jsonSchema/formatNames.ts; the numeric formats' ranges in
 * jsonSchema/numericFormats.ts). Also the validators for the formats ajv-formats does not know or reads
 * loosely.
 */
import { generatingFormat, JSON_SCHEMA_FORMATS } from '../../../jsonSchema/formatNames.js';
import { findFormat } from './formats.js';
import { isIdnEmail } from './idnEmailSyntax.js';
import { isIdnHostname } from './idnHostnameSyntax.js';
import { isIri, isIriReference, isUri, isUriReference } from './iriSyntax.js';
import { isRfc3339DateTime, isRfc3339Duration, isRfc3339Time } from './rfc3339Syntax.js';
import type { StringFormat } from './stringFormat.js';

/** Each JSON Schema format's generator, by the name jsonSchema/formatNames.ts gives it. */
const BY_FORMAT: ReadonlyMap<string, StringFormat> = new Map(
  JSON_SCHEMA_FORMATS.map((name) => [name, findFormat(generatingFormat(name) as string) as StringFormat]),
);

/**
 * The generator whose every value is valid for a JSON Schema (or OpenAPI) string format, or undefined for a
 * format Fixtura does not know (an annotation, as JSON Schema treats unknown formats). Names are
 * case-sensitive, as in JSON Schema.
 * @example jsonSchemaFormat('idn-email')?.name // 'idn_email'
 */
export function jsonSchemaFormat(name: string): StringFormat | undefined {
  return BY_FORMAT.get(name);
}

/**
 * Strict validators for the formats ajv-formats lacks, and for those it reads more loosely than the RFC
 * JSON Schema cites (`date-time`, `time`, `duration`: see rfc3339Syntax.ts; `uri`, `uri-reference`: iriSyntax.ts), to register after ajv-formats
 * with `ajv.addFormat(name, validate)` (or `addFormatValidators`, which keeps ajv-formats' comparisons).
 * @example formatValidators['idn-hostname']?.('bücher.example') // true
 * @example formatValidators['date-time']?.('2018-03-30T14:00:00+0000') // false: RFC 3339 offsets have a colon
 */
export const formatValidators: Readonly<Record<string, (value: string) => boolean>> = {
  'date-time': isRfc3339DateTime,
  time: isRfc3339Time,
  duration: isRfc3339Duration,
  'idn-email': isIdnEmail,
  'idn-hostname': isIdnHostname,
  iri: isIri,
  'iri-reference': isIriReference,
  uri: isUri,
  'uri-reference': isUriReference,
};
