/**
 * @module Peer: the @faker-js/faker script a competent user writes by hand for examples/ecommerce.contract.yaml
 * — the same eight tables and the same coherence: a faker per country for names, phones and postcodes,
 * addresses in the customer's country, a category tree built top-down, orders after their customers with
 * distinct products at the product's price, totals summed from the lines, one payment per order carrying its
 * total, one review per customer and product. Parents stay in memory (that is how such scripts hold foreign
 * keys); unique emails and review pairs go through Sets.
 */
import { join } from 'node:path';
import { fakerDE, fakerEN_GB, fakerEN_US, fakerES, fakerFR, fakerPT_PT, type Faker } from '@faker-js/faker';
import { openJsonl, type JsonlFile } from '../jsonlFile.js';
import { measureRows } from '../measure.js';
import { ecommerceOptions, scaledCounts } from './scale.js';

const options = ecommerceOptions();
const counts = scaledCounts(options.scale);
const FAKERS: Readonly<Record<string, Faker>> = {
  GB: fakerEN_GB,
  DE: fakerDE,
  FR: fakerFR,
  ES: fakerES,
  PT: fakerPT_PT,
  US: fakerEN_US,
};
const COUNTRIES = ['GB', 'GB', 'GB', 'DE', 'DE', 'FR', 'FR', 'ES', 'PT', 'US'] as const;
const STATUSES = [
  'PENDING',
  'PAID',
  'SHIPPED',
  'SHIPPED',
  'DELIVERED',
  'DELIVERED',
  'DELIVERED',
  'DELIVERED',
  'CANCELLED',
  'REFUNDED',
];
const CURRENCY: Readonly<Record<string, string>> = { GB: 'GBP', US: 'USD' };
const f = fakerEN_GB;

const between = (min: number, max: number): number => f.number.int({ min, max });
const iso = (d: Date): string => d.toISOString().slice(0, 19) + 'Z';
const after = (from: string, to: Date): string => iso(f.date.between({ from: new Date(from), to }));
const REF = new Date('2026-01-01T00:00:00Z');

async function write(file: JsonlFile, row: unknown): Promise<void> {
  const wait = file.append(row);
  if (wait) await wait;
}

