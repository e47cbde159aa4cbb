/**
 * @module `string(iri_reference)`: IRIs and relative IRI references (RFC 3987), such as `/über-uns`,
 * `../bücher/café.html` or `#kapitel-2`, on reserved names only.
 */
import { ACCENT_VARIANTS, ACCENTABLE_WORDS, accentedWord } from './accented.js';
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { drawIdnHostname } from './idnHostname.js';
import { drawIri, IRI_VOCABULARY } from './iri.js';
import { domainSize, mixedRadix, radixProduct } from './mixedRadix.js';
import type { StringFormat } from './stringFormat.js';
import { drawFragment, drawPath, drawQuery } from './uriParts.js';

/** One realistic IRI reference, drawing from `d`. */
function drawIriReference(d: DrawSequence): string {
  switch (d.int(10)) {
    case 0:
    case 1:
    case 2:
      return drawIri(d);
    case 3:
    case 4:
      return `/${drawPath(d, 4, IRI_VOCABULARY)}`;
    case 5:
      return drawPath(d, 3, IRI_VOCABULARY);
    case 6:
      return `${d.pick(['../', './'])}${drawPath(d, 3, IRI_VOCABULARY)}`;
    case 7:
      return `?${drawQuery(d, IRI_VOCABULARY)}`;
    case 8:
      return `#${drawFragment(d, IRI_VOCABULARY)}`;
    default:
      return `//${drawIdnHostname(d, true)}/${drawPath(d, 2, IRI_VOCABULARY)}`;
  }
}

const PREFIXES = ['/', '../', './', '', '//bücher.example/'] as const;
const W = ACCENTABLE_WORDS.length;
const V = ACCENT_VARIANTS;
/** unique(): five accented words, (|W| · 4)^5 > 2^52. */
const RADICES = [W, V, W, V, W, V, W, V, W, V];

/**
 * Injective on [0, 2^52): k's digits pick the accented words of `a/a/a-a-a`, always the last three
 * `/`-separated segments; the prefix in front is decoration from the row.
 */
function uniqueIriReference(d: DrawSequence, k: number): string {
  const wv = mixedRadix(k, RADICES);
  const w = [0, 1, 2, 3, 4].map((i) => accentedWord(wv[2 * i] ?? 0, wv[2 * i + 1] ?? 0));
  return `${d.pick(PREFIXES)}${w[0]}/${w[1]}/${w.slice(2).join('-')}`;
}

/**
 * An IRI reference.
 * @example iriReference.realistic(streamOf(['s1', 'iri_reference']))(0) // '#搜索'
 */
export const iriReference: StringFormat = {
  name: 'iri_reference',
  summary:
    'An IRI or relative IRI reference (RFC 3987), e.g. `/über-uns/kontakt`, `../bücher/café.html`, `#東京`.',
  size: domainSize(radixProduct(RADICES)),
  plain: true,
  schema: { format: 'iri-reference' },
  realistic: (s) => (row) => drawIriReference(drawSequence(s, row)),
  unique: (s) => (k, row) => uniqueIriReference(drawSequence(s, row), k),
};
