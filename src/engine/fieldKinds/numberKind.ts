/** @module `number(>=a,<=b[,Ndec])`: doubles, or fixed decimals written exactly. */
import { numberDomain } from '../values/number.js';
import type { FieldKind } from './fieldKind.js';

export const numberKind: FieldKind<'number'> = {
  kind: 'number',
  domain: (_entity, _field, type, ctx) => numberDomain(type, ctx),
};