async function generate(): Promise<number> {
  for (const k of Object.values(FAKERS)) k.seed(42);
  let rows = 0;
  const open = (name: string) => openJsonl(join(options.out, `${name}.jsonl`));

  const customers: { id: string; country: string; created: string }[] = [];
  const emails = new Set<string>();
  const customerFile = open('Customer');
  for (let i = 0; i < counts.customers; i++) {
    const country = f.helpers.arrayElement(COUNTRIES);
    const k = FAKERS[country] as Faker;
    const [first, last] = [k.person.firstName(), k.person.lastName()];
    let email = k.internet.email({ firstName: first, lastName: last, provider: 'example.com' });
    if (emails.has(email)) email = email.replace('@', `.${i}@`);
    emails.add(email);
    const c = {
      id: f.string.uuid(),
      country,
      created: iso(f.date.between({ from: '2022-01-01', to: '2025-06-30T23:59:59Z' })),
    };
    customers.push(c);
    await write(customerFile, {
      id: c.id,
      country,
      first_name: first,
      last_name: last,
      email,
      phone: k.phone.number({ style: 'international' }),
      created_at: c.created,
      marketing_opt_in: f.datatype.boolean(),
    });
    rows++;
  }
  await customerFile.close();

  const addressFile = open('Address');
  for (const c of customers) {
    const k = FAKERS[c.country] as Faker;
    for (const kind of between(1, 2) === 1
      ? [f.helpers.arrayElement(['SHIPPING', 'BILLING'])]
      : ['SHIPPING', 'BILLING']) {
      await write(addressFile, {
        id: f.string.uuid(),
        customer_id: c.id,
        kind,
        country: c.country,
        street: k.location.streetAddress(),
        city: k.location.city(),
        postcode: k.location.zipCode(),
        ...(f.datatype.boolean() ? { phone: k.phone.number({ style: 'international' }) } : {}),
      });
      rows++;
    }
  }
  await addressFile.close();

  const categories: number[] = [];
  const categoryFile = open('Category');
  const depth = new Map<number, number>();
  for (let i = 0; i < counts.categories; i++) {
    const id = 1000 + i;
    // A parent among earlier categories less than three deep: no cycle, bounded depth.
    const candidates = categories.filter((c) => (depth.get(c) ?? 0) < 3);
    const parent =
      i === 0 || f.number.float() < 0.15 || candidates.length === 0
        ? null
        : f.helpers.arrayElement(candidates);
    depth.set(id, parent === null ? 0 : (depth.get(parent) ?? 0) + 1);
    categories.push(id);
    await write(categoryFile, { id, name: f.commerce.department(), parent_id: parent });
    rows++;
  }
  await categoryFile.close();

  const products: { id: string; price: number }[] = [];
  const productFile = open('Product');
  for (let i = 0; i < counts.products; i++) {
    const price = Math.min(
      2500,
      Math.max(0.5, Math.round(Math.exp(3.5 + f.number.float({ min: -2, max: 2 })) * 100) / 100),
    );
    const p = { id: f.string.uuid(), price };
    products.push(p);
    await write(productFile, {
      id: p.id,
      sku: `SKU-${String(i).padStart(8, '0')}`,
      ean: f.commerce.isbn(13).replace(/-/g, ''),
      name: f.commerce.productName(),
      category_id: f.helpers.arrayElement(categories),
      price,
      active: f.datatype.boolean(),
    });
    rows++;
  }
  await productFile.close();

  const [orderFile, itemFile, paymentFile] = [open('Order'), open('OrderItem'), open('Payment')];
  for (const c of customers) {
    for (let n = between(0, 6); n > 0; n--) {
      const id = f.string.uuid();
      const placed = after(c.created, REF);
      const status = f.helpers.arrayElement(STATUSES);
      const shipped = ['SHIPPED', 'DELIVERED', 'REFUNDED'].includes(status) ? after(placed, REF) : undefined;
      const delivered = status === 'DELIVERED' && shipped ? after(shipped, REF) : undefined;
      const chosen = new Set<number>();
      for (let lines = between(1, 5); chosen.size < lines;) chosen.add(between(0, products.length - 1));
      let cents = 0;
      for (const index of chosen) {
        const p = products[index] as { id: string; price: number };
        const quantity = between(1, 4);
        const lineTotal = Math.round(quantity * p.price * 100) / 100;
        cents += Math.round(lineTotal * 100);
        await write(itemFile, {
          order_id: id,
          product_id: p.id,
          quantity,
          unit_price: p.price,
          line_total: lineTotal,
        });
        rows++;
      }
      const total = cents / 100;
      const currency = CURRENCY[c.country] ?? 'EUR';
      await write(orderFile, {
        id,
        customer_id: c.id,
        placed_at: placed,
        status,
        currency,
        ...(shipped ? { shipped_at: shipped } : {}),
        ...(delivered ? { delivered_at: delivered } : {}),
        lines: chosen.size,
        total,
      });
      const method = f.helpers.arrayElement(['CARD', 'CARD', 'CARD', 'PAYPAL', 'BANK_TRANSFER']);
      await write(paymentFile, {
        id: f.string.uuid(),
        order_id: id,
        method,
        ...(method === 'CARD'
          ? { card_number: f.finance.creditCardNumber({ issuer: '4###############' }) }
          : {}),
        amount: total,
        currency,
        status:
          status === 'PENDING'
            ? 'AUTHORIZED'
            : status === 'CANCELLED'
              ? 'VOIDED'
              : status === 'REFUNDED'
                ? 'REFUNDED'
                : 'CAPTURED',
        paid_at: after(placed, REF),
      });
      rows += 2;
    }
  }
  await Promise.all([orderFile.close(), itemFile.close(), paymentFile.close()]);

  const reviewFile = open('Review');
  const reviewed = new Set<string>();
  while (reviewed.size < counts.reviews) {
    const c = f.helpers.arrayElement(customers);
    const p = f.helpers.arrayElement(products);
    const pair = `${c.id}|${p.id}`;
    if (reviewed.has(pair)) continue;
    reviewed.add(pair);
    await write(reviewFile, {
      customer_id: c.id,
      product_id: p.id,
      rating: Math.min(5, Math.max(1, Math.round(f.number.float({ min: 2.5, max: 5.5 })))),
      title: f.lorem.sentence(),
      ...(f.number.float() < 0.6 ? { body: f.lorem.paragraph() } : {}),
      created_at: after(c.created, REF),
    });
    rows++;
  }
  await reviewFile.close();
  return rows;
}

await measureRows(generate);
