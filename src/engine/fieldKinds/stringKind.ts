/**
 * @module `string(format)`, `string(/pattern/)` and plain strings: the format's or pattern's values in the
 * entity's locale, in the row's own locale under `locale_from`, and an email or username made from the row's
 * first and last name when the entity has both.
 */
import type { Field } from '../../model/model.js';
import { findField } from '../../model/model.js';
import { LOCALES, type LocaleTag } from '../../model/localeTag.js';
import { localeOfCountry } from '../values/locale/localeOfCountry.js';
import { nameDerivedDomain } from '../values/nameDerived.js';
import { perRowLocaleDomain, stringDomain } from '../values/string.js';
import type { FieldKind } from './fieldKind.js';

export const stringKind: FieldKind<'string'> = {
  kind: 'string',
  domain(entity, field, type, ctx, { model, findFormat, compileField }) {
    const own = (entity.locale ?? model.locale) as LocaleTag | undefined;
    const format = type.format === null ? undefined : findFormat(type.format);
    // locale_from: the row's country picks the variant (unique fields stay on the entity's locale, where
    // the enumeration that makes them unique lives).
    if (entity.localeFrom && format?.locales && !field.unique && entity.localeFrom !== field.name) {
      const country = compileField(entity, findField(entity, entity.localeFrom) as Field);
      if (!country) return null;
      const variants = new Map(LOCALES.map((l) => [l, stringDomain(type, ctx, l, findFormat)] as const));
      return perRowLocaleDomain(variants, stringDomain(type, ctx, own, findFormat), (row) => {
        const value = country.value(row);
        return typeof value === 'string' ? localeOfCountry(value) : undefined;
      });
    }
    const plain = stringDomain(type, ctx, own, findFormat);
    // An email or username next to a first and last name is made from them.
    if (type.format === 'email' || type.format === 'username') {
      const nameField = (f: string) =>
        entity.fields.find((x) => x.type.kind === 'string' && x.type.format === f);
      const [first, last] = [nameField('first_name'), nameField('last_name')];
      if (first && last) {
        const [a, b] = [compileField(entity, first), compileField(entity, last)];
        if (!a || !b) return null;
        return nameDerivedDomain(type.format, a, b, plain, ctx.stream);
      }
    }
    return plain;
  },
};
