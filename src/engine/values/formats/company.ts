/**
 * @module `string(company)`: company names in faker's English patterns: `Lang, Kuhn and Greenholt`,
 * `Lang - Kuhn`, `Miller LLC`, `Adaptive Analyzer Group`. Values contain commas, so the format is not plain.
 */
import { below } from '../../random/stream.js';
import { en } from '../locale/en.js';
import { at, type StringFormat } from './stringFormat.js';

const oneToken = (w: string): boolean => /^[A-Za-z'][A-Za-z'-]*$/.test(w);
const LAST = en.lastNames.filter((n) => /^[A-Za-z']+$/.test(n));
const LEGAL = en.companySuffixes.filter((t) => /^[A-Za-z ]+$/.test(t));
/** Adjectives that are not family names, so the first word tells "Miller LLC" from "Adaptive Analyzer LLC". */
const ADJECTIVES = en.companyAdjectives.filter((a) => oneToken(a) && !LAST.includes(a));
const NOUNS = [
  ...new Set(en.companyNouns.filter(oneToken).map((n) => n.charAt(0).toUpperCase() + n.slice(1))),
];

interface Family {
  readonly size: number;
  render(k: number): string;
}
const l = LAST.length;
const pick = (list: readonly string[], k: number, place: number): string =>
  at(list, Math.floor(k / place) % list.length);

/**
 * unique() enumerates the families one after another. Injective: within a family, mixed-radix digits pick from
 * de-duplicated lists of space-free words (legal types last, so they may hold spaces). Across families: only the
 * last has a comma; only the third has " - "; of the first two, only the second starts with an adjective.
 */
const FAMILIES: readonly Family[] = [
  { size: l * LEGAL.length, render: (k) => `${pick(LAST, k, 1)} ${pick(LEGAL, k, l)}` },
  {
    size: ADJECTIVES.length * NOUNS.length * LEGAL.length,
    render: (k) =>
      `${pick(ADJECTIVES, k, 1)} ${pick(NOUNS, k, ADJECTIVES.length)} ${pick(LEGAL, k, ADJECTIVES.length * NOUNS.length)}`,
  },
  { size: l * l, render: (k) => `${pick(LAST, k, 1)} - ${pick(LAST, k, l)}` },
  { size: l * l * l, render: (k) => `${pick(LAST, k, 1)}, ${pick(LAST, k, l)} and ${pick(LAST, k, l * l)}` },
];
const SIZE = FAMILIES.reduce((n, f) => n + f.size, 0);

function companyAt(k: number): string {
  for (const family of FAMILIES) {
    if (k < family.size) return family.render(k);
    k -= family.size;
  }
  throw new RangeError(`company index ${k} is outside the domain`);
}

/**
 * A company name.
 * @example company.realistic(streamOf(['s1', 'company']))(0) // 'Larkin and Sons'
 */
export const company: StringFormat = {
  name: 'company',
  summary: 'A company name, e.g. `Lang, Kuhn and Greenholt`, `Miller LLC`, `Adaptive Analyzer Group`.',
  size: SIZE,
  plain: false,
  schema: { minLength: 1 },
  // Each pattern equally often (unique() is dominated by the three-name family, the largest).
  realistic: (s) => (row) => {
    const family = at(FAMILIES, below(s, row, 0, FAMILIES.length));
    return family.render(below(s, row, 1, family.size));
  },
  unique: () => companyAt,
};
