/** @module `integer(>=a,<=b)`: whole numbers in the field's range, in its distribution. */
import { integerDomain } from '../values/integer.js';
import type { FieldKind } from './fieldKind.js';

export const integerKind: FieldKind<'integer'> = {
  kind: 'integer',
  domain: (_entity, _field, type, ctx) => integerDomain(type, ctx),
};
