/**
 * A date bounded by a date-time and a date-time bounded by a date (ADR 015, issue 14): generated data
 * validates, and `fixtura validate` finds each row that breaks such a bound, comparing as generation does
 * (a date-time bounding a date counts as its UTC day; a date bounding a date-time as its midnight, UTC).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../support/runCli.js';

const CONTRACT = `contract: { name: mixed, version: 1.0.0 }
entities:
  Order:
    fields:
      - id: integer unique
      - placed_at: datetime(>= 2024-01-01T00:00:00Z, <= 2024-12-31T00:00:00Z)
      - due_on: date(>= placed_at, <= placed_at + 30d)
      - shipped_at: datetime(>= due_on, <= due_on + 48h)
  Return:
    fields:
      - id: integer unique
      - order_id: fk(Order.id)
      - returned_on: date(>= order.shipped_at, <= order.shipped_at + 14d)
`;

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fixtura-mixed-bounds-'));
  writeFileSync(path.join(dir, 'mixed.contract.yaml'), CONTRACT);
  return dir;
}

describe('bounds between a date and a date-time', () => {
  it('generated data holds them, and validate agrees', async () => {
    const dir = folder();
    const contract = path.join(dir, 'mixed.contract.yaml');
    const out = path.join(dir, 'out');
    const g = await runCli(['generate', contract, '-n', '300', '--out', out]);
    assert.equal(g.code, 0, g.stderr);
    const v = await runCli(['validate', contract, out]);
    assert.equal(v.code, 0, v.stdout + v.stderr);
  });

  it('validate finds each row that breaks a date bound read from a date-time, or the reverse', async () => {
    const dir = folder();
    const contract = path.join(dir, 'mixed.contract.yaml');
    const bad = path.join(dir, 'bad');
    mkdirSync(bad);
    const orders = [
      // Valid: due on the day placed (late that day), shipped at due_on's midnight.
      { id: 1, placed_at: '2024-11-05T23:48:43Z', due_on: '2024-11-05', shipped_at: '2024-11-05T00:00:00Z' },
      // due_on the day before placed_at's day.
      { id: 2, placed_at: '2024-11-05T23:48:43Z', due_on: '2024-11-04', shipped_at: '2024-11-06T00:00:00Z' },
      // shipped a second before due_on's midnight.
      { id: 3, placed_at: '2024-11-05T00:00:00Z', due_on: '2024-12-05', shipped_at: '2024-12-04T23:59:59Z' },
      // due_on 31 days after, shipped a second past due_on + 48h.
      { id: 4, placed_at: '2024-11-05T00:00:00Z', due_on: '2024-12-06', shipped_at: '2024-12-08T00:00:01Z' },
    ];
    const returns = [
      { id: 1, order_id: 1, returned_on: '2024-11-19' },
      { id: 2, order_id: 1, returned_on: '2024-11-20' },
    ];
    const lines = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
    writeFileSync(path.join(bad, 'Order.jsonl'), lines(orders));
    writeFileSync(path.join(bad, 'Return.jsonl'), lines(returns));
    const v = await runCli(['validate', contract, bad]);
    assert.equal(v.code, 1, v.stdout + v.stderr);
    const broken = (rule: string): string[] =>
      [...v.stdout.matchAll(new RegExp(`(\\w+\\.jsonl:\\d+) record breaks rule "${rule}"`, 'g'))].map(
        (m) => m[1] as string,
      );
    assert.deepEqual(broken('bound:due_on'), ['Order.jsonl:2', 'Order.jsonl:4']);
    assert.deepEqual(broken('bound:shipped_at'), ['Order.jsonl:3', 'Order.jsonl:4']);
    assert.deepEqual(broken('bound:returned_on'), ['Return.jsonl:2']);
  });
});
