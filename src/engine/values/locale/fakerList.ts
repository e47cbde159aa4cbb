/**
 * @module Reads faker's locale definitions as data: a list must be a non-empty array of strings, and is
 * de-duplicated so that its length is its domain size. Faker's own randomness is never used.
 */
import type { PersonDefinition } from '@faker-js/faker';

/**
 * The strings at `value`, de-duplicated in first-seen order; throws when faker has no such list, so that a
 * changed faker release fails loudly at import instead of generating from an empty domain.
 * @example fakerList(['a', 'b', 'a'], 'person.prefix') // ['a', 'b']
 */
export function fakerList(value: unknown, name: string): readonly string[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string' && v !== '')) {
    throw new Error(`faker locale data has no list ${name}`);
  }
  return [...new Set(value as string[])];
}

/**
 * Job titles rendered from a locale's `job_title_pattern` (e.g. `{{person.jobType}} de {{person.jobArea}}`),
 * one per combination of its three word lists, de-duplicated.
 * @example jobTitles('{{person.jobDescriptor}} {{person.jobArea}} {{person.jobType}}', ['Lead'], ['Data'], ['Engineer']) // ['Lead Data Engineer']
 */
export function jobTitles(
  pattern: string,
  descriptors: readonly string[],
  areas: readonly string[],
  types: readonly string[],
): readonly string[] {
  // The pattern is split once into literal text and slots; building tens of thousands of titles by string
  // replacement instead cost tens of milliseconds of start-up.
  const lists: Readonly<Record<string, readonly string[]>> = {
    jobDescriptor: descriptors,
    jobArea: areas,
    jobType: types,
  };
  const pieces = pattern.split(/\{\{person\.(jobDescriptor|jobArea|jobType)\}\}/);
  let titles: string[] = [pieces[0] ?? ''];
  for (let i = 1; i < pieces.length; i += 2) {
    const words = lists[pieces[i] ?? ''] ?? [];
    const after = pieces[i + 1] ?? '';
    titles = titles.flatMap((t) => words.map((w) => t + w + after));
  }
  return [...new Set(titles)];
}

/** `make`'s result, computed on the first call only. */
function lazy<T>(make: () => T): () => T {
  let value: { readonly v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

/** The person lists of a locale: given names (every sex), family names, titles and job titles. */
export interface FakerPerson {
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
  readonly titles: readonly string[];
  readonly jobTitles: (() => readonly string[]) | null;
}

/**
 * Reads faker's `person` definitions. `withJobs` must be false for a locale without job data of its own:
 * faker's merged definitions would otherwise hand it the English ones. Job titles (tens of thousands of
 * combinations) are rendered on first use only, to keep start-up fast.
 * @example fakerPerson(fakerDE.rawDefinitions.person, false).titles // ['Frau', 'Herr', 'Dr.', 'Prof. Dr.']
 */
export function fakerPerson(p: PersonDefinition | undefined, withJobs: boolean): FakerPerson {
  const sexes = (
    v: { generic?: string[]; female?: string[]; male?: string[] } | null | undefined,
  ): string[] => [...(v?.generic ?? []), ...(v?.female ?? []), ...(v?.male ?? [])];
  return {
    firstNames: fakerList(sexes(p?.first_name), 'person.first_name'),
    lastNames: fakerList(p?.last_name?.generic, 'person.last_name.generic'),
    titles: fakerList(
      [...(p?.prefix?.female ?? []), ...(p?.prefix?.male ?? []), ...(p?.prefix?.generic ?? [])],
      'person.prefix',
    ),
    jobTitles: withJobs
      ? lazy(() =>
          jobTitles(
            fakerList(p?.job_title_pattern, 'person.job_title_pattern')[0] ?? '',
            fakerList(p?.job_descriptor, 'person.job_descriptor'),
            fakerList(p?.job_area, 'person.job_area'),
            fakerList(p?.job_type, 'person.job_type'),
          ),
        )
      : null,
  };
}

/**
 * The place lists of a locale whose faker data has plain city names and states (de, fr, es, pt): no composed
 * city names and no postcode areas, which only the English locales build.
 */
export function fakerPlaces(location: { city_name?: unknown; state?: unknown } | undefined) {
  return {
    cityNames: fakerList(location?.city_name, 'location.city_name'),
    cityPrefixes: [] as readonly string[],
    citySuffixes: [] as readonly string[],
    cityInfixes: [] as readonly string[],
    postcodeAreas: [] as readonly string[],
    regions: fakerList(location?.state, 'location.state'),
  };
}
