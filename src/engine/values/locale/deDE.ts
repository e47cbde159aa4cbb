/** @module German value data from faker's `de` definitions. Faker has no German job titles. */
import { faker } from '@faker-js/faker/locale/de';
import { fakerList, fakerPerson, fakerPlaces } from './fakerList.js';
import type { LocaleData } from './localeData.js';

const l = faker.rawDefinitions.location;

export const deDE: LocaleData = {
  tag: 'de-DE',
  ...fakerPerson(faker.rawDefinitions.person, false),
  ...fakerPlaces(l),
  streetNames: fakerList(l?.street_name, 'location.street_name'),
  streetTypes: [],
  countryName: 'Deutschland',
  timeZones: ['Europe/Berlin'],
  currencyCode: 'EUR',
};
