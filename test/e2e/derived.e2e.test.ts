/**
 * Derived fields, conditional fields and date bounds from other fields (test/fixtures/derived.contract.yaml):
 * generated data keeps every promise — checked here by hand, independently of the engine — and `fixtura
 * validate` reports a record that breaks one.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot, runCli } from '../support/runCli.js';
import { readJsonl } from '../support/readJsonl.js';

const contract = path.join(repoRoot, 'test/fixtures/derived.contract.yaml');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-derived-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

type Row = Record<string, unknown>;
const read = (file: string): Row[] => readJsonl<Row>(file);

describe('derived and dependent fields', () => {
  it('hold in every row: totals, orders after their customer, updates after placing, refunds only when refunded', async () => {
    const out = path.join(scratch, 'ok');
    const g = await runCli(['generate', contract, '--out', out, '-n', '3000', '--quiet']);
    assert.equal(g.code, 0, g.stderr);
    const customers = new Map(read(path.join(out, 'Customer.jsonl')).map((c) => [c.id, c]));
    const orders = read(path.join(out, 'Order.jsonl'));
    let refunded = 0;
    for (const o of orders) {
      const c = customers.get(o.customer_id) as Row;
      assert.ok(
        (o.placed_at as string) >= (c.created_at as string),
        'order placed after its customer existed',
      );
      assert.ok((o.updated_at as string) >= (o.placed_at as string));
      assert.equal(o.total, Math.round((o.quantity as number) * (o.unit_price as number) * 100) / 100);
      assert.equal('refunded_at' in o, o.status === 'REFUNDED');
      assert.equal(o.currency, c.country === 'GB' ? 'GBP' : 'EUR', 'currency from the customer row');
      if (o.status === 'REFUNDED') {
        refunded++;
        assert.ok((o.refunded_at as string) >= (o.placed_at as string));
      }
    }
    assert.ok(refunded > 1000 && refunded < 2000);
    const v = await runCli(['validate', contract, out]);
    assert.equal(v.code, 0, v.stdout);
  });

  it("fixtura validate reports a wrong total, a refund date on a paid order, an update before placing, an order before its customer and a currency not the customer's", async () => {
    const out = path.join(scratch, 'bad');
    assert.equal((await runCli(['generate', contract, '--out', out, '-n', '50', '--quiet'])).code, 0);
    const file = path.join(out, 'Order.jsonl');
    const rows = read(file);
    const paid = rows.findIndex((o) => o.status === 'PAID');
    rows[0] = { ...rows[0], total: 999999 };
    rows[paid] = { ...rows[paid], refunded_at: rows[paid]?.placed_at };
    rows[2] = { ...rows[2], updated_at: '2000-01-01T00:00:00Z' };
    rows[4] = { ...rows[4], placed_at: '2023-12-31T00:00:00Z', updated_at: '2023-12-31T00:00:00Z' };
    rows[5] = { ...rows[5], currency: 'USD' };
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = await runCli(['validate', contract, out, '--format', 'json']);
    assert.equal(r.code, 1);
    const { issues } = JSON.parse(r.stdout) as { issues: { code: string; line: number }[] };
    assert.deepEqual(
      issues.map((i) => [i.code, i.line]),
      [
        ['rule/derive:total', 1],
        ['rule/bound:updated_at', 3],
        ['rule/bound:placed_at', 5],
        ['rule/derive:currency', 6],
        ['rule/when:refunded_at', paid + 1],
      ].sort((a, b) => (a[1] as number) - (b[1] as number)),
    );
  });
});
