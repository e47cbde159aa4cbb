/** @module Attaches per-locale variants to a format (see StringFormat.localized). */
import { LOCALES, type LocaleTag } from '../../../model/localeTag.js';
import type { StringFormat } from './stringFormat.js';

/**
 * How to build each supported locale's variant; built on first use, then kept. A builder returns null when the
 * locale's data turns out to have nothing of its own for the format (faker has no German job titles): that
 * locale gets the base.
 */
export type LocaleVariants = { readonly [T in LocaleTag]?: () => StringFormat | null };

/**
 * `base` with `locales` (the tags whose variant has data of its own, in LOCALES order) and `localized`, which builds a
 * variant once and returns the same object afterwards, so a compiled dataset never builds one twice.
 * Locales without a variant get `base`.
 * @example withLocales(english, { 'en-US': () => english, 'de-DE': () => german }).locales // ['en-US', 'de-DE']
 */
export function withLocales(base: StringFormat, variants: LocaleVariants): StringFormat {
  const built = new Map<LocaleTag, StringFormat | null>();
  const own = (locale: LocaleTag): StringFormat | null => {
    let variant = built.get(locale);
    if (variant === undefined) {
      variant = variants[locale]?.() ?? null;
      built.set(locale, variant);
    }
    return variant;
  };
  let locales: readonly LocaleTag[] | undefined;
  // The base's properties copied as they are, getters included: a format may compute its size when first
  // asked (city.ts), and a spread would ask at once.
  return Object.defineProperties(
    {},
    {
      ...Object.getOwnPropertyDescriptors(base),
      // Which locales have data of their own is known once their data is loaded, so reading `locales` loads
      // it; generating in one locale loads that locale's alone (issue 15: a fast start).
      locales: {
        get: () => (locales ??= LOCALES.filter((t) => own(t) !== null)),
        enumerable: true,
      },
      localized: { value: (locale: LocaleTag) => own(locale) ?? base, enumerable: true },
    },
  ) as StringFormat;
}
