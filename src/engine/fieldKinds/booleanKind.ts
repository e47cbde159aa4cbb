/** @module `boolean`: true or false, drawn evenly. */
import { booleanDomain } from '../values/boolean.js';
import type { FieldKind } from './fieldKind.js';

export const booleanKind: FieldKind<'boolean'> = {
  kind: 'boolean',
  domain: (_entity, _field, _type, ctx) => booleanDomain(ctx),
};
