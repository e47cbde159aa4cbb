/**
 * @module European Portuguese value data from faker's `pt_PT` definitions. Streets are a street type and a
 * person's name (`Rua João Silva`), as faker's pattern composes them. Faker has no Portuguese job titles.
 */
import { faker } from '@faker-js/faker/locale/pt_PT';
import { fakerList, fakerPerson, fakerPlaces } from './fakerList.js';
import type { LocaleData } from './localeData.js';

const l = faker.rawDefinitions.location;

export const ptPT: LocaleData = {
  tag: 'pt-PT',
  ...fakerPerson(faker.rawDefinitions.person, false),
  ...fakerPlaces(l),
  streetNames: [],
  streetTypes: fakerList(l?.street_prefix, 'location.street_prefix'),
  countryName: 'Portugal',
  timeZones: ['Europe/Lisbon', 'Atlantic/Madeira', 'Atlantic/Azores'],
  currencyCode: 'EUR',
};
