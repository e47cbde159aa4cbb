/** @module `string(industry)`: the industry a company is in, e.g. `Logistics`, `Financial Services`. */
import { listFormat } from './listFormat.js';

/** Broad sectors as business directories and CRMs list them (faker has no such list). */
const INDUSTRIES = [
  'Accounting', 'Aerospace', 'Agriculture', 'Apparel', 'Automotive', 'Banking', 'Biotechnology',
  'Chemicals', 'Construction', 'Consulting', 'Consumer Electronics', 'Defense', 'Education', 'Energy',
  'Engineering', 'Entertainment', 'Environmental Services', 'Fashion', 'Financial Services',
  'Food and Beverage', 'Government', 'Healthcare', 'Hospitality', 'Insurance', 'Internet', 'Legal Services',
  'Logistics', 'Machinery', 'Manufacturing', 'Marketing and Advertising', 'Media', 'Medical Devices',
  'Mining', 'Non-profit', 'Pharmaceuticals', 'Publishing', 'Real Estate', 'Renewable Energy', 'Retail',
  'Semiconductors', 'Software', 'Sports', 'Telecommunications', 'Textiles', 'Transportation', 'Travel',
  'Utilities', 'Video Games', 'Wholesale',
] as const; // prettier-ignore

/** @example industry.realistic(streamOf(['s1', 'industry']))(0) // 'Chemicals' */
export const industry = listFormat(
  'industry',
  'An industry, e.g. `Logistics` or `Financial Services`.',
  INDUSTRIES,
  {
    minLength: 2,
  },
);
