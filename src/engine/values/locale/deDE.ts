/** @module German value data from faker's `de` definitions. Faker has no German job titles. */
import { createRequire } from 'node:module';
import type * as FakerLocale from '@faker-js/faker/locale/de';
import { fakerList, fakerPerson, fakerPlaces } from './fakerList.js';
import type { LocaleData } from './localeData.js';

const load = createRequire(import.meta.url);

/** Built on first use, through localeData (which keeps it): see there why faker's data loads lazily. */
export function deDE(): LocaleData {
  const { faker } = load('@faker-js/faker/locale/de') as typeof FakerLocale;
  const l = faker.rawDefinitions.location;

  return {
    tag: 'de-DE',
    ...fakerPerson(faker.rawDefinitions.person, false),
    ...fakerPlaces(l),
    streetNames: fakerList(l?.street_name, 'location.street_name'),
    streetTypes: [],
    countryName: 'Deutschland',
    timeZones: ['Europe/Berlin'],
    currencyCode: 'EUR',
  };
}
