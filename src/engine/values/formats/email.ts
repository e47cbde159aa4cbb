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

/** RFC 5321's limits: a local part of 64 octets, a label of 63, an address of 254 (its path of 256 less `<>`). */
const MAX_LOCAL = 64;
const MAX_LABEL = 63;
const MAX_ADDRESS = 254;

/**
 * The address made `length` characters long: letters added to its local part up to 64, then labels of at
 * most 63 letters put before its domain (`….example.org` is still a reserved domain).
 * @example lengthenEmail('ada@example.org', 20, 'qwertyuiopasdfghjklz') // 'adaqwert@example.org'
 */
export function lengthenEmail(value: string, length: number, filler: string): string | null {
  const split = value.lastIndexOf('@');
  if (split < 0 || length > MAX_ADDRESS || length < value.length) return null;
  let local = value.slice(0, split);
  const domain = value.slice(split + 1);
  let need = length - value.length;
  let rest = filler;
  let added = Math.min(need, MAX_LOCAL - local.length);
  // A label costs its letters and a dot: one character left over is taken back from the local part.
  if (need - added === 1) added -= 1;
  if (added < 0) return null;
  local += rest.slice(0, added);
  rest = rest.slice(added);
  need -= added;
  const count = Math.ceil(need / (MAX_LABEL + 1));
  const labels: string[] = [];
  for (let i = 0; i < count; i++) {
    const size = Math.floor((need - count) / count) + (i < (need - count) % count ? 1 : 0);
    labels.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  const lengthened = `${local}@${[...labels, domain].join('.')}`;
  return lengthened.length === length ? lengthened : null;
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
  lengthen: lengthenEmail,
};
