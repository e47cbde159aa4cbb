/**
 * @module `string(idn_hostname)`: internationalised host names, U-labels in many scripts (`bücher.example`,
 * `www.例え.test`, `مثال.example.org`) under names reserved for documentation and testing (RFC 2606,
 * RFC 6761). The reserved parent stays ASCII: no IDN top-level domain is reserved, so none is used.
 */
import { ACCENT_VARIANTS, ACCENTABLE_WORDS, accentedWord } from './accented.js';
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { domainSize, mixedRadix, radixProduct } from './mixedRadix.js';
import { RESERVED_DOMAINS, SERVICE_LABELS } from './reservedNames.js';
import { at, type StringFormat } from './stringFormat.js';
import { LTR_LABELS, U_LABELS } from './unicodeWords.js';
import { WORDS } from './word.js';

const LATIN_LABELS = LTR_LABELS.filter((l) => /^[\p{Script=Latin}-]+$/u.test(l));

/**
 * One realistic internationalised host name, drawing from `d`. `ltrOnly` keeps right-to-left labels out,
 * for IRIs, whose components should not mix directions (RFC 3987 §4.2).
 */
export function drawIdnHostname(d: DrawSequence, ltrOnly = false): string {
  const labels = ltrOnly ? LTR_LABELS : U_LABELS;
  const suffix = d.pick(RESERVED_DOMAINS);
  switch (d.int(5)) {
    case 0:
      return `${d.pick(labels)}.${suffix}`;
    case 1:
      return `${d.pick(SERVICE_LABELS)}.${d.pick(labels)}.${suffix}`;
    case 2:
      return `${d.pick(labels)}.${d.pick(labels)}.${suffix}`;
    case 3:
      // A Latin word joins only a Latin label: mixing scripts in a label is what registries refuse, and a
      // right-to-left label would break the Bidi Rule.
      return `${d.pick(LATIN_LABELS)}-${d.pick(WORDS)}.${suffix}`;
    default:
      return `${d.pick(LTR_LABELS)}${1 + d.int(99)}.${suffix}`;
  }
}

const W = ACCENTABLE_WORDS.length;
const V = ACCENT_VARIANTS;
/** unique(): suffix, U-label, then four accented words: 5 · |U| · (|W| · 4)^4 > 2^52. */
const RADICES = [RESERVED_DOMAINS.length, U_LABELS.length, W, V, W, V, W, V, W, V];

/**
 * Injective: k's digits pick `a-a.a-a.U.suffix`, four accented words (see accentedWord), a U-label and a
 * suffix. Words hold no `.` or `-`, so the labels and the words within them split back apart.
 */
function uniqueIdnHostname(k: number): string {
  const [suffix = 0, u = 0, ...wv] = mixedRadix(k, RADICES);
  const word = (i: number): string => accentedWord(wv[2 * i] ?? 0, wv[2 * i + 1] ?? 0);
  return `${word(0)}-${word(1)}.${word(2)}-${word(3)}.${at(U_LABELS, u)}.${at(RESERVED_DOMAINS, suffix)}`;
}

/**
 * An internationalised host name on a reserved domain.
 * @example idnHostname.realistic(streamOf(['s1', 'idn_hostname']))(0) // 'www.пример.example.net'
 */
export const idnHostname: StringFormat = {
  name: 'idn_hostname',
  summary:
    'An internationalised host name (IDNA2008 U-labels) on a reserved domain, e.g. `bücher.example`, `www.例え.test`.',
  size: domainSize(radixProduct(RADICES)),
  plain: true,
  schema: { format: 'idn-hostname' },
  realistic: (s) => (row) => drawIdnHostname(drawSequence(s, row)),
  unique: () => uniqueIdnHostname,
};
