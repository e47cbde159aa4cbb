/**
 * @module `string(json_pointer)`: RFC 6901 pointers of the three kinds met in practice: into data
 * (`/orders/3/lines/0/sku`), into schemas (`/$defs/Customer/properties/email`) and into OpenAPI documents,
 * whose path keys need `~1` escapes (`/paths/~1orders~1{id}/get/responses/200`).
 */
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { domainSize, mixedRadix, radixProduct } from './mixedRadix.js';
import { at, type StringFormat } from './stringFormat.js';
import { WORDS } from './word.js';

const MEMBERS = [
  'orders', 'lines', 'items', 'customer', 'address', 'email', 'first_name', 'last_name', 'tags', 'metadata',
  'name', 'id', 'price', 'sku', 'quantity', 'street', 'city', 'postal_code', 'country', 'status',
] as const; // prettier-ignore
const SCHEMAS = ['Customer', 'Order', 'Address', 'LineItem', 'Product', 'Invoice', 'Payment'] as const;
const KEYWORDS = ['properties', 'items', 'required', 'enum', 'format', 'type'] as const;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const STATUSES = ['200', '201', '204', '400', '404', '422'] as const;

/** 1–`max` tokens into data: members alternating with array indices, sometimes ending in `-`. */
export function drawDataTokens(d: DrawSequence, max: number): string[] {
  const tokens = Array.from({ length: 1 + d.int(max) }, (_, i) =>
    i % 2 === 1 && d.chance(0.7) ? String(d.int(d.chance(0.8) ? 10 : 500)) : d.pick(MEMBERS),
  );
  // `-` names the slot past an array's end (JSON Patch appends there), so it follows a member, not an index.
  if (d.chance(0.05) && !/^\d+$/.test(tokens.at(-1) ?? '')) tokens.push('-');
  return tokens;
}

function drawSchemaTokens(d: DrawSequence): string[] {
  const tokens = d.chance(0.6) ? [d.pick(['$defs', 'definitions']), d.pick(SCHEMAS)] : [];
  tokens.push(d.pick(KEYWORDS));
  if (tokens.at(-1) === 'properties') tokens.push(d.pick(MEMBERS));
  return tokens;
}

/** OpenAPI: a path key such as `/orders/{id}` becomes the token `~1orders~1{id}`. */
function drawOpenapiTokens(d: DrawSequence): string[] {
  const path = [d.pick(MEMBERS), ...(d.chance(0.6) ? ['{id}'] : [])].map((p) => `~1${p}`).join('');
  return ['paths', path, d.pick(METHODS), 'responses', d.pick(STATUSES)];
}

/** Tokens are already escaped, so joining them is the whole encoding. */
const pointer = (tokens: readonly string[]): string => tokens.map((t) => `/${t}`).join('');

/** One realistic pointer, drawing from `d`. */
export function drawJsonPointer(d: DrawSequence): string {
  const shape = d.int(10);
  if (shape < 6) return pointer(drawDataTokens(d, 5));
  return pointer(shape < 9 ? drawSchemaTokens(d) : drawOpenapiTokens(d));
}

/** unique(): five words and a one-digit index, |WORDS|^5 · 10 > 2^52. */
const RADICES = [...Array<number>(5).fill(WORDS.length), 10];

/**
 * Injective on [0, 2^52): k's digits are the tokens of `/w/w/i/w/w_w`, fixed positions in a fixed number of
 * tokens, and words hold no `/` or `_`.
 */
export function uniqueJsonPointer(k: number): string {
  const [a = 0, b = 0, c = 0, e = 0, f = 0, index = 0] = mixedRadix(k, RADICES);
  const w = (i: number): string => at(WORDS, i);
  return `/${w(a)}/${w(b)}/${index}/${w(c)}/${w(e)}_${w(f)}`;
}

/**
 * A JSON Pointer.
 * @example jsonPointer.realistic(streamOf(['s1', 'json_pointer']))(0) // '/$defs/Address/type'
 */
export const jsonPointer: StringFormat = {
  name: 'json_pointer',
  summary:
    'An RFC 6901 JSON Pointer, e.g. `/orders/3/lines/0/sku`, `/paths/~1orders~1{id}/get/responses/200`.',
  size: domainSize(radixProduct(RADICES)),
  plain: true,
  schema: { format: 'json-pointer' },
  realistic: (s) => (row) => drawJsonPointer(drawSequence(s, row)),
  unique: () => uniqueJsonPointer,
};
