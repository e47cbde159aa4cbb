/** @module `string(product_name)`: a product in faker's pattern, `Ergonomic Wooden Chair`. */
import { en } from '../locale/en.js';
import { drawFrom, productEnumeration } from './enumeration.js';
import type { StringFormat } from './stringFormat.js';

const oneWord = (w: string): boolean => !w.includes(' ');
const NAMES = productEnumeration(
  [en.productAdjectives.filter(oneWord), en.productMaterials.filter(oneWord), en.products.filter(oneWord)],
  ' ',
);

/**
 * An adjective, a material and a product; unique() enumerates every combination (see productEnumeration).
 * @example productName.realistic(streamOf(['s1', 'product_name']))(0) // 'Handcrafted Granite Tuna'
 */
export const productName: StringFormat = {
  name: 'product_name',
  summary: 'A product name, e.g. `Ergonomic Wooden Chair`.',
  size: NAMES.size,
  plain: true,
  schema: { pattern: '^\\S+ \\S+ \\S+$' },
  realistic: (s) => (row) => drawFrom(NAMES, s, row, 0),
  unique: () => (k) => NAMES.at(k),
};
