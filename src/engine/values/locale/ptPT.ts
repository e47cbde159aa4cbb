/**
 * @module European Portuguese value data from faker's `pt_PT` definitions. Streets are a street type and a
 * person's name (`Rua João Silva`), as faker's pattern composes them. Faker has no Portuguese job titles.
 */
import { createRequire } from 'node:module';
import type * as FakerLocale from '@faker-js/faker/locale/pt_PT';
import { fakerList, fakerPerson, fakerPlaces } from './fakerList.js';
import type { LocaleData } from './localeData.js';

const load = createRequire(import.meta.url);

/** Built on first use, through localeData (which keeps it): see there why faker's data loads lazily. */
export function ptPT(): LocaleData {
  const { faker } = load('@faker-js/faker/locale/pt_PT') as typeof FakerLocale;
  const l = faker.rawDefinitions.location;

  return {
    tag: 'pt-PT',
    ...fakerPerson(faker.rawDefinitions.person, false),
    ...fakerPlaces(l),
    streetNames: [],
    streetTypes: fakerList(l?.street_prefix, 'location.street_prefix'),
    countryName: 'Portugal',
    timeZones: ['Europe/Lisbon', 'Atlantic/Madeira', 'Atlantic/Azores'],
    currencyCode: 'EUR',
  };
}
