/**
 * @module `string(hostname)`: RFC 1123 host names under names reserved for documentation and testing
 * (RFC 2606, RFC 6761), shaped like real ones (`api.tempora.example.com`, `web07.example.net`).
 */
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { domainSize, mixedRadix, radixProduct } from './mixedRadix.js';
import { REGION_LABELS, RESERVED_DOMAINS, SERVICE_LABELS } from './reservedNames.js';
import { at, type StringFormat } from './stringFormat.js';
import { WORDS } from './word.js';

/** One realistic host name, drawing from `d`. */
export function drawHostname(d: DrawSequence): string {
  const suffix = d.pick(RESERVED_DOMAINS);
  switch (d.int(6)) {
    case 0:
      return `${d.pick(SERVICE_LABELS)}.${suffix}`;
    case 1:
      return `${d.pick(WORDS)}.${suffix}`;
    case 2:
      return `${d.pick(SERVICE_LABELS)}.${d.pick(WORDS)}.${suffix}`;
    case 3:
      return `${d.pick(['web', 'db', 'node', 'srv', 'host', 'mx'])}${String(1 + d.int(40)).padStart(2, '0')}.${suffix}`;
    case 4:
      return `${d.pick(WORDS)}-${d.pick(WORDS)}.${suffix}`;
    default:
      return `${d.pick(SERVICE_LABELS)}.${d.pick(REGION_LABELS)}.${suffix}`;
  }
}

/** unique(): a reserved suffix and five words, 5 · |WORDS|^5 > 2^52. */
const RADICES = [RESERVED_DOMAINS.length, ...Array<number>(5).fill(WORDS.length)];

/**
 * Injective on [0, 2^52): k's digits pick the suffix and five words, laid out as `w-w-w.w-w.suffix` behind
 * one decorative service label. Words are distinct lowercase letters, so splitting on `.` and `-` recovers
 * every digit.
 */
function uniqueHostname(d: DrawSequence, k: number): string {
  const [suffix = 0, ...w] = mixedRadix(k, RADICES);
  const word = (i: number): string => at(WORDS, w[i] ?? 0);
  return `${d.pick(SERVICE_LABELS)}.${word(0)}-${word(1)}-${word(2)}.${word(3)}-${word(4)}.${at(RESERVED_DOMAINS, suffix)}`;
}

/**
 * A host name on a reserved domain.
 * @example hostname.realistic(streamOf(['s1', 'hostname']))(0) // 'host19.example.org'
 */
export const hostname: StringFormat = {
  name: 'hostname',
  summary: 'A host name on a reserved domain (RFC 2606/6761), e.g. `api.tempora.example.com`, `web07.test`.',
  size: domainSize(radixProduct(RADICES)),
  plain: true,
  schema: { format: 'hostname' },
  realistic: (s) => (row) => drawHostname(drawSequence(s, row)),
  unique: (s) => (k, row) => uniqueHostname(drawSequence(s, row), k),
};
