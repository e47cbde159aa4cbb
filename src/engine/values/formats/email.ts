/**
 * @module `string(email)`: `first.last42@example.org`, always on a domain reserved for documentation
 * (RFC 2606: example.com, example.net, example.org), so no generated address can reach a real person.
 */
import { below } from '../../random/stream.js';
import { en } from '../locale/en.js';
import { at, type StringFormat } from './stringFormat.js';

/** Letter-only, lowercase and de-duplicated, so that `first<sep>last` splits back unambiguously. */
function emailNames(names: readonly string[]): readonly string[] {
  return [...new Set(names.map((n) => n.toLowerCase().replace(/[^a-z]/g, '')).filter((n) => n.length > 0))];
}

const FIRST = emailNames(en.firstNames);
const LAST = emailNames(en.lastNames);
const SEPARATORS = ['.', '_', '-'] as const;
const NUMBERS = 10000; // 0 renders as no number, 1..9999 as digits
/** The domains RFC 2606 reserves for documentation; every generated address is on one of them. */
export const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'] as const;
const SIZE = FIRST.length * LAST.length * SEPARATORS.length * NUMBERS;

/** The local part for an index: injective because names are letters only and separators are not. */
function localPart(k: number): string {
  const first = k % FIRST.length;
  let rest = Math.floor(k / FIRST.length);
  const last = rest % LAST.length;
  rest = Math.floor(rest / LAST.length);
  const sep = rest % SEPARATORS.length;
  const num = Math.floor(rest / SEPARATORS.length);
  return at(FIRST, first) + at(SEPARATORS, sep) + at(LAST, last) + (num === 0 ? '' : String(num));
}

export const email: StringFormat = {
  name: 'email',
  summary:
    'An address on a reserved documentation domain (example.com/.net/.org), e.g. `ada.lovelace42@example.org`.',
  size: SIZE,
  plain: true,
  schema: { format: 'email' },
  realistic: (s) => (row) =>
    localPart(below(s, row, 0, SIZE)) + '@' + at(EMAIL_DOMAINS, below(s, row, 1, EMAIL_DOMAINS.length)),
  unique: (s) => (k, row) => localPart(k) + '@' + at(EMAIL_DOMAINS, below(s, row, 1, EMAIL_DOMAINS.length)),
};
