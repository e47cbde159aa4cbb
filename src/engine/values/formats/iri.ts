/**
 * @module `string(iri)`: absolute IRIs (RFC 3987), URIs that carry Unicode as it is rather than
 * percent-encoded: `https://bücher.example/straße/über-uns?q=東京#kapitel-2`. Hosts are internationalised
 * names under reserved domains; only left-to-right text is used, as RFC 3987 §4.2 asks of each component.
 */
import { ACCENT_VARIANTS, ACCENTABLE_WORDS, accentedWord } from './accented.js';
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { drawIdnHostname } from './idnHostname.js';
import { domainSize, mixedRadix, radixProduct } from './mixedRadix.js';
import { RESERVED_DOMAINS } from './reservedNames.js';
import { at, type StringFormat } from './stringFormat.js';
import { IRI_WORDS, LTR_LABELS } from './unicodeWords.js';
import { drawFragment, drawPath, drawQuery } from './uriParts.js';

/** Unicode words for paths, queries and fragments. */
export const IRI_VOCABULARY: readonly string[] = [...new Set([...IRI_WORDS, ...LTR_LABELS])];

const accented = (d: DrawSequence): string =>
  accentedWord(d.int(ACCENTABLE_WORDS.length), d.int(ACCENT_VARIANTS));

/** One realistic absolute IRI, drawing from `d`. */
export function drawIri(d: DrawSequence): string {
  const shape = d.int(10);
  if (shape < 7) {
    const scheme = shape < 6 ? 'https' : 'http';
    const base = `${scheme}://${drawIdnHostname(d, true)}/${drawPath(d, 3, IRI_VOCABULARY)}`;
    const query = d.chance(0.3) ? `?${drawQuery(d, IRI_VOCABULARY)}` : '';
    return base + query + (d.chance(0.2) ? `#${drawFragment(d, IRI_VOCABULARY)}` : '');
  }
  if (shape === 7) return `mailto:${accented(d)}.${accented(d)}@${drawIdnHostname(d, true)}`;
  if (shape === 8) return `urn:example:${d.pick(IRI_VOCABULARY)}`;
  return `https://[2001:db8::${(1 + d.int(0xfff)).toString(16)}]/${drawPath(d, 2, IRI_VOCABULARY)}`;
}

const W = ACCENTABLE_WORDS.length;
const V = ACCENT_VARIANTS;
/** unique(): a host (U-label and reserved domain), then four accented words: 58 · 5 · (|W| · 4)^4 > 2^52. */
const RADICES = [LTR_LABELS.length, RESERVED_DOMAINS.length, W, V, W, V, W, V, W, V];

/**
 * Injective on [0, 2^52): k's digits pick `host/a/a-a-a` (accented words, see accentedWord); the scheme is
 * decoration from the row. The host ends at the first `/` after `://`, and words hold no `/` or `-`.
 */
function uniqueIri(d: DrawSequence, k: number): string {
  const [label = 0, domain = 0, ...wv] = mixedRadix(k, RADICES);
  const word = (i: number): string => accentedWord(wv[2 * i] ?? 0, wv[2 * i + 1] ?? 0);
  const host = `${at(LTR_LABELS, label)}.${at(RESERVED_DOMAINS, domain)}`;
  return `${d.pick(['https', 'http'])}://${host}/${word(0)}/${word(1)}-${word(2)}-${word(3)}`;
}

/**
 * An absolute IRI.
 * @example iri.realistic(streamOf(['s1', 'iri']))(0) // 'https://håndværk.čaj.example.net/検索-검색/19915'
 */
export const iri: StringFormat = {
  name: 'iri',
  summary:
    'An absolute IRI (RFC 3987) with Unicode host, path and query, e.g. `https://bücher.example/straße/über-uns?q=東京`.',
  size: domainSize(radixProduct(RADICES)),
  plain: true,
  schema: { format: 'iri' },
  realistic: (s) => (row) => drawIri(drawSequence(s, row)),
  unique: (s) => (k, row) => uniqueIri(drawSequence(s, row), k),
};
