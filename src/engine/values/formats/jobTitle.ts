/**
 * @module `string(job_title)`: a job title in faker's patterns, `Senior Data Engineer` (en),
 * `Manager de la marque international` (fr), `Gerente de Marca Global` (es).
 */
import { en } from '../locale/en.js';
import { localeData } from '../locale/localeData.js';
import { LOCALES, type LocaleTag } from '../../../model/localeTag.js';
import { drawFrom, productEnumeration } from './enumeration.js';
import { listFormat } from './listFormat.js';
import type { StringFormat } from './stringFormat.js';
import { withLocales, type LocaleVariants } from './withLocales.js';

/** faker's English pattern, descriptor area type; the words are single and distinct, so spaces split them. */
const TITLES = productEnumeration([en.jobDescriptors, en.jobAreas, en.jobTypes], ' ');

const english: StringFormat = {
  name: 'job_title',
  summary: 'A job title, e.g. `Senior Data Engineer`; French and Spanish in those locales.',
  size: TITLES.size,
  plain: true,
  schema: { minLength: 1 },
  realistic: (s) => (row) => drawFrom(TITLES, s, row, 0),
  unique: () => (k) => TITLES.at(k),
};

/**
 * French and Spanish titles hold multi-word parts (`de la marque`), so they are rendered and de-duplicated
 * as lists, on first use. Locales without job titles of their own in faker (de-DE, pt-PT) get the English
 * ones, as many companies there write them.
 */
const variants: LocaleVariants = Object.fromEntries(
  LOCALES.map((tag): [LocaleTag, () => StringFormat | null] => {
    if (tag === 'en-US' || tag === 'en-GB') return [tag, () => english];
    // The locale's data is read when its variant is first asked for, not when this module loads.
    return [
      tag,
      () => {
        const titles = localeData(tag).jobTitles;
        return titles === null
          ? null
          : listFormat('job_title', `A job title from the ${tag} data.`, titles(), english.schema);
      },
    ];
  }),
);

/** @example jobTitle.realistic(streamOf(['s1', 'job_title']))(0) // 'Dynamic Integration Executive' */
export const jobTitle: StringFormat = withLocales(english, variants);
