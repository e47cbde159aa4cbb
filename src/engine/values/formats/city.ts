/**
 * @module `string(city)`: a US city name (`Akron`) or a faker-style invented one (`Kuhnville`,
 * `Port Greenholtborough`).
 */
import { below } from '../../random/stream.js';
import { en } from '../locale/en.js';
import { britishCity } from './britishCity.js';
import { listVariants } from './listVariants.js';
import { once } from './once.js';
import { at, type StringFormat } from './stringFormat.js';
import { withLocales } from './withLocales.js';

/**
 * The invented domain, built on first use: ten thousand stems made and filtered, which a run that names no
 * city should not pay for at start-up (issue 15, ADR 026).
 */
const domain = once(() => {
  const prefixes = en.cityPrefixes.filter((p) => /^[A-Za-z]+$/.test(p));
  const startsWithPrefix = (c: string): boolean => prefixes.some((p) => c.startsWith(p + ' '));
  /** Real city names that do not begin with a prefix word, and family name + suffix inventions, de-duplicated. */
  const stems: readonly string[] = [
    ...new Set([...en.cityNames, ...en.lastNames.flatMap((n) => en.citySuffixes.map((x) => n + x))]),
  ].filter((c) => !startsWithPrefix(c));
  /**
   * Injective on [0, size): k ↦ (k mod |stems|, ⌊k / |stems|⌋) picks a stem and "no prefix" (0) or a prefix.
   * No stem starts with "<prefix> ", so a value starts with "<prefix> " exactly when it was given that prefix;
   * what remains is the stem, and stems are de-duplicated.
   */
  const cityAt = (k: number): string => {
    const prefix = Math.floor(k / stems.length);
    const stem = at(stems, k % stems.length);
    return prefix === 0 ? stem : `${at(prefixes, prefix - 1)} ${stem}`;
  };
  return { size: (prefixes.length + 1) * stems.length, cityAt };
});

const american: StringFormat = {
  name: 'city',
  summary: 'A US city name or an invented one, e.g. `Akron`, `Kuhnville`, `Port Greenholtborough`.',
  get size() {
    return domain().size;
  },
  plain: true,
  schema: { minLength: 1 },
  // Half real names (including "North Las Vegas"-style ones), half from the invented domain.
  realistic: (s) => {
    const { size, cityAt } = domain();
    return (row) =>
      below(s, row, 0, 2) === 0
        ? at(en.cityNames, below(s, row, 1, en.cityNames.length))
        : cityAt(below(s, row, 1, size));
  },
  unique: () => domain().cityAt,
};

/**
 * A real or invented city name; other locales draw the country's real cities (en-GB: invented towns).
 * @example city.realistic(streamOf(['s1', 'city']))(0) // 'West Abbottburgh'
 */
export const city: StringFormat = withLocales(american, {
  ...listVariants(american, 'A city', (d) => (d.cityNames.length > 0 ? d.cityNames : null)),
  'en-US': () => american,
  'en-GB': britishCity,
});
