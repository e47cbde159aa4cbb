/** @module Attaches per-locale variants to a format (see StringFormat.localized). */
import { LOCALES, type LocaleTag } from '../../../model/localeTag.js';
import type { StringFormat } from './stringFormat.js';

/** How to build each supported locale's variant; built on first use, then kept. */
export type LocaleVariants = { readonly [T in LocaleTag]?: () => StringFormat };

/**
 * `base` with `locales` (the tags `variants` names, in LOCALES order) and `localized`, which builds a
 * variant once and returns the same object afterwards, so a compiled dataset never builds one twice.
 * Locales without a variant get `base`.
 * @example withLocales(english, { 'en-US': () => english, 'de-DE': () => german }).locales // ['en-US', 'de-DE']
 */
export function withLocales(base: StringFormat, variants: LocaleVariants): StringFormat {
  const built = new Map<LocaleTag, StringFormat>();
  const localized = (locale: LocaleTag): StringFormat => {
    const cached = built.get(locale);
    if (cached) return cached;
    const variant = variants[locale]?.() ?? base;
    built.set(locale, variant);
    return variant;
  };
  return { ...base, locales: LOCALES.filter((t) => variants[t] !== undefined), localized };
}
