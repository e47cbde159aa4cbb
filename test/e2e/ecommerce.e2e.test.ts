/**
 * examples/ecommerce.contract.yaml at about a million rows: `fixtura validate` finds nothing (schema,
 * integrity, uniqueness, rules, and what derivations, bounds and aggregates promise), and an independent check
 * (test/support/ecommerceCheck.ts) confirms the promises a reader cares about: no category cycles, phones and
 * postcodes of each row's country, orders after their customers, totals equal to the sums of their lines.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { checkEcommerce } from '../support/ecommerceCheck.js';
import { repoRoot, runCli } from '../support/runCli.js';

const contract = path.join(repoRoot, 'examples/ecommerce.contract.yaml');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-ecommerce-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Counts that make about a million rows: 17.5 rows per customer, plus products and reviews. */
const MILLION = ['--count', 'Customer=54000', '--count', 'Product=20000', '--count', 'Review=40000'];

describe('the e-commerce example', () => {
  it('at about a million rows validates with zero issues and passes the independent check', async () => {
    const out = path.join(scratch, 'million');
    const g = await runCli(['generate', contract, '--out', out, ...MILLION, '--quiet']);
    assert.equal(g.code, 0, g.stderr);
    const v = await runCli(['validate', contract, out, '--format', 'json']);
    const result = JSON.parse(v.stdout) as { total: number; records: Record<string, number> };
    assert.equal(result.total, 0, v.stdout.slice(0, 2000));
    assert.equal(v.code, 0);
    const total = Object.values(result.records).reduce((a, b) => a + b, 0);
    assert.ok(total >= 1_000_000 && total < 1_100_000, `${total} rows`);
    const seen = await checkEcommerce(out);
    assert.equal(seen.rows, total);
    assert.equal(seen.countries, 6);
    assert.ok(seen.categoryRoots > 0 && seen.deepestCategory >= 2, JSON.stringify(seen));
  });

  it('adding a field to every entity leaves every other value byte-identical', async () => {
    const before = path.join(scratch, 'before');
    const after = path.join(scratch, 'after');
    const wider = path.join(scratch, 'wider.contract.yaml');
    // A new first field in each of the eight entities: position and neighbours must not matter.
    const text = readFileSync(contract, 'utf8').replace(
      /^ {4}fields:\n/gm,
      '    fields:\n      - zz_extra: integer(>=0,<=9)\n',
    );
    assert.equal(text.split('zz_extra').length - 1, 8);
    writeFileSync(wider, text);
    assert.equal((await runCli(['generate', contract, '--out', before, '--quiet'])).code, 0);
    assert.equal((await runCli(['generate', wider, '--out', after, '--quiet'])).code, 0);
    for (const entity of [
      'Customer',
      'Address',
      'Category',
      'Product',
      'Order',
      'OrderItem',
      'Payment',
      'Review',
    ]) {
      const lines = (dir: string) =>
        readFileSync(path.join(dir, `${entity}.jsonl`), 'utf8')
          .trimEnd()
          .split('\n');
      const without = lines(after).map((l) => {
        const { zz_extra: _added, ...rest } = JSON.parse(l) as Record<string, unknown>;
        return JSON.stringify(rest);
      });
      assert.deepEqual(without, lines(before), entity);
    }
  });

  it('validate finds a broken promise of each kind in the example, at its line', async () => {
    const out = path.join(scratch, 'faults');
    assert.equal((await runCli(['generate', contract, '--out', out, '--quiet'])).code, 0);
    const edit = (entity: string, line: number, change: (row: Record<string, unknown>) => void): void => {
      const file = path.join(out, `${entity}.jsonl`);
      const rows = readFileSync(file, 'utf8').trimEnd().split('\n');
      const row = JSON.parse(rows[line - 1] as string) as Record<string, unknown>;
      change(row);
      rows[line - 1] = JSON.stringify(row);
      writeFileSync(file, rows.join('\n') + '\n');
    };
    edit('Address', 3, (a) => (a.country = a.country === 'PT' ? 'ES' : 'PT'));
    edit('Order', 2, (o) => (o.placed_at = '2021-01-01T00:00:00Z'));
    edit('Order', 5, (o) => (o.total = (o.total as number) + 1));
    edit('OrderItem', 7, (i) => (i.unit_price = (i.unit_price as number) + 1));
    edit('Payment', 4, (p) => (p.currency = 'JPY'));
    const r = await runCli(['validate', contract, out, '--format', 'json']);
    assert.equal(r.code, 1);
    const { issues } = JSON.parse(r.stdout) as { issues: { code: string; file: string; line: number }[] };
    const found = issues.map((i) => `${path.basename(i.file, '.jsonl')}:${i.line} ${i.code}`);
    for (const want of [
      'Address:3 rule/derive:country',
      'Order:2 rule/bound:placed_at',
      'Order:5 rule/derive:total',
      'OrderItem:7 rule/derive:unit_price',
      'Payment:4 rule/derive:currency',
    ])
      assert.ok(found.includes(want), `${want} in ${found.join('; ')}`);
  });
});
