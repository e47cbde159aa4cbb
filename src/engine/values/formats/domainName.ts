/**
 * @module `string(domain_name)`: a domain under a name reserved for documentation and testing (RFC 2606,
 * RFC 6761), `tempora.example`, `kuhn-vero.example.com`, so no value is anyone's real domain.
 */
import { drawSequence } from './drawSequence.js';
import { en } from '../locale/en.js';
import { mixedRadix, radixProduct } from './mixedRadix.js';
import { RESERVED_DOMAINS } from './reservedNames.js';
import { at, type StringFormat } from './stringFormat.js';
import { WORDS } from './word.js';

const FAMILY = [...new Set(en.lastNames.map((n) => n.toLowerCase()).filter((n) => /^[a-z]+$/.test(n)))];
/** unique(): a reserved parent and three words, 5 · |WORDS|^3 ≈ 5 · 10^9 domains. */
const RADICES = [RESERVED_DOMAINS.length, WORDS.length, WORDS.length, WORDS.length];

/**
 * A domain name. unique() is injective: k's digits pick the parent and three words; the first `.` ends the
 * label, and words (lowercase letters only, de-duplicated) are split at `-`.
 * @example domainName.realistic(streamOf(['s1', 'domain_name']))(0) // 'heaney-vito.example.com'
 */
export const domainName: StringFormat = {
  name: 'domain_name',
  summary: 'A domain under a reserved name, e.g. `tempora.example`, `kuhn-vero.example.com`, `acme.test`.',
  size: radixProduct(RADICES),
  plain: true,
  schema: { format: 'hostname', pattern: '\\.(example|test)$|\\.example\\.(com|net|org)$' },
  realistic: (s) => (row) => {
    const d = drawSequence(s, row);
    const parent = d.pick(RESERVED_DOMAINS);
    const shape = d.int(3);
    const label =
      shape === 0 ? d.pick(FAMILY) : shape === 1 ? d.pick(WORDS) : `${d.pick(FAMILY)}-${d.pick(WORDS)}`;
    return `${label}.${parent}`;
  },
  unique: () => (k) => {
    const [parent = 0, a = 0, b = 0, c = 0] = mixedRadix(k, RADICES);
    return `${at(WORDS, a)}-${at(WORDS, b)}-${at(WORDS, c)}.${at(RESERVED_DOMAINS, parent)}`;
  },
};
