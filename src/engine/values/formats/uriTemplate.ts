/**
 * @module `string(uri_template)`: RFC 6570 templates as API descriptions write them
 * (`https://api.example.com/repos/{owner}/{repo}/issues{?sort,page}`), on reserved hosts. Expressions use
 * every operator and both modifiers; multi-variable ones hold commas, so values are not plain.
 */
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { drawHostname } from './hostname.js';
import { domainSize, mixedRadix, radixProduct } from './mixedRadix.js';
import { RESERVED_DOMAINS, SERVICE_LABELS } from './reservedNames.js';
import { at, type StringFormat } from './stringFormat.js';
import { WORDS } from './word.js';

/** Variable names: letters, digits and `_` only (RFC 6570 varchar, without the `.` ajv-formats refuses). */
const VARIABLES = [
  'id', 'user_id', 'org', 'repo', 'owner', 'slug', 'lang', 'page', 'per_page', 'q',
  'sort', 'format', 'version', 'path', 'section', 'query', 'fields', 'term', 'order_id', 'locale',
] as const; // prettier-ignore

function variables(d: DrawSequence, max: number): string {
  return [...new Set(Array.from({ length: 1 + d.int(max) }, () => d.pick(VARIABLES)))].join(',');
}

/** A trailing expression: query, continuation, fragment, path, label or parameter expansion. */
function drawTail(d: DrawSequence): string {
  switch (d.int(8)) {
    case 0:
    case 1:
      return `{?${variables(d, 3)}}`;
    case 2:
      return `{?${d.pick(VARIABLES)}*}`;
    case 3:
      return `{#${d.pick(VARIABLES)}}`;
    case 4:
      return `{/${d.pick(VARIABLES)}*}`;
    case 5:
      return `{.${d.pick(['format', 'ext'])}}`;
    case 6:
      return `{;${variables(d, 2)}}`;
    default:
      return '';
  }
}

/** A path segment: a literal word, or a simple expansion, sometimes with a prefix modifier. */
function drawTemplateSegment(d: DrawSequence): string {
  if (d.chance(0.55)) return d.pick(WORDS);
  return d.chance(0.1) ? `{${d.pick(VARIABLES)}:${1 + d.int(9)}}` : `{${d.pick(VARIABLES)}}`;
}

/** One realistic template, drawing from `d`. */
function drawUriTemplate(d: DrawSequence): string {
  const shape = d.int(10);
  const base = shape < 7 ? `https://${drawHostname(d)}` : shape < 9 ? '' : `{+${d.pick(['base', 'root'])}}`;
  const segments = Array.from({ length: 1 + d.int(4) }, () => drawTemplateSegment(d));
  return `${base}/${segments.join('/')}${drawTail(d)}`;
}

/** unique(): a host (service label and reserved domain), then five words: 20 · 5 · |WORDS|^5 > 2^52. */
const RADICES = [SERVICE_LABELS.length, RESERVED_DOMAINS.length, ...Array<number>(5).fill(WORDS.length)];

/**
 * Injective on [0, 2^52): k's digits pick the literal text `https://host/w/…/w-w-w-w`; the expressions
 * in between are decoration from the row. Removing every `{…}` (words hold no braces) leaves the literal
 * text, which splits back into the digits.
 */
function uniqueUriTemplate(d: DrawSequence, k: number): string {
  const [service = 0, domain = 0, ...w] = mixedRadix(k, RADICES);
  const word = (i: number): string => at(WORDS, w[i] ?? 0);
  const host = `${at(SERVICE_LABELS, service)}.${at(RESERVED_DOMAINS, domain)}`;
  return `https://${host}/${word(0)}/{${d.pick(VARIABLES)}}/${word(1)}-${word(2)}-${word(3)}-${word(4)}${drawTail(d)}`;
}

/**
 * An RFC 6570 URI template.
 * @example uriTemplate.realistic(streamOf(['s1', 'uri_template']))(0) // 'https://static.sa-east-1.example/maxime{?id}'
 */
export const uriTemplate: StringFormat = {
  name: 'uri_template',
  summary:
    'An RFC 6570 URI template on a reserved host, e.g. `https://api.example.com/vero/{order_id}{?fields,page}`.',
  size: domainSize(radixProduct(RADICES)),
  plain: false,
  schema: { format: 'uri-template' },
  realistic: (s) => (row) => drawUriTemplate(drawSequence(s, row)),
  unique: (s) => (k, row) => uniqueUriTemplate(drawSequence(s, row), k),
};
