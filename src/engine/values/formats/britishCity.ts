/**
 * @module The en-GB variant of `string(city)`: invented English towns in faker's en_GB patterns, `Kuhnton`,
 * `Great Kuhnbury`, `Little Greenholt`, `Kuhn-upon-Greenholt`. Invented, as faker's en_GB data is, so no
 * value is a real town.
 */
import { en } from '../locale/en.js';
import { localeData } from '../locale/localeData.js';
import {
  drawFrom,
  listEnumeration,
  productEnumeration,
  unionEnumeration,
  type Enumeration,
} from './enumeration.js';
import { below } from '../../random/stream.js';
import { at, type StringFormat } from './stringFormat.js';

/** Single words without hyphens, so the separators below (a space, an infix's hyphens) split values back. */
const word = (w: string): boolean => /^[A-Za-z'.]+$/.test(w);

/**
 * Invented English towns. Built when first asked for (a million-town domain is not worth building at
 * start-up for datasets that never use en-GB).
 * @example britishCity().realistic(streamOf(['s1', 'city']))(0) // 'Stokes-le-Heaney'
 */
export function britishCity(): StringFormat {
  const enGB = localeData('en-GB');
  const last = en.lastNames.filter(word);
  const prefixes = enGB.cityPrefixes.filter(word);
  const suffixes = enGB.citySuffixes.filter((s) => /^[a-z]+$/.test(s));
  const infixes = enGB.cityInfixes.filter((i) => /^-[a-z]+-$/.test(i)).map((i) => i.slice(1, -1));
  /** `Kuhnton`: a family name and a suffix, de-duplicated (`Ash`+`ford` may equal another name + suffix). */
  const stems = [...new Set(last.flatMap((l) => suffixes.map((s) => l + s)))];
  /**
   * The three shapes, disjoint: only `Prefix Town` holds a space, only `Name-infix-Name` a hyphen, and a
   * bare stem neither. Within a shape, splitting at the space or the hyphens recovers de-duplicated words.
   */
  const families: readonly Enumeration[] = [
    listEnumeration(stems),
    productEnumeration([prefixes, [...new Set([...stems, ...last])]], ' '),
    productEnumeration([last, infixes, last], '-'),
  ];
  const all = unionEnumeration(families);
  return {
    name: 'city',
    summary: 'An invented English town, e.g. `Kuhnton`, `Great Greenholtbury`, `Kuhn-upon-Greenholt`.',
    size: all.size,
    plain: true,
    schema: { minLength: 1 },
    // Each shape equally often, as faker's patterns are; unique() is dominated by the largest shape.
    realistic: (s) => (row) => drawFrom(at(families, below(s, row, 0, families.length)), s, row, 1),
    unique: () => (k) => all.at(k),
  };
}
