/** @module Per-locale variants of a list-backed format: the same name and schema over each locale's list. */
import { localeData, type LocaleData } from '../locale/localeData.js';
import { LOCALES } from '../../../model/localeTag.js';
import { listFormat } from './listFormat.js';
import type { StringFormat } from './stringFormat.js';
import type { LocaleVariants } from './withLocales.js';

/**
 * en-US keeps `base` (the format's default, unchanged), every other locale whose data `pick` finds (not
 * null) gets a list format over that data, summarised as `<what> from the <tag> data, e.g. <first entry>`.
 * @example listVariants(english, 'A given name', (d) => d.firstNames)['de-DE']?.().realistic(streamOf(['s1', 'first_name']))(0) // 'Domenic'
 */
export function listVariants(
  base: StringFormat,
  what: string,
  pick: (data: LocaleData) => readonly string[] | null,
): LocaleVariants {
  const variants: { [tag: string]: () => StringFormat | null } = { 'en-US': () => base };
  for (const tag of LOCALES) {
    if (tag === 'en-US') continue;
    // The locale's data is read when the variant is first asked for, not when the format module loads.
    variants[tag] = () => {
      const list = pick(localeData(tag));
      return list === null
        ? null
        : listFormat(
            base.name,
            `${what} from the ${tag} data, e.g. \`${list[0] ?? ''}\`.`,
            list,
            base.schema,
          );
    };
  }
  return variants;
}
