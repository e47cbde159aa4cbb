/**
 * @module `string(url)`: https URLs on hosts under names reserved for documentation and testing (RFC 2606:
 * example.com/.net/.org and the `.example` and `.test` TLDs), so no generated link reaches a real site.
 */
import { below, type Stream } from '../../random/stream.js';
import { at, type StringFormat } from './stringFormat.js';
import { WORDS } from './word.js';

const HOSTS = [
  'www.example.com', 'shop.example.org', 'api.example.net', 'docs.example.com',
  'blog.example.org', 'cdn.example.net', 'app.example', 'portal.test',
] as const; // prettier-ignore
/** unique() enumerates a host and five words: 8 · |WORDS|^5 > 2^52. */
const SLUG_WORDS = 4;

function word(s: Stream, row: number, draw: number): string {
  return at(WORDS, below(s, row, draw, WORDS.length));
}

/** A host and 1–3 path segments; the last is a slug of 1–3 words. Draws 0..8. */
function realisticUrl(s: Stream, row: number): string {
  const segments = Array.from({ length: below(s, row, 1, 3) }, (_, i) => word(s, row, 2 + i));
  const slug = Array.from({ length: 1 + below(s, row, 5, 3) }, (_, i) => word(s, row, 6 + i));
  return `https://${at(HOSTS, below(s, row, 0, HOSTS.length))}/${[...segments, slug.join('-')].join('/')}`;
}

/**
 * Injective on [0, 2^52): k's mixed-radix digits (host, w0..w4) each pick from a de-duplicated list; the host
 * ends at the first '/', and words (lowercase letters only) are separated by '/' and '-'.
 */
function uniqueUrl(k: number): string {
  const host = at(HOSTS, k % HOSTS.length);
  let rest = Math.floor(k / HOSTS.length);
  const words: string[] = [];
  for (let i = 0; i <= SLUG_WORDS; i++, rest = Math.floor(rest / WORDS.length))
    words.push(at(WORDS, rest % WORDS.length));
  return `https://${host}/${at(words, 0)}/${words.slice(1).join('-')}`;
}

/**
 * An https URL on a reserved host.
 * @example url.realistic(streamOf(['s1', 'url']))(0) // 'https://app.example/porro/cinis'
 */
export const url: StringFormat = {
  name: 'url',
  summary: 'An https URL on a reserved domain, e.g. `https://shop.example.org/vero/tempora-culpa`.',
  size: Infinity,
  plain: true,
  schema: { format: 'uri', pattern: '^https://' },
  realistic: (s) => (row) => realisticUrl(s, row),
  unique: () => uniqueUrl,
};
