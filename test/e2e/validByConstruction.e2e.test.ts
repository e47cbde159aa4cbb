/**
 * "Valid by construction means it" (issue 14, ADR 015): a derive never writes a null its field does not allow,
 * a rule over a derived date-time sees a timestamp, and bounds taken from another field with an offset
 * (test/fixtures/library.contract.yaml) hold in every generated row and are checked by `fixtura validate`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot, runCli } from '../support/runCli.js';
import { readJsonl } from '../support/readJsonl.js';

const library = path.join(repoRoot, 'test/fixtures/library.contract.yaml');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-valid-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

type Row = Record<string, unknown>;
const read = (file: string): Row[] => readJsonl<Row>(file);
const days = (d: unknown): number => Date.parse(`${d as string}T00:00:00Z`) / 86_400_000;
const seconds = (t: unknown): number => Date.parse(t as string) / 1000;

function contract(name: string, text: string): string {
  const file = path.join(scratch, `${name}.contract.yaml`);
  writeFileSync(file, text);
  return file;
}

const orders = (half: string): string => `entities:
  Order:
    fields:
      - id: string(uuid) unique
      - discount: number(>=0,<=10,2dec) nullable(0.3)
      - quantity: integer(>=1,<=5)
      - half: ${half}
`;

describe('a derive that fails cannot produce an invalid row', () => {
  it('an unguarded read of a nullable input into a required derive is refused before generating, located', async () => {
    const file = contract('unguarded', orders('derive(discount / 2.0)'));
    const out = path.join(scratch, 'unguarded');
    const r = await runCli(['generate', file, '--out', out, '-n', '50']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(
      r.stderr,
      /unguarded\.contract\.yaml:7:9: error dsl\/derive-without-value: derive of Order\.half/,
    );
    assert.match(r.stderr, /expected: an expression that gives a value in every row, or a nullable half/);
    assert.match(r.stderr, /hint: +guard the input, e\.g\. discount == null \? <a value> : discount \/ 2\.0/);
    assert.equal(existsSync(path.join(out, 'Order.jsonl')), false);
  });

  it('a row where the expression has no value stops the run at the derive, the entity and the row', async () => {
    // `in` takes a null, so the types do not show it; the engine meets the row and stops.
    const file = contract('late', orders(`"derive(discount in [1.0] ? 'one' : string(discount * 2.0))"`));
    const out = path.join(scratch, 'late');
    const r = await runCli(['generate', file, '--out', out, '-n', '50']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(
      r.stderr,
      /late\.contract\.yaml:7:9: error generate\/unwritable-value: Order\.half has no value that can be written in row \d+/,
    );
    assert.match(r.stderr, /found: +no value: discount is null or absent in this row/);
    assert.match(r.stderr, /hint: .*mark half nullable/);
    assert.equal(existsSync(path.join(out, 'Order.jsonl')), false);
  });

  it('a guarded derive has a value in every row, and validate agrees', async () => {
    const file = contract('guarded', orders(`"derive(discount == null ? 0.0 : discount / 2.0)"`));
    const out = path.join(scratch, 'guarded');
    assert.equal((await runCli(['generate', file, '--out', out, '-n', '300', '--quiet'])).code, 0);
    const rows = read(path.join(out, 'Order.jsonl'));
    assert.ok(rows.some((o) => o.discount === null));
    for (const o of rows) assert.equal(o.half, o.discount === null ? 0 : (o.discount as number) / 2);
    assert.equal((await runCli(['validate', file, out])).code, 0);
  });
});

describe('a datetime rule over a derived datetime passes on valid data', () => {
  it('delivered_at = shipped_at + 48h is a timestamp to rules, and profiled as date-times', async () => {
    const out = path.join(scratch, 'shipments');
    const g = await runCli(['generate', library, '--out', out, '-n', '500', '--quiet']);
    assert.equal(g.code, 0, g.stderr);
    const r = await runCli(['validate', library, out, '--format', 'json']);
    assert.equal(r.code, 0, r.stdout);
    const report = JSON.parse(r.stdout) as {
      profiles: Record<string, Record<string, { histogram: { unit?: string } | null }>>;
    };
    assert.equal(report.profiles.Shipment?.delivered_at?.histogram?.unit, 'datetime');
    // And a row that breaks the rule is still caught.
    const file = path.join(out, 'Shipment.jsonl');
    const rows = read(file);
    rows[1] = { ...rows[1], delivered_at: '2023-01-01T00:00:00Z' };
    writeFileSync(file, rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
    const bad = await runCli(['validate', library, out, '--format', 'json']);
    assert.equal(bad.code, 1);
    const codes = (JSON.parse(bad.stdout) as { issues: { code: string; line: number }[] }).issues.map(
      (i) => `${i.code}@${i.line}`,
    );
    assert.deepEqual(codes.sort(), ['rule/delivered_at >= placed_at@2', 'rule/derive:delivered_at@2']);
  });
});

describe('bounds relative to another field', () => {
  it('generate rows inside them: in the same row, with offsets, and through a foreign key', async () => {
    const out = path.join(scratch, 'library');
    const g = await runCli(['generate', library, '--out', out, '-n', '2000', '--quiet']);
    assert.equal(g.code, 0, g.stderr);
    const books = new Map(read(path.join(out, 'Book.jsonl')).map((b) => [b.id, b]));
    let returned = 0;
    for (const l of read(path.join(out, 'Loan.jsonl'))) {
      const published = (books.get(l.book_id) as Row).published_on;
      assert.ok(days(l.loaned_on) >= days(published) + 7, 'loaned at least a week after publication');
      assert.ok(days(l.loaned_on) <= days('2025-06-30'));
      assert.ok(days(l.due_on) >= days(l.loaned_on) + 14 && days(l.due_on) <= days(l.loaned_on) + 30);
      if (l.returned_on === null) continue;
      returned++;
      assert.ok(days(l.returned_on) >= days(l.loaned_on) && days(l.returned_on) <= days(l.loaned_on) + 60);
    }
    assert.ok(returned > 1400 && returned < 1800);
    for (const s of read(path.join(out, 'Shipment.jsonl'))) {
      const gap = seconds(s.shipped_at) - seconds(s.placed_at);
      assert.ok(gap >= 0 && gap <= 72 * 3600, `${s.placed_at as string} → ${s.shipped_at as string}`);
    }
    assert.equal((await runCli(['validate', library, out])).code, 0);
  });

  it('validate flags a row that breaks one, with its row and field', async () => {
    const out = path.join(scratch, 'library-bad');
    assert.equal((await runCli(['generate', library, '--out', out, '-n', '20', '--quiet'])).code, 0);
    const file = path.join(out, 'Loan.jsonl');
    const rows = read(file);
    const late = new Date((days(rows[2]?.loaned_on) + 31) * 86_400_000).toISOString().slice(0, 10);
    rows[2] = { ...rows[2], due_on: late };
    writeFileSync(file, rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
    const shipments = path.join(out, 'Shipment.jsonl');
    const sRows = read(shipments);
    const shipped = new Date((seconds(sRows[4]?.placed_at) + 73 * 3600) * 1000).toISOString();
    sRows[4] = { ...sRows[4], shipped_at: shipped.replace('.000Z', 'Z') };
    writeFileSync(shipments, sRows.map((x) => JSON.stringify(x)).join('\n') + '\n');
    const r = await runCli(['validate', library, out, '--format', 'json']);
    assert.equal(r.code, 1, r.stdout);
    const issues = (
      JSON.parse(r.stdout) as { issues: { code: string; entity: string; line: number; field: string }[] }
    ).issues;
    assert.deepEqual(
      issues.filter((i) => i.code.startsWith('rule/bound:')).map((i) => [i.entity, i.line, i.field, i.code]),
      [
        ['Loan', 3, 'due_on', 'rule/bound:due_on'],
        ['Shipment', 5, 'shipped_at', 'rule/bound:shipped_at'],
      ],
    );
  });

  it('a cycle, an unknown field, a non-date field or a bad offset is a located contract error', async () => {
    const located = async (name: string, fields: string): Promise<string[]> => {
      const file = contract(
        name,
        `entities:\n  Loan:\n    fields:\n      - id: string(uuid) unique\n${fields}`,
      );
      const r = await runCli(['generate', file, '--out', path.join(scratch, name), '-n', '5']);
      assert.equal(r.code, 2, r.stderr);
      const at = new RegExp(`${name}\\.contract\\.yaml:(\\d+):\\d+: error (\\S+):`, 'g');
      return [...r.stderr.matchAll(at)].map((m) => `${m[1]} ${m[2]}`).sort();
    };
    assert.deepEqual(
      await located(
        'badOffsets',
        ['      - a: date', '      - e: date(<= a + 3h)', '      - f: datetime(>= a + 2y)', ''].join('\n'),
      ),
      ['6 dsl/invalid-bound', '7 dsl/invalid-bound'],
    );
    assert.deepEqual(
      await located(
        'badFields',
        [
          '      - copies: integer(>=1,<=3)',
          '      - a: date(<= b + 3d)',
          '      - b: date(>= a - 1d)',
          '      - c: date(<= loand_on + 30d)',
          '      - d: date(>= copies + 1d)',
          '',
        ].join('\n'),
      ),
      ['6 dsl/derivation-cycle', '8 dsl/invalid-bound-field', '9 dsl/invalid-bound-field'],
    );
  });
});
