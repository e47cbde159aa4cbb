/**
 * @module Contender: the seeded @faker-js/faker script a competent user writes by hand for the shop
 * contract: unique emails through a Set, customer ids kept in memory for the foreign key, JSONL streamed.
 */
import { join } from 'node:path';
import { faker } from '@faker-js/faker';
import { openJsonl } from '../jsonlFile.js';
import { contenderOptions, measure } from '../measure.js';

const COUNTRIES = ['FR', 'DE', 'PT', 'GB', 'US'] as const;
const STATUSES = ['PAID', 'PENDING', 'FAILED', 'REFUNDED'] as const;
const RETRIES = 5;

const options = contenderOptions();

/** faker's emails collide often at scale; retry a few times, then make the local part unique by index. */
function uniqueEmail(seen: Set<string>, index: number): string {
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    const email = faker.internet.email({ provider: 'example.com' });
    if (!seen.has(email)) return email;
  }
  return faker.internet.email({ provider: 'example.com' }).replace('@', `.${index}@`);
}

async function generate(): Promise<void> {
  faker.seed(42);
  const customerIds: string[] = [];
  const emails = new Set<string>();
  const customers = openJsonl(join(options.out, 'Customer.jsonl'));
  for (let i = 0; i < options.customers; i++) {
    const id = faker.string.uuid();
    const email = uniqueEmail(emails, i);
    emails.add(email);
    customerIds.push(id);
    const full = customers.append({
      id,
      email,
      country: faker.helpers.arrayElement(COUNTRIES),
      birthdate: faker.date.between({ from: '1950-01-01', to: '2007-12-31' }).toISOString().slice(0, 10),
    });
    if (full) await full;
  }
  await customers.close();
  const orders = openJsonl(join(options.out, 'Order.jsonl'));
  for (let i = 0; i < options.orders; i++) {
    const full = orders.append({
      id: faker.string.uuid(),
      customer_id: faker.helpers.arrayElement(customerIds),
      total_eur: faker.number.float({ min: 0, max: 99999, fractionDigits: 2 }),
      status: faker.helpers.arrayElement(STATUSES),
    });
    if (full) await full;
  }
  await orders.close();
}

await measure(options.customers + options.orders, generate);
