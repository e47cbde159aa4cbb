/** @module `enum[A,B,C]`: one of the listed values, in the field's weights. */
import { enumDomain } from '../values/enum.js';
import type { FieldKind } from './fieldKind.js';

export const enumKind: FieldKind<'enum'> = {
  kind: 'enum',
  domain: (_entity, _field, type, ctx) => enumDomain(type, ctx),
};
