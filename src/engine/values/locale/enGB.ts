/**
 * @module British English value data from faker's en_GB definitions. Faker has no British personal names or
 * job titles, so those are the English ones (the same as en-US); titles drop the full stop, as British
 * usage does (`Mr`, `Mrs`, `Dr`).
 */
import { createRequire } from 'node:module';
import type * as FakerLocale from '@faker-js/faker/locale/en_GB';
import { en } from './en.js';
import { enUS } from './enUS.js';
import { fakerList } from './fakerList.js';
import type { LocaleData } from './localeData.js';

const load = createRequire(import.meta.url);

/** Built on first use, through localeData (which keeps it): see there why faker's data loads lazily. */
export function enGB(): LocaleData {
  const { faker } = load('@faker-js/faker/locale/en_GB') as typeof FakerLocale;
  const l = faker.rawDefinitions.location;

  return {
    tag: 'en-GB',
    firstNames: en.firstNames,
    lastNames: en.lastNames,
    titles: [...new Set(enUS.titles.map((t) => t.replace(/\.$/, '')))],
    jobTitles: enUS.jobTitles,
    cityNames: [],
    cityPrefixes: fakerList(l?.city_prefix, 'location.city_prefix'),
    citySuffixes: fakerList(l?.city_suffix, 'location.city_suffix'),
    cityInfixes: fakerList(l?.city_infix, 'location.city_infix'),
    // The letters before the digits of faker's patterns (`AB## ##?` → `AB`): the real postcode areas.
    postcodeAreas: [
      ...new Set(fakerList(l?.postcode, 'location.postcode').map((p) => /^[A-Z]+/.exec(p)?.[0] ?? '')),
    ].filter((a) => a !== ''),
    // Counties, as British addresses write them; faker's `state` holds only the four nations.
    regions: fakerList(l?.county, 'location.county'),
    streetNames: fakerList(l?.street_name, 'location.street_name'),
    streetTypes: fakerList(l?.street_suffix, 'location.street_suffix'),
    countryName: 'United Kingdom',
    timeZones: ['Europe/London'],
    currencyCode: 'GBP',
  };
}
