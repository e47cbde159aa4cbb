/**
 * @module JSON Schema's `format` names mapped to Fixtura's generators, for the JSON Schema sampler: every
 * format of draft 2020-12 and draft-07, plus OpenAPI's (`byte`, `binary`, `password`, and the numeric
 * `int32`, `int64`, `float`, `double`). Also the validators for the formats ajv-formats does not know or
 * reads loosely.
 */
import { base64 } from './base64.js';
import { date } from './date.js';
import { dateTime } from './dateTime.js';
import { duration } from './duration.js';
import { email } from './email.js';
import { hostname } from './hostname.js';
import { idnEmail } from './idnEmail.js';
import { isIdnEmail } from './idnEmailSyntax.js';
import { idnHostname } from './idnHostname.js';
import { isIdnHostname } from './idnHostnameSyntax.js';
import { ipv4 } from './ipv4.js';
import { ipv6 } from './ipv6.js';
import { iri } from './iri.js';
import { iriReference } from './iriReference.js';
import { isIri, isIriReference, isUri, isUriReference } from './iriSyntax.js';
import { jsonPointer } from './jsonPointer.js';
import { password } from './password.js';
import { regex } from './regex.js';
import { isRfc3339DateTime, isRfc3339Duration, isRfc3339Time } from './rfc3339Syntax.js';
import { relativeJsonPointer } from './relativeJsonPointer.js';
import type { StringFormat } from './stringFormat.js';
import { time } from './time.js';
import { uri } from './uri.js';
import { uriReference } from './uriReference.js';
import { uriTemplate } from './uriTemplate.js';
import { url } from './url.js';
import { uuid } from './uuid.js';

const BY_FORMAT: ReadonlyMap<string, StringFormat> = new Map([
  ['date-time', dateTime],
  ['date', date],
  ['time', time],
  ['duration', duration],
  ['email', email],
  ['idn-email', idnEmail],
  ['hostname', hostname],
  ['idn-hostname', idnHostname],
  ['ipv4', ipv4],
  ['ipv6', ipv6],
  ['uri', uri],
  ['uri-reference', uriReference],
  ['iri', iri],
  ['iri-reference', iriReference],
  ['uuid', uuid],
  ['uri-template', uriTemplate],
  ['json-pointer', jsonPointer],
  ['relative-json-pointer', relativeJsonPointer],
  ['regex', regex],
  // `url` is no JSON Schema format, only ajv-formats': an http(s)/ftp URL with a public-looking host. Fixtura's
  // https URLs on reserved hosts are URIs that also meet that stricter check, which `uri`'s mailto: or urn: would not.
  ['url', url],
  // OpenAPI: `byte` is base64; `binary` (raw octets) cannot travel in JSON text, so base64 is its stand-in.
  ['byte', base64],
  ['binary', base64],
  ['password', password],
]);

/**
 * The generator whose every value is valid for a JSON Schema (or OpenAPI) string format, or undefined for a
 * format Fixtura does not know (an annotation, as JSON Schema treats unknown formats). Names are
 * case-sensitive, as in JSON Schema.
 * @example jsonSchemaFormat('idn-email')?.name // 'idn_email'
 */
export function jsonSchemaFormat(name: string): StringFormat | undefined {
  return BY_FORMAT.get(name);
}

/** The range and kind of numbers an OpenAPI numeric format allows. */
export interface NumericFormatRange {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

const NUMERIC: ReadonlyMap<string, NumericFormatRange> = new Map([
  ['int32', { min: -(2 ** 31), max: 2 ** 31 - 1, integer: true }],
  // int64 reaches ±2^63, but JSON parsers read numbers as doubles, which are exact only to 2^53: larger
  // integers would not survive the round trip, so generation stays within the safe integers.
  ['int64', { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, integer: true }],
  // The largest finite IEEE 754 single, so every value converts to a float without overflowing.
  ['float', { min: -3.4028234663852886e38, max: 3.4028234663852886e38, integer: false }],
  ['double', { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, integer: false }],
]);

/**
 * The range of an OpenAPI numeric format (`int32`, `int64`, `float`, `double`), or undefined for any other.
 * @example numericFormatRange('int32') // { min: -2147483648, max: 2147483647, integer: true }
 */
export function numericFormatRange(name: string): NumericFormatRange | undefined {
  return NUMERIC.get(name);
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
