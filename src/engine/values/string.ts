/** @module `string(…)`: a semantic format, a regular expression, or free text of bounded length. */
import type { StringType } from '../../model/model.js';
import { findFormat } from './formats/formats.js';
import { patternDomain } from './pattern.js';
import { textDomain } from './text.js';
import type { DomainContext, ValueDomain } from './valueDomain.js';

export function stringDomain(type: StringType, ctx: DomainContext): ValueDomain {
  if (type.format !== null) {
    const format = findFormat(type.format);
    if (!format)
      throw new Error(`unknown string format "${type.format}" (the contract parser should have refused it)`);
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
    const domain = patternDomain(type.pattern, 'u');
    return {
      size: domain.size,
      encoding: 'string',
      realistic: domain.realistic(ctx.stream),
      unique: domain.unique(ctx.stream),
    };
  }
  return textDomain(type.minLength, type.maxLength, ctx);
}
