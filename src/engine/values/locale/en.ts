/**
 * @module English locale data, taken from faker's pinned locale definitions (data only: Fixtura drives
 * every choice with its own counter-based draws, so faker's own randomness and its release-to-release
 * changes never reach the output; the version is pinned exactly in package.json for the same reason).
 */
import { faker as fakerEn } from '@faker-js/faker/locale/en';

const d = fakerEn.rawDefinitions;

function list(value: unknown, name: string): readonly string[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
    throw new Error(`faker locale data has no list ${name}`);
  }
  return value as string[];
}

function unique(values: readonly string[]): readonly string[] {
  return [...new Set(values)];
}

/** Locale lists Fixtura uses. Lists are de-duplicated so that a list's length is its domain size. */
export const en = {
  firstNames: unique([
    ...list(d.person?.first_name?.generic, 'person.first_name.generic'),
    ...list(d.person?.first_name?.female, 'person.first_name.female'),
    ...list(d.person?.first_name?.male, 'person.first_name.male'),
  ]).filter((n) => /^[A-Za-z][A-Za-z' -]*$/.test(n)),
  lastNames: unique(list(d.person?.last_name?.generic, 'person.last_name.generic')).filter((n) =>
    /^[A-Za-z][A-Za-z' -]*$/.test(n),
  ),
  words: unique(list(d.lorem?.word, 'lorem.word')),
  cityNames: unique(list(d.location?.city_name, 'location.city_name')),
  cityPrefixes: unique(list(d.location?.city_prefix, 'location.city_prefix')),
  citySuffixes: unique(list(d.location?.city_suffix, 'location.city_suffix')),
  /** ISO 3166-1 alpha-2 codes. */
  countryCodes: unique(
    list(
      d.location?.country_code?.map((c) => c.alpha2),
      'location.country_code',
    ),
  ),
  companySuffixes: unique(list(d.company?.legal_entity_type, 'company.legal_entity_type')),
  companyNouns: unique(list(d.company?.noun, 'company.noun')),
  companyAdjectives: unique(list(d.company?.adjective, 'company.adjective')),
  companyDescriptors: unique(list(d.company?.descriptor, 'company.descriptor')),
  genders: unique(list(d.person?.gender, 'person.gender')),
  jobDescriptors: unique(list(d.person?.job_descriptor, 'person.job_descriptor')),
  jobAreas: unique(list(d.person?.job_area, 'person.job_area')),
  jobTypes: unique(list(d.person?.job_type, 'person.job_type')),
  productAdjectives: unique(list(d.commerce?.product_name?.adjective, 'commerce.product_name.adjective')),
  productMaterials: unique(list(d.commerce?.product_name?.material, 'commerce.product_name.material')),
  products: unique(list(d.commerce?.product_name?.product, 'commerce.product_name.product')),
  departments: unique(list(d.commerce?.department, 'commerce.department')),
  /** Country names in English (some hold commas: `Virgin Islands, British`). */
  countries: unique(list(d.location?.country, 'location.country')),
  /** ISO 4217 codes. */
  currencyCodes: unique(
    list(
      d.finance?.currency?.map((c) => c.code),
      'finance.currency',
    ),
  ),
} as const;
