/**
 * @module IRI and IRI-reference syntax (RFC 3987 §2.2), transcribed rule by rule from the ABNF into one
 * regular expression each. ajv-formats has no `iri` format, and its `uri` and `uri-reference` let a `"` through; these are what Fixtura asserts
 * instead.
 */

const UCSCHAR =
  '\\u{A0}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFEF}\\u{10000}-\\u{1FFFD}\\u{20000}-\\u{2FFFD}' +
  '\\u{30000}-\\u{3FFFD}\\u{40000}-\\u{4FFFD}\\u{50000}-\\u{5FFFD}\\u{60000}-\\u{6FFFD}\\u{70000}-\\u{7FFFD}' +
  '\\u{80000}-\\u{8FFFD}\\u{90000}-\\u{9FFFD}\\u{A0000}-\\u{AFFFD}\\u{B0000}-\\u{BFFFD}\\u{C0000}-\\u{CFFFD}' +
  '\\u{D0000}-\\u{DFFFD}\\u{E1000}-\\u{EFFFD}';
const IPRIVATE = '\\u{E000}-\\u{F8FF}\\u{F0000}-\\u{FFFFD}\\u{100000}-\\u{10FFFD}';
const UNRESERVED = 'A-Za-z0-9\\-._~';
const SUB_DELIMS = "!$&'()*+,;=";
const PCT_ENCODED = '%[0-9A-Fa-f]{2}';

const IPCHAR = `(?:[${UNRESERVED}${UCSCHAR}${SUB_DELIMS}:@]|${PCT_ENCODED})`;
const ISEGMENT = `${IPCHAR}*`;
const ISEGMENT_NZ = `${IPCHAR}+`;
const ISEGMENT_NZ_NC = `(?:[${UNRESERVED}${UCSCHAR}${SUB_DELIMS}@]|${PCT_ENCODED})+`;

const DEC_OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = `${DEC_OCTET}(?:\\.${DEC_OCTET}){3}`;
const H16 = '[0-9A-Fa-f]{1,4}';
const LS32 = `(?:${H16}:${H16}|${IPV4})`;
const IPV6 = `(?:${[
  `(?:${H16}:){6}${LS32}`,
  `::(?:${H16}:){5}${LS32}`,
  `(?:${H16})?::(?:${H16}:){4}${LS32}`,
  `(?:(?:${H16}:){0,1}${H16})?::(?:${H16}:){3}${LS32}`,
  `(?:(?:${H16}:){0,2}${H16})?::(?:${H16}:){2}${LS32}`,
  `(?:(?:${H16}:){0,3}${H16})?::${H16}:${LS32}`,
  `(?:(?:${H16}:){0,4}${H16})?::${LS32}`,
  `(?:(?:${H16}:){0,5}${H16})?::${H16}`,
  `(?:(?:${H16}:){0,6}${H16})?::`,
].join('|')})`;
const IPVFUTURE = `[vV][0-9A-Fa-f]+\\.[${UNRESERVED}${SUB_DELIMS}:]+`;

const IHOST = `(?:\\[(?:${IPV6}|${IPVFUTURE})\\]|${IPV4}|(?:[${UNRESERVED}${UCSCHAR}${SUB_DELIMS}]|${PCT_ENCODED})*)`;
const IUSERINFO = `(?:[${UNRESERVED}${UCSCHAR}${SUB_DELIMS}:]|${PCT_ENCODED})*`;
const IAUTHORITY = `(?:${IUSERINFO}@)?${IHOST}(?::[0-9]*)?`;
const IPATH_ABEMPTY = `(?:/${ISEGMENT})*`;
const IPATH_ABSOLUTE = `/(?:${ISEGMENT_NZ}(?:/${ISEGMENT})*)?`;
const IPATH_ROOTLESS = `${ISEGMENT_NZ}(?:/${ISEGMENT})*`;
const IPATH_NOSCHEME = `${ISEGMENT_NZ_NC}(?:/${ISEGMENT})*`;
const IQUERY = `(?:${IPCHAR}|[${IPRIVATE}/?])*`;
const IFRAGMENT = `(?:${IPCHAR}|[/?])*`;
const SCHEME = '[A-Za-z][A-Za-z0-9+\\-.]*';
const QUERY_FRAGMENT = `(?:\\?${IQUERY})?(?:#${IFRAGMENT})?`;

const IRI = new RegExp(
  `^${SCHEME}:(?://${IAUTHORITY}${IPATH_ABEMPTY}|${IPATH_ABSOLUTE}|${IPATH_ROOTLESS}|)${QUERY_FRAGMENT}$`,
  'u',
);
const IRELATIVE_REF = new RegExp(
  `^(?://${IAUTHORITY}${IPATH_ABEMPTY}|${IPATH_ABSOLUTE}|${IPATH_NOSCHEME}|)${QUERY_FRAGMENT}$`,
  'u',
);
const IPV6_ADDRESS = new RegExp(`^${IPV6}$`, 'u');

/**
 * RFC 3987 `IRI`: an absolute IRI, with an optional fragment.
 * @example isIri('https://bücher.example/straße?q=café#kapitel') // true
 */
export function isIri(value: string): boolean {
  return IRI.test(value);
}

/**
 * RFC 3987 `IRI-reference`: an IRI or a relative reference.
 * @example isIriReference('../bücher/café.html') // true
 */
export function isIriReference(value: string): boolean {
  return IRI.test(value) || IRELATIVE_REF.test(value);
}

/** Only US-ASCII: the RFC 3987 grammar then is RFC 3986's, since ucschar and iprivate are all beyond it. */
function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * RFC 3986 `URI`: an IRI of ASCII characters only. ajv-formats' own check lets a `"` through, which the
 * sampler then drew for a `$id` of the 2020-12 metaschema (`_p"=_B~`).
 * @example isUri('https://example.com/a?b=c#d') // true
 * @example isUri('https://example.com/"quoted"') // false
 */
export function isUri(value: string): boolean {
  return isAscii(value) && isIri(value);
}

/**
 * RFC 3986 `URI-reference`: a URI or a relative reference, of ASCII characters only.
 * @example isUriReference('../a/b.html#c') // true
 * @example isUriReference('S!"xT)') // false
 */
export function isUriReference(value: string): boolean {
  return isAscii(value) && isIriReference(value);
}

/**
 * RFC 3986 `IPv6address` (no zone identifier), shared with the e-mail address-literal check.
 * @example isIpv6Address('2001:db8::1') // true
 */
export function isIpv6Address(value: string): boolean {
  return IPV6_ADDRESS.test(value);
}
