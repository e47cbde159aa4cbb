/**
 * @module Spanish value data from faker's `es` definitions. Streets are a street type and a person's name
 * (`Calle Pedro Gómez`), as faker's pattern composes them; job titles follow its word order.
 */
import { faker } from '@faker-js/faker/locale/es';
import { fakerList, fakerPerson, fakerPlaces } from './fakerList.js';
import type { LocaleData } from './localeData.js';

const l = faker.rawDefinitions.location;

export const esES: LocaleData = {
  tag: 'es-ES',
  ...fakerPerson(faker.rawDefinitions.person, true),
  ...fakerPlaces(l),
  streetNames: [],
  streetTypes: fakerList(l?.street_suffix, 'location.street_suffix'),
  countryName: 'España',
  timeZones: ['Europe/Madrid', 'Atlantic/Canary', 'Africa/Ceuta'],
  currencyCode: 'EUR',
};
