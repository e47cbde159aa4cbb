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
  const variants: { [tag: string]: () => StringFormat } = { 'en-US': () => base };
  for (const tag of LOCALES) {
    const list = pick(localeData(tag));
    if (tag !== 'en-US' && list !== null)
      variants[tag] = () =>
        listFormat(base.name, `${what} from the ${tag} data, e.g. \`${list[0] ?? ''}\`.`, list, base.schema);
  }
  return variants;
}
