/**
 * @module `string(idn_email)`: internationalised addresses (RFC 6531) such as `josé.garcía@example.com` or
 * `さくら.田中@例え.example`: names from one language each, on reserved domains, ASCII or internationalised,
 * so no generated address can reach a real person.
 */
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { drawIdnHostname } from './idnHostname.js';
import { domainSize, mixedRadix, radixProduct } from './mixedRadix.js';
import { RESERVED_DOMAINS } from './reservedNames.js';
import { at, type StringFormat } from './stringFormat.js';
import { IDN_NAMES } from './unicodeWords.js';

/** Every (first, last) pair within one language, so unique() can index them; de-duplicated on purpose. */
const PAIRS: readonly (readonly [string, string])[] = IDN_NAMES.flatMap(({ first, last }) =>
  first.flatMap((f) => last.map((l) => [f, l] as const)),
);
if (new Set(PAIRS.map(([f, l]) => `${f} ${l}`)).size !== PAIRS.length)
  throw new Error('duplicate IDN name pair');

const SEPARATORS = ['.', '_', '-'] as const;
const NUMBERS = 10000; // 0 renders as no number, 1..9999 as digits
/** Domains for unique(): fixed, so that the domain is one of k's digits. */
const DOMAINS = [
  'example.com', 'example.org', 'example.net', 'bücher.example', 'пример.test', '例え.example',
  'δοκιμή.example.org', '실례.test', 'münchen.example.net', 'مثال.example', 'דוגמה.test', 'उदाहरण.example',
] as const; // prettier-ignore
/** ASCII domains for realistic addresses: the three RFC 2606 second-level names, as email.ts uses. */
const EMAIL_DOMAINS = RESERVED_DOMAINS.slice(0, 3);
const RADICES = [PAIRS.length, SEPARATORS.length, NUMBERS, DOMAINS.length];

function localPart(pair: readonly [string, string], separator: string, n: number): string {
  return pair[0] + separator + pair[1] + (n === 0 ? '' : String(n));
}

/** One realistic address: a name, and half the time an internationalised domain. */
function drawIdnEmail(d: DrawSequence): string {
  const [first, last] = d.pick(PAIRS);
  const local = d.chance(0.25)
    ? first
    : localPart([first, last], d.pick(SEPARATORS), d.chance(0.3) ? 1 + d.int(99) : 0);
  return `${local}@${d.chance(0.5) ? d.pick(EMAIL_DOMAINS) : drawIdnHostname(d)}`;
}

/**
 * Injective on [0, size): k's digits pick the name pair, separator, number and domain. Names hold no
 * separator and no digit, so the local part splits back into them, and the domain follows the `@`.
 */
function uniqueIdnEmail(k: number): string {
  const [pair = 0, separator = 0, n = 0, domain = 0] = mixedRadix(k, RADICES);
  return `${localPart(at(PAIRS, pair), at(SEPARATORS, separator), n)}@${at(DOMAINS, domain)}`;
}

/**
 * An internationalised e-mail address on a reserved domain.
 * @example idnEmail.realistic(streamOf(['s1', 'idn_email']))(0) // 'أحمد-سليمان58@m.испытание.test'
 */
export const idnEmail: StringFormat = {
  name: 'idn_email',
  summary:
    'An internationalised address (RFC 6531) on a reserved domain, e.g. `josé.garcía@example.com`, `さくら.田中@例え.example`.',
  size: domainSize(radixProduct(RADICES)),
  plain: true,
  schema: { format: 'idn-email' },
  realistic: (s) => (row) => drawIdnEmail(drawSequence(s, row)),
  unique: () => uniqueIdnEmail,
};
