/**
 * @module The value data of one locale, typed: lists taken from faker's pinned locale definitions (data only)
 * plus the few facts faker does not hold (the country's own name, its currency). One file per locale.
 */
import { deDE } from './deDE.js';
import { enGB } from './enGB.js';
import { enUS } from './enUS.js';
import { esES } from './esES.js';
import type { LocaleTag } from '../../../model/localeTag.js';
import { frFR } from './frFR.js';
import { ptPT } from './ptPT.js';

/** Every list is non-empty unless its comment says otherwise, and de-duplicated. */
export interface LocaleData {
  readonly tag: LocaleTag;
  /** Given names; some hold spaces (`María José`). */
  readonly firstNames: readonly string[];
  /** Family names; some hold spaces (`de la Cruz`). */
  readonly lastNames: readonly string[];
  /** Forms of address written before a name (`Mr.`, `Frau`, `Mme`). */
  readonly titles: readonly string[];
  /**
   * Job titles in the locale's word order, rendered on first call; null where faker has none of the
   * locale's own.
   */
  readonly jobTitles: (() => readonly string[]) | null;
  /** Real city names; empty for en-GB, whose faker data invents towns instead. */
  readonly cityNames: readonly string[];
  /** Town-name parts (`Great`, `ham`, `-upon-`); empty except for en-GB. */
  readonly cityPrefixes: readonly string[];
  readonly citySuffixes: readonly string[];
  readonly cityInfixes: readonly string[];
  /** Postcode areas (`AB`, `B`, `EC`); empty except for en-GB. */
  readonly postcodeAreas: readonly string[];
  /** First-level divisions used in addresses: US states, UK counties, Länder, régions, distritos, comunidades. */
  readonly regions: readonly string[];
  /** Whole street names (`Abbey Road`, `Goethestr.`, `Rue de la Paix`); empty where streets are composed. */
  readonly streetNames: readonly string[];
  /** Street-type words (`Avenue`, `Road`, `Rua`, `Calle`); empty where streets come whole. */
  readonly streetTypes: readonly string[];
  /** The country's name in its own language. */
  readonly countryName: string;
  /** ISO 4217 code of the country's currency. */
  readonly currencyCode: string;
  /** The IANA time zones of the country, the main one first. */
  readonly timeZones: readonly string[];
}

/**
 * Each locale's data, built on first use: a locale's faker definitions take tens of milliseconds to load, and
 * a run needs the locales its contract names, not all six (issue 15). en-US is every format's default, so it
 * is loaded with them. The faker modules are `require`d, synchronously (Node ≥ 20.19 loads ES modules so),
 * which keeps `localeData` a plain function.
 */
const BUILD: Readonly<Record<LocaleTag, () => LocaleData>> = {
  'en-US': () => enUS,
  'en-GB': enGB,
  'de-DE': deDE,
  'fr-FR': frFR,
  'pt-PT': ptPT,
  'es-ES': esES,
};
const loaded = new Map<LocaleTag, LocaleData>();

/**
 * The data of a locale.
 * @example localeData('pt-PT').countryName // 'Portugal'
 */
export function localeData(tag: LocaleTag): LocaleData {
  let data = loaded.get(tag);
  if (data === undefined) {
    data = BUILD[tag]();
    loaded.set(tag, data);
  }
  return data;
}
