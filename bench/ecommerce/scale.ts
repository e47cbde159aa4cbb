/**
 * @module The size of an e-commerce benchmark run: one number, customers, from which the other counts follow
 * in the contract's proportions (about 17.5 rows per customer in the fanned-out tables, plus products and
 * reviews), so Fixtura and the faker script write the same tables at the same size.
 */
import { parseArgs } from 'node:util';

export interface EcommerceOptions {
  readonly scale: number;
  readonly out: string;
}

export interface EcommerceCounts {
  readonly customers: number;
  readonly categories: number;
  readonly products: number;
  readonly reviews: number;
}

export function scaledCounts(customers: number): EcommerceCounts {
  return {
    customers,
    categories: 60,
    products: Math.round(customers * 0.37),
    reviews: Math.round(customers * 0.74),
  };
}

/** Fixtura's --count flags for a scale (the fanned-out entities follow from these). */
export function countFlags(customers: number): string[] {
  const c = scaledCounts(customers);
  return [
    '--count',
    `Customer=${c.customers}`,
    '--count',
    `Product=${c.products}`,
    '--count',
    `Review=${c.reviews}`,
  ];
}

export function ecommerceOptions(argv: readonly string[] = process.argv.slice(2)): EcommerceOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { scale: { type: 'string' }, out: { type: 'string' } },
  });
  if (values.out === undefined || values.scale === undefined || !/^\d+$/.test(values.scale))
    throw new Error('--scale N and --out DIR are required');
  return { scale: Number(values.scale), out: values.out };
}
