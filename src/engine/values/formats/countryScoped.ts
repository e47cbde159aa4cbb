/**
 * @module Variants for formats whose localized value is a fact about the country itself (its name, its
 * currency, its time zones): every locale, en-US included, gets its own list, and the default stays
 * worldwide.
 */
import { localeData, type LocaleData } from '../locale/localeData.js';
import { LOCALES } from '../../../model/localeTag.js';
import { listFormat } from './listFormat.js';
import type { StringFormat } from './stringFormat.js';
import type { LocaleVariants } from './withLocales.js';

/**
 * One list format per locale over `pick(data)`, under the base's name, summary and schema.
 * @example countryScoped(currencyCode, (d) => [d.currencyCode])['de-DE']?.().unique(s)(0, 0) // 'EUR'
 */
export function countryScoped(
  base: StringFormat,
  pick: (data: LocaleData) => readonly string[],
): LocaleVariants {
  return Object.fromEntries(
    LOCALES.map((tag) => [
      tag,
      () => listFormat(base.name, base.summary, pick(localeData(tag)), base.schema),
    ]),
  );
}
