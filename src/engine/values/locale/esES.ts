/**
 * @module Spanish value data from faker's `es` definitions. Streets are a street type and a person's name
 * (`Calle Pedro Gómez`), as faker's pattern composes them; job titles follow its word order.
 */
import { createRequire } from 'node:module';
import type * as FakerLocale from '@faker-js/faker/locale/es';
import { fakerList, fakerPerson, fakerPlaces } from './fakerList.js';
import type { LocaleData } from './localeData.js';

const load = createRequire(import.meta.url);

/** Built on first use, through localeData (which keeps it): see there why faker's data loads lazily. */
export function esES(): LocaleData {
  const { faker } = load('@faker-js/faker/locale/es') as typeof FakerLocale;
  const l = faker.rawDefinitions.location;

  return {
    tag: 'es-ES',
    ...fakerPerson(faker.rawDefinitions.person, true),
    ...fakerPlaces(l),
    streetNames: [],
    streetTypes: fakerList(l?.street_suffix, 'location.street_suffix'),
    countryName: 'España',
    timeZones: ['Europe/Madrid', 'Atlantic/Canary', 'Africa/Ceuta'],
    currencyCode: 'EUR',
  };
}
