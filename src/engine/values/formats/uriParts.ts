/**
 * @module Path, query and fragment pieces shared by the URI-like formats (uri, uri_reference, iri,
 * iri_reference, uri_template), each a pure function of the draws it is given. Every piece is built from
 * unreserved characters (or non-ASCII letters, for IRIs) and the delimiters that separate them, so the
 * result needs no percent-encoding and is valid wherever the grammar allows a path, query or fragment.
 */
import type { DrawSequence } from './drawSequence.js';
import { WORDS } from './word.js';

const EXTENSIONS = ['html', 'json', 'pdf', 'png', 'jpg', 'csv', 'xml', 'txt', 'svg', 'zip'] as const;
const QUERY_KEYS = [
  'q', 'page', 'sort', 'lang', 'ref', 'id', 'limit', 'offset', 'filter', 'utm_source',
] as const; // prettier-ignore

/** A path segment: a word, a slug or a numeric id; `words` supplies the vocabulary. */
function drawSegment(d: DrawSequence, words: readonly string[]): string {
  switch (d.int(4)) {
    case 0:
      return `${d.pick(words)}-${d.pick(words)}`;
    case 1:
      return String(1 + d.int(99999));
    default:
      return d.pick(words);
  }
}

/** 1–`max` segments joined by `/`, without a leading slash; the last is sometimes a file name. */
export function drawPath(d: DrawSequence, max: number, words: readonly string[] = WORDS): string {
  const segments = Array.from({ length: 1 + d.int(max) }, () => drawSegment(d, words));
  if (d.chance(0.25)) segments.push(`${d.pick(words)}.${d.pick(EXTENSIONS)}`);
  return segments.join('/');
}

/** A query of 1–3 `key=value` pairs with distinct keys, without the `?`. */
export function drawQuery(d: DrawSequence, words: readonly string[] = WORDS): string {
  const keys = new Set(Array.from({ length: 1 + d.int(3) }, () => d.pick(QUERY_KEYS)));
  return [...keys].map((k) => `${k}=${d.chance(0.4) ? String(d.int(1000)) : d.pick(words)}`).join('&');
}

/** A fragment such as `section-3` or a word, without the `#`. */
export function drawFragment(d: DrawSequence, words: readonly string[] = WORDS): string {
  return d.chance(0.3) ? `section-${1 + d.int(12)}` : d.pick(words);
}
