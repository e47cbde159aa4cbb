/** @module `string(…)`: a semantic format, a regular expression, or free text of bounded length. */
import { patternFlags } from '../../jsonSchema/pattern/safePattern.js';
import type { StringType } from '../../model/model.js';
import type { ByteWriter } from '../encoders/byteWriter.js';
import { findFormat, type FindFormat } from './formats/formats.js';
import type { LocaleTag } from '../../model/localeTag.js';
import { patternDomain } from './pattern.js';
import { textDomain } from './text.js';
import type { DomainContext, ValueDomain } from './valueDomain.js';

/**
 * @param locale the variant of a localised format (names, phones, addresses…); the default keeps the formats'
 *   original output byte for byte
 * @param find how the run looks formats up (a per-run context's knows the user's own)
 */
export function stringDomain(
  type: StringType,
  ctx: DomainContext,
  locale?: LocaleTag,
  find: FindFormat = findFormat,
): ValueDomain {
  if (type.format !== null) {
    const found = find(type.format);
    // The parser refuses a name no format has: a model read by a per-run context, compiled without it, is
    // the one way here.
    if (!found)
      throw new Error(
        `unknown string format "${type.format}": a format added to a per-run context (createFixtura) is ` +
          "known only to that context's methods; compile the model with fixtura.compile or fixtura.writeDataset",
      );
    // No locale set: the format as it always was (country, currency and timezone drawn worldwide).
    const localized = locale !== undefined && found.localized ? found.localized(locale) : found;
    // Formats relative to "now" (past_date, ulid…) take the run's reference time, never the clock.
    const format = localized.withRefTime ? localized.withRefTime(ctx.refTime) : localized;
    const { stream } = ctx;
    const domain: ValueDomain = {
      size: format.size,
      encoding: format.plain ? 'plain' : 'string',
      realistic: format.realistic(stream),
      unique: format.unique(stream),
      ...(format.plain && format.writeRealistic ? { writeRealistic: format.writeRealistic(stream) } : {}),
      ...(format.plain && format.writeUnique ? { writeUnique: format.writeUnique(stream) } : {}),
    };
    return domain;
  }
  if (type.pattern !== null) {
    // Read as validation reads it: with `u`, or without where only that reading is valid (ADR 013).
    const domain = patternDomain(type.pattern, patternFlags(type.pattern, 'u'));
    return {
      size: domain.size,
      encoding: 'string',
      realistic: domain.realistic(ctx.stream),
      unique: domain.unique(ctx.stream),
    };
  }
  return textDomain(type.minLength, type.maxLength, ctx);
}

/**
 * A localised format whose locale follows each row's country (`locale_from`): one variant per locale, the row's
 * chosen by `localeOf(row)`. Not enumerable across variants, so such a field is generated realistically even
 * when `unique` would be asked (the planner keeps unique fields on the entity's own locale).
 */
export function perRowLocaleDomain(
  variants: ReadonlyMap<LocaleTag, ValueDomain>,
  fallback: ValueDomain,
  localeOf: (row: number) => LocaleTag | undefined,
): ValueDomain {
  const all = [...variants.values(), fallback];
  const plain = all.every((d) => d.encoding === 'plain');
  // Consecutive rows mostly share a locale (a customer's addresses): the last one's variant is kept.
  let lastLocale: LocaleTag | undefined;
  let last = fallback;
  const variantOf = (row: number): ValueDomain => {
    const locale = localeOf(row);
    if (locale !== lastLocale) {
      lastLocale = locale;
      last = (locale && variants.get(locale)) || fallback;
    }
    return last;
  };
  const realistic = (row: number) => variantOf(row).realistic(row);
  // Plain text is written as it is: a variant's own byte path where it has one (phones), else its string's
  // text, which is what the writer would do with the value anyway. Without any byte path the writer takes
  // the value, which the field keeps for the row's other fields (an email made from the names).
  const writeRealistic =
    plain && all.some((d) => d.writeRealistic)
      ? (row: number, out: ByteWriter) => {
          const variant = variantOf(row);
          if (variant.writeRealistic) variant.writeRealistic(row, out);
          else out.text(variant.realistic(row) as string);
        }
      : undefined;
  return {
    size: 1,
    encoding: plain ? 'plain' : 'string',
    realistic,
    unique: (_k, row) => realistic(row),
    ...(writeRealistic ? { writeRealistic } : {}),
  };
}
