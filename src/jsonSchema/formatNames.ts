/**
 * @module JSON Schema's (and OpenAPI's) string `format` names, each with the name of the format that generates
 * it: every format of draft 2020-12 and draft-07, plus OpenAPI's `byte`, `binary` and `password`. Names only,
 * so a contract reader maps a document's formats without loading the generators (engine/values/formats/
 * jsonSchemaFormats.ts looks the generators up by these names).
 */

const GENERATED_BY: ReadonlyMap<string, string> = new Map([
  ['date-time', 'date_time'],
  ['date', 'date'],
  ['time', 'time'],
  ['duration', 'duration'],
  ['email', 'email'],
  ['idn-email', 'idn_email'],
  ['hostname', 'hostname'],
  ['idn-hostname', 'idn_hostname'],
  ['ipv4', 'ipv4'],
  ['ipv6', 'ipv6'],
  ['uri', 'uri'],
  ['uri-reference', 'uri_reference'],
  ['iri', 'iri'],
  ['iri-reference', 'iri_reference'],
  ['uuid', 'uuid'],
  ['uri-template', 'uri_template'],
  ['json-pointer', 'json_pointer'],
  ['relative-json-pointer', 'relative_json_pointer'],
  ['regex', 'regex'],
  // `url` is no JSON Schema format, only ajv-formats': an http(s)/ftp URL with a public-looking host. Fixtura's
  // https URLs on reserved hosts are URIs that also meet that stricter check, which `uri`'s mailto: or urn: would not.
  ['url', 'url'],
  // OpenAPI: `byte` is base64; `binary` (raw octets) cannot travel in JSON text, so base64 is its stand-in.
  ['byte', 'base64'],
  ['binary', 'base64'],
  ['password', 'password'],
]);

/** The JSON Schema and OpenAPI string formats Fixtura generates, in the order above. */
export const JSON_SCHEMA_FORMATS: readonly string[] = [...GENERATED_BY.keys()];

/**
 * The name of the format whose every value is valid for a JSON Schema (or OpenAPI) string format, or undefined
 * for a format Fixtura does not know (an annotation, as JSON Schema treats unknown formats). Names are
 * case-sensitive, as in JSON Schema.
 * @example generatingFormat('idn-email') // 'idn_email'
 */
export function generatingFormat(name: string): string | undefined {
  return GENERATED_BY.get(name);
}
