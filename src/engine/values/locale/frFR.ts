/**
 * @module French value data from faker's `fr` definitions. Street names are composed as faker's `fr` pattern
 * does (`Rue` + `de la Paix`), and job titles follow its word order (`Manager de la marque international`).
 */
import { faker } from '@faker-js/faker/locale/fr';
import { fakerList, fakerPerson, fakerPlaces } from './fakerList.js';
import type { LocaleData } from './localeData.js';

const l = faker.rawDefinitions.location;
const streetPrefixes = fakerList(l?.street_prefix, 'location.street_prefix');
const streetSuffixes = fakerList(l?.street_suffix, 'location.street_suffix');

export const frFR: LocaleData = {
  tag: 'fr-FR',
  ...fakerPerson(faker.rawDefinitions.person, true),
  ...fakerPlaces(l),
  streetNames: [...new Set(streetPrefixes.flatMap((pre) => streetSuffixes.map((suf) => `${pre} ${suf}`)))],
  streetTypes: [],
  countryName: 'France',
  timeZones: ['Europe/Paris'],
  currencyCode: 'EUR',
};
