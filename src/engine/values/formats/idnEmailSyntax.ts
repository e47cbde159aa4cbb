/**
 * @module The `idn-email` format (RFC 6531 §3.3): an RFC 5321 mailbox whose local part may hold any
 * non-ASCII character and whose domain may hold U-labels.
 */
import { isIdnHostname } from './idnHostnameSyntax.js';
import { isIpv6Address } from './iriSyntax.js';

/** RFC 6532 UTF8-non-ascii: every code point above U+007F that UTF-8 can carry (so no lone surrogate). */
const NON_ASCII = '\\u{80}-\\u{D7FF}\\u{E000}-\\u{10FFFF}';
const ATEXT = `[A-Za-z0-9!#$%&'*+\\-/=?^_\`{|}~${NON_ASCII}]`;
const DOT_STRING = `${ATEXT}+(?:\\.${ATEXT}+)*`;
const QUOTED_STRING = `"(?:[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E${NON_ASCII}]|\\\\[\\x20-\\x7E])*"`;
const MAILBOX = new RegExp(`^(${DOT_STRING}|${QUOTED_STRING})@(.+)$`, 'u');
const IPV4_LITERAL = /^\[(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\]$/;

const octets = (s: string): number => Buffer.byteLength(s, 'utf8');

function isDomain(domain: string): boolean {
  if (IPV4_LITERAL.test(domain)) return true;
  if (domain.startsWith('[IPv6:') && domain.endsWith(']')) return isIpv6Address(domain.slice(6, -1));
  // RFC 6532 §3.1 lets addresses arrive unnormalised, so the domain is put in NFC before the IDNA check.
  return isIdnHostname(domain.normalize('NFC'));
}

/**
 * Whether `value` is an internationalised e-mail address: local part at most 64 octets, the whole at most
 * 254 (RFC 5321 §4.5.3.1 less the angle brackets).
 * @example isIdnEmail('josé.garcía@bücher.example') // true
 */
export function isIdnEmail(value: string): boolean {
  const match = MAILBOX.exec(value);
  if (!match) return false;
  const [, local = '', domain = ''] = match;
  return octets(local) <= 64 && octets(value) <= 254 && isDomain(domain);
}
