/**
 * An independent check of every constraint of the shop contract, written from the contract text alone
 * (not from Fixtura's model or schema export), so a bug shared by the engine and its schema cannot hide.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const EMAIL = /^[a-z0-9._%+-]+@example\.(com|net|org)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const COUNTRIES = new Set(['FR', 'DE', 'PT', 'GB', 'US']);
const STATUSES = new Set(['PAID', 'PENDING', 'FAILED', 'REFUNDED']);

function realDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function lines(file: string): unknown[] {
  const text = readFileSync(file, 'utf8');
  if (text !== '' && !text.endsWith('\n')) throw new Error(`${file} does not end with a newline`);
  return text === ''
    ? []
    : text
        .slice(0, -1)
        .split('\n')
        .map((l) => JSON.parse(l) as unknown);
}

function keys(record: object): string {
  return Object.keys(record).join(',');
}

/** Returns every violation found (empty when the dataset is valid) and the row counts. */
export function checkShopDataset(dir: string): { violations: string[]; customers: number; orders: number } {
  const violations: string[] = [];
  const customerIds = new Set<string>();
  const emails = new Set<string>();
  const customers = lines(path.join(dir, 'Customer.jsonl')) as Record<string, unknown>[];
  customers.forEach((c, i) => {
    const at = `Customer.jsonl:${i + 1}`;
    if (keys(c) !== 'id,email,country,birthdate') violations.push(`${at}: keys ${keys(c)}`);
    if (typeof c.id !== 'string' || !UUID.test(c.id)) violations.push(`${at}: id ${String(c.id)}`);
    else if (customerIds.has(c.id)) violations.push(`${at}: duplicate id ${c.id}`);
    else customerIds.add(c.id);
    if (typeof c.email !== 'string' || !EMAIL.test(c.email))
      violations.push(`${at}: email ${String(c.email)}`);
    else if (emails.has(c.email)) violations.push(`${at}: duplicate email ${c.email}`);
    else emails.add(c.email);
    if (typeof c.country !== 'string' || !COUNTRIES.has(c.country))
      violations.push(`${at}: country ${String(c.country)}`);
    const b = c.birthdate;
    if (typeof b !== 'string' || !realDate(b) || b < '1950-01-01' || b > '2007-12-31')
      violations.push(`${at}: birthdate ${String(b)}`);
  });
  const orderIds = new Set<string>();
  const orders = lines(path.join(dir, 'Order.jsonl')) as Record<string, unknown>[];
  orders.forEach((o, i) => {
    const at = `Order.jsonl:${i + 1}`;
    if (keys(o) !== 'id,customer_id,total_eur,status') violations.push(`${at}: keys ${keys(o)}`);
    if (typeof o.id !== 'string' || !UUID.test(o.id)) violations.push(`${at}: id ${String(o.id)}`);
    else if (orderIds.has(o.id) || customerIds.has(o.id)) violations.push(`${at}: duplicate id ${o.id}`);
    else orderIds.add(o.id);
    if (typeof o.customer_id !== 'string' || !customerIds.has(o.customer_id))
      violations.push(`${at}: dangling customer_id ${String(o.customer_id)}`);
    const t = o.total_eur;
    // Two decimals exactly: the text JSON.stringify prints has at most two digits after the point.
    if (typeof t !== 'number' || t < 0 || t > 99999 || !/^\d+(\.\d{1,2})?$/.test(JSON.stringify(t)))
      violations.push(`${at}: total_eur ${String(t)}`);
    if (typeof o.status !== 'string' || !STATUSES.has(o.status))
      violations.push(`${at}: status ${String(o.status)}`);
  });
  return { violations, customers: customers.length, orders: orders.length };
}
