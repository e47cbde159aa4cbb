/**
 * @module French value data from faker's `fr` definitions. Street names are composed as faker's `fr` pattern
 * does (`Rue` + `de la Paix`), and job titles follow its word order (`Manager de la marque international`).
 */
import { createRequire } from 'node:module';
import type * as FakerLocale from '@faker-js/faker/locale/fr';
import { fakerList, fakerPerson, fakerPlaces } from './fakerList.js';
import type { LocaleData } from './localeData.js';

const load = createRequire(import.meta.url);

/** Built on first use, through localeData (which keeps it): see there why faker's data loads lazily. */
export function frFR(): LocaleData {
  const { faker } = load('@faker-js/faker/locale/fr') as typeof FakerLocale;
  const l = faker.rawDefinitions.location;
  const streetPrefixes = fakerList(l?.street_prefix, 'location.street_prefix');
  const streetSuffixes = fakerList(l?.street_suffix, 'location.street_suffix');

  return {
    tag: 'fr-FR',
    ...fakerPerson(faker.rawDefinitions.person, true),
    ...fakerPlaces(l),
    streetNames: [...new Set(streetPrefixes.flatMap((pre) => streetSuffixes.map((suf) => `${pre} ${suf}`)))],
    streetTypes: [],
    countryName: 'France',
    timeZones: ['Europe/Paris'],
    currencyCode: 'EUR',
  };
}
