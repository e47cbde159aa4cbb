/**
 * @module `string(street_address)`: the street line of an address as each country writes it: `742 Kuhn
 * Street` (US), `12 Abbey Road` (GB), `Goethestr. 12a` (DE), `12 Rue de la Paix` (FR), `Rua João Silva 12`
 * (PT), `Calle Pedro Gómez, 12` (ES). Street names come from faker's locale data; numbers are drawn.
 */
import { below, type Stream } from '../../random/stream.js';
import { localeData, type LocaleData } from '../locale/localeData.js';
import type { LocaleTag } from '../../../model/localeTag.js';
import { needsEscape } from '../needsEscape.js';
import {
  drawFrom,
  listEnumeration,
  productEnumeration,
  unionEnumeration,
  type Enumeration,
} from './enumeration.js';
import type { StringFormat } from './stringFormat.js';
import { withLocales } from './withLocales.js';

/** One word, so a space splits composed street names back into their parts. */
const word = (w: string): boolean => !/\s/.test(w);

/**
 * `Family Suffix` streets (`Kuhn Street`), plus the locale's whole street names that are not already of
 * that form, so the two parts are disjoint. Realistic draws take each part half the time.
 */
function englishStreets(d: LocaleData): { all: Enumeration; parts: readonly Enumeration[] } {
  const last = d.lastNames.filter(word);
  const types = d.streetTypes.filter(word);
  const composed = productEnumeration([last, types], ' ');
  const lastSet = new Set(last);
  const typeSet = new Set(types);
  const isComposed = (n: string): boolean => {
    const [l = '', t = '', ...rest] = n.split(' ');
    return rest.length === 0 && lastSet.has(l) && typeSet.has(t);
  };
  const parts = [listEnumeration(d.streetNames.filter((n) => !isComposed(n))), composed];
  return { all: unionEnumeration(parts), parts };
}

/** A street type and a one-word first and last name (`Rua João Silva`), as faker's pt and es patterns do. */
const namedStreets = (d: LocaleData): Enumeration =>
  productEnumeration([d.streetTypes.filter(word), d.firstNames.filter(word), d.lastNames.filter(word)], ' ');

interface Style {
  readonly streets: Enumeration;
  /** House numbers 1..numbers for unique(); realistic numbers are 1..typical. */
  readonly numbers: number;
  readonly typical: number;
  readonly render: (street: string, n: number) => string;
  readonly pattern: string;
  readonly drawStreet?: (s: Stream, row: number) => string;
  /** Decoration only realistic values get (`Apt. 4`, `12a`, `s/n`); draws 3 and up. */
  readonly extra?: (s: Stream, row: number, line: string) => string;
}

/**
 * unique() is injective on [0, streets · numbers): k ↦ (k mod |streets|, 1 + ⌊k / |streets|⌋) is a bijection
 * onto (street, number) pairs, streets are distinct, and each style writes the number as its own token at
 * the start or end of the line, so the line splits back into both.
 */
function addressFormat(tag: LocaleTag, style: Style, words: readonly string[]): StringFormat {
  const { streets, numbers, render } = style;
  const drawStreet = style.drawStreet ?? ((s: Stream, row: number) => drawFrom(streets, s, row, 0));
  return {
    name: 'street_address',
    summary:
      tag === 'en-US'
        ? 'A street line, e.g. `742 Kuhn Street`; `Goethestr. 12a`, `12 Rue de la Paix`, `Calle Pedro Gómez, 12` in other locales.'
        : `A street line as written in ${tag}.`,
    size: streets.size * numbers,
    plain: !words.some(needsEscape) && !render('', 1).includes(','),
    schema: { pattern: style.pattern, minLength: 3 },
    realistic: (s) => (row) => {
      const line = render(drawStreet(s, row), 1 + below(s, row, 2, style.typical));
      return style.extra ? style.extra(s, row, line) : line;
    },
    unique: () => (k) => render(streets.at(k % streets.size), 1 + Math.floor(k / streets.size)),
  };
}

function englishStyle(d: LocaleData, typical: number): Style {
  const { all, parts } = englishStreets(d);
  return {
    streets: all,
    numbers: 9999,
    typical,
    render: (street, n) => `${n} ${street}`,
    pattern: '^[1-9]\\d* \\S',
    drawStreet: (s, row) => drawFrom(parts[below(s, row, 0, 2)] ?? all, s, row, 1),
  };
}

const sources = (d: LocaleData): readonly string[] => [
  ...d.streetNames,
  ...d.streetTypes,
  ...d.firstNames,
  ...d.lastNames,
];

const STYLES: Readonly<Record<LocaleTag, (d: LocaleData) => Style>> = {
  'en-US': (d) => ({
    ...englishStyle(d, 9999),
    // One US line in five names a unit.
    extra: (s, row, line) =>
      below(s, row, 3, 5) > 0
        ? line
        : `${line} ${below(s, row, 4, 2) === 0 ? 'Apt.' : 'Suite'} ${1 + below(s, row, 5, 999)}`,
  }),
  'en-GB': (d) => englishStyle(d, 200),
  'de-DE': (d) => ({
    streets: listEnumeration(d.streetNames),
    numbers: 999,
    typical: 150,
    render: (street, n) => `${street} ${n}`,
    pattern: '\\S [1-9]\\d*[a-c]?$',
    extra: (s, row, line) => (below(s, row, 3, 10) === 0 ? line + 'abc'.charAt(below(s, row, 4, 3)) : line),
  }),
  'fr-FR': (d) => ({
    streets: listEnumeration(d.streetNames),
    numbers: 999,
    typical: 150,
    render: (street, n) => `${n} ${street}`,
    pattern: '^[1-9]\\d* \\S',
  }),
  'pt-PT': (d) => ({
    streets: namedStreets(d),
    numbers: 999,
    typical: 300,
    render: (street, n) => `${street} ${n}`,
    pattern: '\\S [1-9]\\d*$',
  }),
  'es-ES': (d) => ({
    streets: namedStreets(d),
    numbers: 999,
    typical: 150,
    render: (street, n) => `${street}, ${n}`,
    pattern: '\\S, ([1-9]\\d*|s/n)$',
    // "sin número": a building without a number.
    extra: (s, row, line) => (below(s, row, 3, 20) === 0 ? line.replace(/\d+$/, 's/n') : line),
  }),
};

const variant = (tag: LocaleTag): StringFormat => {
  const d = localeData(tag);
  return addressFormat(tag, STYLES[tag](d), sources(d));
};
const american = variant('en-US');

/**
 * A street line; US unless localized.
 * @example streetAddress.realistic(streamOf(['s1', 'street_address']))(0) // '1314 W 12th Street Apt. 847'
 */
export const streetAddress: StringFormat = withLocales(american, {
  'en-US': () => american,
  'en-GB': () => variant('en-GB'),
  'de-DE': () => variant('de-DE'),
  'fr-FR': () => variant('fr-FR'),
  'pt-PT': () => variant('pt-PT'),
  'es-ES': () => variant('es-ES'),
});
