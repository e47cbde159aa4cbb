/**
 * @module `string(uri)`: absolute URIs (RFC 3986) with the schemes found in real data (https, http, mailto,
 * urn, tel, ftp, wss, ldap, file), every host, address and number reserved for documentation: hosts under
 * RFC 2606/6761 names, RFC 5737/3849 addresses, 555-01xx phone numbers, the RFC 6963 `urn:example` namespace.
 */
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { hex16, hex32 } from './hex.js';
import { drawHostname } from './hostname.js';
import { drawIpv6 } from './ipv6.js';
import { domainSize, mixedRadix, radixProduct } from './mixedRadix.js';
import { RESERVED_DOMAINS, SERVICE_LABELS } from './reservedNames.js';
import { at, type StringFormat } from './stringFormat.js';
import { drawFragment, drawPath, drawQuery } from './uriParts.js';
import { WORDS } from './word.js';

const PORTS = [8080, 8000, 3000, 8443, 5000, 9000] as const;

/** A random version-4 UUID, for `urn:uuid:` URIs; the same layout as uuid.ts. */
function drawUuid(d: DrawSequence): string {
  const [w0, w1, w2, w3] = [0, 1, 2, 3].map(() => d.int(0x100000000)) as [number, number, number, number];
  const groups = [hex32(w0), hex16(w1 >>> 16), hex16(0x4000 | (w1 & 0x0fff)), hex16(0x8000 | (w2 >>> 18))];
  return `${groups.join('-')}-${hex16(w2)}${hex32(w3)}`;
}

/** An https/http URL: host, path, and sometimes a query and a fragment. */
function drawWebUri(d: DrawSequence, scheme: string): string {
  const base = `${scheme}://${drawHostname(d)}/${drawPath(d, 3)}`;
  return base + (d.chance(0.3) ? `?${drawQuery(d)}` : '') + (d.chance(0.15) ? `#${drawFragment(d)}` : '');
}

/** One realistic absolute URI, drawing from `d`. */
export function drawUri(d: DrawSequence): string {
  const shape = d.int(20);
  if (shape < 9) return drawWebUri(d, 'https');
  switch (shape) {
    case 9:
      return drawWebUri(d, 'http');
    case 10:
      return `http://${drawHostname(d)}:${d.pick(PORTS)}/${drawPath(d, 2)}`;
    case 11:
      return `mailto:${d.pick(WORDS)}.${d.pick(WORDS)}@${d.pick(RESERVED_DOMAINS.slice(0, 3))}`;
    case 12:
      return `urn:uuid:${drawUuid(d)}`;
    case 13:
      return `urn:example:${d.pick(WORDS)}:${d.pick(WORDS)}`;
    case 14:
      return `tel:+1-${200 + d.int(800)}-555-01${String(d.int(100)).padStart(2, '0')}`;
    case 15:
      return `ftp://ftp.${d.pick(RESERVED_DOMAINS)}/pub/${drawPath(d, 2)}`;
    case 16:
      return `wss://${drawHostname(d)}/${d.pick(['socket', 'ws', 'live', 'events'])}`;
    case 17:
      return `ldap://[${drawIpv6(d)}]/o=${d.pick(WORDS)}?cn?sub`;
    case 18:
      return `https://${d.pick(['192.0.2', '198.51.100', '203.0.113'])}.${1 + d.int(254)}:${d.pick(PORTS)}/${drawPath(d, 2)}`;
    default:
      return `file:///srv/${d.pick(WORDS)}/${d.pick(WORDS)}.txt`;
  }
}

const SCHEMES = ['https', 'http', 'ftp', 'wss'] as const;
/** unique(): a host (service label and reserved domain), then five words: 20 · 5 · |WORDS|^5 > 2^52. */
const RADICES = [SERVICE_LABELS.length, RESERVED_DOMAINS.length, ...Array<number>(5).fill(WORDS.length)];

/**
 * Injective on [0, 2^52): k's digits pick `host/w/w-w-w-w`; the scheme is decoration from the row. The host
 * ends at the first `/` after `://` and words (lowercase letters) are separated by `/` and `-`.
 */
function uniqueUri(d: DrawSequence, k: number): string {
  const [service = 0, domain = 0, ...w] = mixedRadix(k, RADICES);
  const word = (i: number): string => at(WORDS, w[i] ?? 0);
  const host = `${at(SERVICE_LABELS, service)}.${at(RESERVED_DOMAINS, domain)}`;
  return `${d.pick(SCHEMES)}://${host}/${word(0)}/${word(1)}-${word(2)}-${word(3)}-${word(4)}`;
}

/**
 * An absolute URI.
 * @example uri.realistic(streamOf(['s1', 'uri']))(0) // 'urn:uuid:0a1bae70-63be-4948-bf8a-a430eee26d2a'
 */
export const uri: StringFormat = {
  name: 'uri',
  summary:
    'An absolute URI with a real-world scheme (https, mailto, urn, tel, ftp, ldap…) on reserved names, e.g. `urn:example:vero:culpa`.',
  size: domainSize(radixProduct(RADICES)),
  plain: true,
  schema: { format: 'uri' },
  realistic: (s) => (row) => drawUri(drawSequence(s, row)),
  unique: (s) => (k, row) => uniqueUri(drawSequence(s, row), k),
};
