/**
 * @module `string(uri_reference)`: what an `href` holds (RFC 3986 URI-reference): absolute URIs and the
 * relative forms (`/path`, `../path`, `?query`, `#fragment`, `//host/path`), on reserved names only.
 */
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { drawHostname } from './hostname.js';
import { domainSize, mixedRadix, radixProduct } from './mixedRadix.js';
import { at, type StringFormat } from './stringFormat.js';
import { drawUri } from './uri.js';
import { drawFragment, drawPath, drawQuery } from './uriParts.js';
import { WORDS } from './word.js';

/** One realistic URI reference, drawing from `d`. */
function drawUriReference(d: DrawSequence): string {
  const query = (): string => (d.chance(0.2) ? `?${drawQuery(d)}` : '');
  switch (d.int(10)) {
    case 0:
    case 1:
    case 2:
      return drawUri(d);
    case 3:
    case 4:
      return `/${drawPath(d, 4)}${query()}`;
    case 5:
      return drawPath(d, 3) + query();
    case 6:
      return `${d.pick(['../', './', '../../'])}${drawPath(d, 3)}`;
    case 7:
      return `?${drawQuery(d)}`;
    case 8:
      return `#${drawFragment(d)}`;
    default:
      return `//${drawHostname(d)}/${drawPath(d, 2)}`;
  }
}

const PREFIXES = ['/', '../', './', '', '//cdn.example.net/'] as const;
/** unique(): six words, |WORDS|^6 > 2^52. */
const RADICES = Array<number>(6).fill(WORDS.length);

/**
 * Injective on [0, 2^52): k's digits pick the words of `w/w/w-w-w-w`, which always form the last three
 * `/`-separated segments; the prefix in front (absolute, relative, network path) is decoration from the row.
 */
function uniqueUriReference(d: DrawSequence, k: number): string {
  const w = mixedRadix(k, RADICES).map((i) => at(WORDS, i));
  return `${d.pick(PREFIXES)}${w[0]}/${w[1]}/${w.slice(2).join('-')}`;
}

/**
 * A URI reference.
 * @example uriReference.realistic(streamOf(['s1', 'uri_reference']))(0) // '//git.us-east-1.example.net/91194/desipio'
 */
export const uriReference: StringFormat = {
  name: 'uri_reference',
  summary: 'A URI or relative reference, e.g. `/vero/42?page=2`, `../culpa.png`, `#section-3`.',
  size: domainSize(radixProduct(RADICES)),
  plain: true,
  schema: { format: 'uri-reference' },
  realistic: (s) => (row) => drawUriReference(drawSequence(s, row)),
  unique: (s) => (k, row) => uniqueUriReference(drawSequence(s, row), k),
};
