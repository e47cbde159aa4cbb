/**
 * @module Which supported locale a country value belongs to, so that a row whose `country` is `DE`, `DEU`,
 * `Germany` or `Deutschland` can get German names, addresses and phone numbers.
 */
import type { LocaleTag } from '../../../model/localeTag.js';

/** ISO 3166-1 alpha-2 and alpha-3 codes, English names and the country's own names, per locale. */
const COUNTRY_NAMES: Readonly<Record<LocaleTag, readonly string[]>> = {
  'en-US': ['US', 'USA', 'United States', 'United States of America', 'America'],
  // `UK` is not the ISO code (that is GB) but is exceptionally reserved for the United Kingdom and common.
  'en-GB': [
    'GB', 'GBR', 'UK', 'United Kingdom', 'United Kingdom of Great Britain and Northern Ireland',
    'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  ], // prettier-ignore
  'de-DE': ['DE', 'DEU', 'Germany', 'Deutschland', 'Federal Republic of Germany'],
  'fr-FR': ['FR', 'FRA', 'France', 'French Republic', 'République française'],
  'pt-PT': ['PT', 'PRT', 'Portugal', 'Portuguese Republic', 'República Portuguesa'],
  'es-ES': ['ES', 'ESP', 'Spain', 'España', 'Kingdom of Spain', 'Reino de España'],
};

/** Case, accents, dots and runs of spaces do not matter: `u.s.a.`, ` espana ` and `ESPAÑA` all match. */
function normalise(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const BY_NAME: ReadonlyMap<string, LocaleTag> = new Map(
  (Object.entries(COUNTRY_NAMES) as [LocaleTag, readonly string[]][]).flatMap(([tag, names]) =>
    names.map((n) => [normalise(n), tag] as const),
  ),
);

/**
 * The locale of a country given as an ISO 3166-1 alpha-2 or alpha-3 code or a name, or `undefined` for a
 * country without locale data (the caller then keeps its default).
 * @example localeOfCountry('deu') // 'de-DE'
 * @example localeOfCountry('United Kingdom') // 'en-GB'
 * @example localeOfCountry('IT') // undefined
 */
export function localeOfCountry(value: string): LocaleTag | undefined {
  // Asked once per row and field: a contract's few country values are looked up as written first.
  const seen = AS_WRITTEN.get(value);
  if (seen !== undefined || AS_WRITTEN.has(value)) return seen;
  const tag = BY_NAME.get(normalise(value));
  if (AS_WRITTEN.size < 4096) AS_WRITTEN.set(value, tag);
  return tag;
}

const AS_WRITTEN = new Map<string, LocaleTag | undefined>();
