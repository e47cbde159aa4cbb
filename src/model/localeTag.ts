/** @module The locales Fixtura has value data for, and the one used when none is asked for. */

/** A BCP 47 tag of a locale with its own names, addresses, phone ranges and postcodes. */
export type LocaleTag = 'en-US' | 'en-GB' | 'de-DE' | 'fr-FR' | 'pt-PT' | 'es-ES';

/**
 * Every supported locale, the default first.
 * @example LOCALES.includes('de-DE') // true
 */
export const LOCALES: readonly LocaleTag[] = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'pt-PT', 'es-ES'];

/**
 * The locale of a format used without one. Formats existed before locales did, and their output then was
 * American English; keeping that as the default keeps every pinned seed's bytes (ARCHITECTURE §2).
 */
export const DEFAULT_LOCALE: LocaleTag = 'en-US';

/**
 * Narrows a string to a supported locale tag (exact, case-sensitive BCP 47 spelling).
 * @example isLocaleTag('pt-PT') // true
 */
export function isLocaleTag(value: string): value is LocaleTag {
  return (LOCALES as readonly string[]).includes(value);
}
