/** @module `string(product_category)`: a shop department from faker's list, e.g. `Garden`. */
import { en } from '../locale/en.js';
import { listFormat } from './listFormat.js';

/** @example productCategory.realistic(streamOf(['s1', 'product_category']))(0) // 'Shoes' */
export const productCategory = listFormat(
  'product_category',
  'A product category (shop department), e.g. `Garden` or `Electronics`.',
  en.departments,
  { minLength: 2 },
);
