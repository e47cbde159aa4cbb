/**
 * An independent check of examples/ecommerce.contract.yaml's promises on a generated dataset, written from
 * the contract's comments and not from the engine: plain maps over the JSONL files, one assertion per promise.
 * Returns what it counted, so a test can also assert that each promise was exercised.
 */
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { COUNTRY_FORMATS } from './countryFormats.js';

type Row = Record<string, unknown>;

async function each(dir: string, entity: string, visit: (row: Row, line: number) => void): Promise<number> {
  const lines = createInterface({ input: createReadStream(path.join(dir, `${entity}.jsonl`)) });
  let n = 0;
  for await (const text of lines) visit(JSON.parse(text) as Row, ++n);
  return n;
}

const cents = (x: number): number => Math.round(x * 100);

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export interface EcommerceCounts {
  readonly rows: number;
  readonly categoryRoots: number;
  readonly deepestCategory: number;
  readonly countries: number;
  readonly ordersChecked: number;
  readonly linesChecked: number;
}

export async function checkEcommerce(dir: string): Promise<EcommerceCounts> {
  let rows = 0;
  // Customers: phone follows the country.
  const customers = new Map<string, { country: string; created: string }>();
  rows += await each(dir, 'Customer', (c, line) => {
    const want = COUNTRY_FORMATS[c.country as string];
    assert.ok(want, `Customer:${line} country ${String(c.country)}`);
    assert.match(c.phone as string, want.phone, `Customer:${line} phone for ${String(c.country)}`);
    customers.set(c.id as string, { country: c.country as string, created: c.created_at as string });
  });

  // Addresses: the customer's country; postcode and phone follow it; one of each kind per customer.
  const kinds = new Set<string>();
  rows += await each(dir, 'Address', (a, line) => {
    const owner = customers.get(a.customer_id as string);
    assert.ok(owner, `Address:${line} customer exists`);
    assert.equal(a.country, owner.country, `Address:${line} in the customer's country`);
    const want = COUNTRY_FORMATS[a.country as string] as { phone: RegExp; postcode: RegExp };
    assert.match(a.postcode as string, want.postcode, `Address:${line} postcode for ${String(a.country)}`);
    if (a.phone !== undefined) assert.match(a.phone as string, want.phone, `Address:${line} phone`);
    const kind = `${String(a.customer_id)}|${String(a.kind)}`;
    assert.ok(!kinds.has(kind), `Address:${line} a second ${String(a.kind)} address`);
    kinds.add(kind);
  });

  // Categories: following parents from any category ends at a root within three steps — no cycle.
  const parents = new Map<number, number | null>();
  rows += await each(dir, 'Category', (c) => parents.set(c.id as number, c.parent_id as number | null));
  let deepest = 0;
  for (const id of parents.keys()) {
    let depth = 0;
    for (let at: number | null = id; at !== null; depth++) {
      assert.ok(depth <= 3, `category ${id}: a chain deeper than 3, or a cycle`);
      assert.ok(parents.has(at), `category ${id}: parent ${at} exists`);
      at = parents.get(at) ?? null;
    }
    deepest = Math.max(deepest, depth - 1);
  }
  const roots = [...parents.values()].filter((p) => p === null).length;

  const prices = new Map<string, number>();
  rows += await each(dir, 'Product', (p) => {
    assert.ok(parents.has(p.category_id as number), 'product category exists');
    prices.set(p.id as string, p.price as number);
  });

  // Orders: after the customer; the customer's currency; shipping and delivery dates where the status says.
  const orders = new Map<
    string,
    { total: number; lines: number; placed: string; currency: string; status: string }
  >();
  const currency: Record<string, string> = { GB: 'GBP', US: 'USD' };
  rows += await each(dir, 'Order', (o, line) => {
    const owner = customers.get(o.customer_id as string);
    assert.ok(owner, `Order:${line} customer exists`);
    assert.ok((o.placed_at as string) >= owner.created, `Order:${line} placed after the customer existed`);
    assert.equal(o.currency, currency[owner.country] ?? 'EUR', `Order:${line} currency`);
    const shipped = ['SHIPPED', 'DELIVERED', 'REFUNDED'].includes(o.status as string);
    assert.equal(o.shipped_at !== undefined, shipped, `Order:${line} shipped_at iff shipped`);
    assert.equal(o.delivered_at !== undefined, o.status === 'DELIVERED', `Order:${line} delivered_at`);
    if (shipped)
      assert.ok((o.shipped_at as string) >= (o.placed_at as string), `Order:${line} shipped after placing`);
    if (o.delivered_at !== undefined)
      assert.ok(
        (o.delivered_at as string) >= (o.shipped_at as string),
        `Order:${line} delivered after shipping`,
      );
    orders.set(o.id as string, {
      total: o.total as number,
      lines: o.lines as number,
      placed: o.placed_at as string,
      currency: o.currency as string,
      status: o.status as string,
    });
  });

  // Lines: distinct products per order at the product's price; totals are the sums of their lines.
  const sums = new Map<string, { cents: number; lines: number }>();
  const pairs = new Set<string>();
  rows += await each(dir, 'OrderItem', (i, line) => {
    const price = prices.get(i.product_id as string);
    assert.ok(price !== undefined, `OrderItem:${line} product exists`);
    assert.equal(i.unit_price, price, `OrderItem:${line} at the product's price`);
    assert.equal(
      cents(i.line_total as number),
      cents((i.quantity as number) * price),
      `OrderItem:${line} line total`,
    );
    const pair = `${String(i.order_id)}|${String(i.product_id)}`;
    assert.ok(!pairs.has(pair), `OrderItem:${line} a product twice in one order`);
    pairs.add(pair);
    const s = sums.get(i.order_id as string) ?? { cents: 0, lines: 0 };
    s.cents += cents(i.line_total as number);
    s.lines++;
    sums.set(i.order_id as string, s);
  });
  pairs.clear();
  for (const [id, o] of orders) {
    const s = sums.get(id);
    assert.ok(s, `order ${id} has lines`);
    assert.equal(cents(o.total), s.cents, `order ${id}: total is the sum of its lines`);
    assert.equal(o.lines, s.lines, `order ${id}: line count`);
    assert.ok(o.lines >= 1 && o.lines <= 5);
  }

  // Payments: one per order, for its total and currency, after placing; card numbers pass Luhn.
  const paid = new Set<string>();
  rows += await each(dir, 'Payment', (p, line) => {
    const o = orders.get(p.order_id as string);
    assert.ok(o, `Payment:${line} order exists`);
    assert.ok(!paid.has(p.order_id as string), `Payment:${line} a second payment`);
    paid.add(p.order_id as string);
    assert.equal(p.amount, o.total, `Payment:${line} amount is the order's total`);
    assert.equal(p.currency, o.currency, `Payment:${line} currency`);
    assert.ok((p.paid_at as string) >= o.placed, `Payment:${line} paid after placing`);
    assert.equal(p.card_number !== undefined, p.method === 'CARD', `Payment:${line} card number iff card`);
    if (p.card_number !== undefined) assert.ok(luhn(p.card_number as string), `Payment:${line} Luhn`);
  });
  assert.equal(paid.size, orders.size, 'every order is paid once');

  // Reviews: one per customer and product, after the customer existed.
  const reviewed = new Set<string>();
  rows += await each(dir, 'Review', (r, line) => {
    const owner = customers.get(r.customer_id as string);
    assert.ok(owner && prices.has(r.product_id as string), `Review:${line} references exist`);
    assert.ok((r.created_at as string) >= owner.created, `Review:${line} after the customer existed`);
    const pair = `${String(r.customer_id)}|${String(r.product_id)}`;
    assert.ok(!reviewed.has(pair), `Review:${line} a second review`);
    reviewed.add(pair);
  });

  return {
    rows,
    categoryRoots: roots,
    deepestCategory: deepest,
    countries: new Set([...customers.values()].map((c) => c.country)).size,
    ordersChecked: orders.size,
    linesChecked: [...sums.values()].reduce((n, s) => n + s.lines, 0),
  };
}
