/**
 * @module Every kind of rule breaking, in the order a site's records are listed: the value's own keywords
 * first, then the object's and the array's. A new kind registers here.
 */
import type { Mutation } from './mutation.js';
import { arrayItemsMutation } from './mutations/arrayItemsMutation.js';
import { boundMutation } from './mutations/boundMutation.js';
import { closedObjectMutation } from './mutations/closedObjectMutation.js';
import { enumMutation } from './mutations/enumMutation.js';
import { formatMutation } from './mutations/formatMutation.js';
import { lengthMutation } from './mutations/lengthMutation.js';
import { multipleOfMutation } from './mutations/multipleOfMutation.js';
import { patternMutation } from './mutations/patternMutation.js';
import { propertyCountMutation } from './mutations/propertyCountMutation.js';
import { requiredMutation } from './mutations/requiredMutation.js';
import { typeMutation } from './mutations/typeMutation.js';

export const mutations: readonly Mutation[] = [
  typeMutation,
  enumMutation,
  boundMutation,
  multipleOfMutation,
  lengthMutation,
  patternMutation,
  formatMutation,
  requiredMutation,
  closedObjectMutation,
  propertyCountMutation,
  arrayItemsMutation,
];
