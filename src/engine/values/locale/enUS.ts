/**
 * @module American English value data: the names of `en.ts` (so the en-US variants equal the formats'
 * defaults) and faker's en_US street names.
 */
import { faker } from '@faker-js/faker/locale/en_US';
import { en } from './en.js';
import { fakerList, fakerPerson } from './fakerList.js';
import type { LocaleData } from './localeData.js';

const d = faker.rawDefinitions;
const person = fakerPerson(d.person, true);

export const enUS: LocaleData = {
  tag: 'en-US',
  // The lists of en.ts, which the formats' defaults use, so that en-US variants equal the defaults.
  firstNames: en.firstNames,
  lastNames: en.lastNames,
  titles: person.titles,
  jobTitles: person.jobTitles,
  cityNames: en.cityNames,
  cityPrefixes: [],
  citySuffixes: [],
  cityInfixes: [],
  postcodeAreas: [],
  regions: fakerList(d.location?.state, 'location.state'),
  streetNames: fakerList(d.location?.street_name, 'location.street_name'),
  streetTypes: fakerList(d.location?.street_suffix, 'location.street_suffix'),
  countryName: 'United States',
  timeZones: [
    'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles',
    'America/Anchorage', 'Pacific/Honolulu',
  ], // prettier-ignore
  currencyCode: 'USD',
};
