/**
 * `fixtura validate` on the shop dataset: no false positives on generated data, and each injected fault
 * reported once, at its file and line, with nothing else.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot, runCli } from '../support/runCli.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-validate-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
/** The brief's shop contract, unchanged, plus business rules for orders. */
const shop = path.join(scratch, 'shop-rules.contract.yaml');
writeFileSync(
  shop,
  readFileSync(path.join(repoRoot, 'examples/shop.contract.yaml'), 'utf8') +
    "    rules:\n      - total_eur >= 0\n      - refund_has_amount: status != 'REFUNDED' || total_eur > 0\n",
);

type Issue = { code: string; file: string; line: number | null; field: string; actual: string };

async function generate(out: string, ...args: string[]): Promise<void> {
  const r = await runCli([
    'generate',
    shop,
    '--seed',
    'v',
    '--count',
    'Customer=1000',
    '--count',
    'Order=3000',
    '--out',
    out,
    '--quiet',
    ...args,
  ]);
  assert.equal(r.code, 0, r.stderr);
}

/** Rewrites line `n` (1-based) of a file. */
function editLine(file: string, n: number, edit: (line: string) => string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines[n - 1] = edit(lines[n - 1] as string);
  writeFileSync(file, lines.join('\n'));
}

function setField(line: string, field: string, value: unknown): string {
  return JSON.stringify({ ...(JSON.parse(line) as object), [field]: value });
}

describe('fixtura validate', () => {
  it('finds nothing wrong in generated data, in jsonl, json and csv', async () => {
    for (const format of ['jsonl', 'json', 'csv']) {
      const out = path.join(scratch, `clean-${format}`);
      await generate(out, '--format', format);
      const r = await runCli(['validate', shop, out]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /^valid: 1000 Customer, 3000 Order$/m);
    }
  });

  it('reports every injected fault at its file and line, and nothing else', async () => {
    const out = path.join(scratch, 'faulty');
    await generate(out);
    const customers = path.join(out, 'Customer.jsonl');
    const orders = path.join(out, 'Order.jsonl');
    const idAt = (n: number): string =>
      (JSON.parse(readFileSync(customers, 'utf8').split('\n')[n - 1] as string) as { id: string }).id;
    const secondId = idAt(2);
    // Overwriting customer 7's id also orphans that customer's orders: real faults, expected below.
    const lostId = idAt(7);
    editLine(customers, 5, (l) => setField(l, 'country', 'XX'));
    editLine(customers, 7, (l) => setField(l, 'id', secondId));
    editLine(customers, 9, (l) => setField(l, 'birthdate', '2010-01-01'));
    editLine(orders, 10, (l) => setField(l, 'customer_id', '00000000-0000-4000-8000-000000000000'));
    editLine(orders, 11, (l) => setField(l, 'total_eur', 12.345));
    editLine(orders, 12, (l) => {
      const { status: _status, ...rest } = JSON.parse(l) as Record<string, unknown>;
      return JSON.stringify(rest);
    });
    editLine(orders, 13, (l) => setField(l, 'coupon', 'FREE'));
    editLine(orders, 14, (l) => l.slice(0, 40));
    editLine(orders, 15, (l) => setField(setField(l, 'status', 'REFUNDED'), 'total_eur', 0));
    const r = await runCli(['validate', shop, out, '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const { issues, valid } = JSON.parse(r.stdout) as { issues: Issue[]; valid: boolean };
    assert.equal(valid, false);
    const found = issues.map((i) => [i.code, path.basename(i.file), i.line, i.field]);
    assert.deepEqual(
      found,
      [
        ['schema/enum', 'Customer.jsonl', 5, '/country'],
        ['unique/duplicate', 'Customer.jsonl', 7, '/id'],
        ['schema/formatMaximum', 'Customer.jsonl', 9, '/birthdate'],
        ['integrity/dangling-reference', 'Order.jsonl', 10, '/customer_id'],
        ['schema/x-fixtura-decimals', 'Order.jsonl', 11, '/total_eur'],
        ['schema/required', 'Order.jsonl', 12, '/status'],
        ['schema/additionalProperties', 'Order.jsonl', 13, '/coupon'],
        ['input/malformed-record', 'Order.jsonl', 14, ''],
        ['rule/refund_has_amount', 'Order.jsonl', 15, ''],
      ]
        .concat(danglingOf(lostId, orders))
        .sort(byFileAndLine),
    );
  });

  it('profiles every field in the JSON output', async () => {
    const r = await runCli(['validate', shop, path.join(scratch, 'clean-jsonl'), '--format', 'json']);
    const { profiles } = JSON.parse(r.stdout) as {
      profiles: Record<
        string,
        Record<string, { count: number; distinct: number; min: unknown; max: unknown }>
      >;
    };
    const status = profiles.Order?.status;
    assert.deepEqual([status?.count, status?.distinct], [3000, 4]);
    const total = profiles.Order?.total_eur;
    assert.ok(
      typeof total?.min === 'number' && typeof total.max === 'number' && total.min >= 0 && total.max <= 99999,
    );
  });

  it('reports a missing file once and goes on with the rest (references into it are not checked)', async () => {
    const out = path.join(scratch, 'missing');
    await generate(out);
    rmSync(path.join(out, 'Customer.jsonl'));
    const r = await runCli(['validate', shop, out, '--format', 'json']);
    assert.equal(r.code, 1);
    const { counts, records } = JSON.parse(r.stdout) as {
      counts: Record<string, number>;
      records: Record<string, number>;
    };
    assert.deepEqual(counts, { 'input/missing-file': 1 });
    assert.deepEqual(records, { Order: 3000 });
  });

  it('groups the human report by rule, with file:line', async () => {
    const out = path.join(scratch, 'human');
    await generate(out);
    editLine(path.join(out, 'Order.jsonl'), 3, (l) => setField(l, 'status', 'PAYED'));
    const r = await runCli(['validate', shop, out]);
    assert.equal(r.code, 1);
    assert.match(
      r.stdout,
      /^schema\/enum: 1\n {2}.*Order\.jsonl:3 \/status must be equal to one of the allowed values\n {4}expected: one of "PAID", "PENDING", "FAILED", "REFUNDED" {2}actual: "PAYED"$/m,
    );
    assert.match(r.stdout, /^1 problem in 1000 Customer, 3000 Order$/m);
  });

  it('writes JUnit XML with one failing case per kind of problem and entity', async () => {
    const out = path.join(scratch, 'junit');
    await generate(out);
    editLine(path.join(out, 'Order.jsonl'), 4, (l) => setField(l, 'status', 'A & <B>'));
    const r = await runCli(['validate', shop, out, '--format', 'junit']);
    assert.equal(r.code, 1);
    assert.match(
      r.stdout,
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="fixtura validate" tests="12" failures="1">/,
    );
    assert.match(r.stdout, /<testsuite name="Customer" tests="6" failures="0">/);
    assert.match(
      r.stdout,
      /<testcase classname="Order" name="Order schema">\n {6}<failure type="schema" message="1 schema problem">.*Order\.jsonl:4 schema\/enum .*actual &quot;A &amp; &lt;B&gt;&quot;\)<\/failure>/,
    );
  });

  it('refuses bad usage with exit 2', async () => {
    for (const args of [
      [shop],
      [shop, path.join(scratch, 'x.txt')],
      [shop, scratch, '--format', 'xml'],
      [shop, scratch, '--max-issues', 'lots'],
    ]) {
      assert.equal((await runCli(['validate', ...args])).code, 2, args.join(' '));
    }
  });
});

/** The orders that referenced the overwritten customer id: each is a genuine dangling reference. */
function danglingOf(lostId: string, orders: string): (string | number)[][] {
  return readFileSync(orders, 'utf8')
    .split('\n')
    .map((l, i) => [l, i + 1] as const)
    .filter(([l, n]) => n !== 10 && n !== 14 && l.includes(lostId))
    .map(([, n]) => ['integrity/dangling-reference', 'Order.jsonl', n, '/customer_id']);
}

function byFileAndLine(a: (string | number | null)[], b: (string | number | null)[]): number {
  return String(a[1]).localeCompare(String(b[1])) || Number(a[2]) - Number(b[2]);
}

describe('fixtura validate on declared distributions', () => {
  const features = path.join(repoRoot, 'examples/features.contract.yaml');

  it('accepts generated data and flags data that does not follow the declared weights or shape', async () => {
    const out = path.join(scratch, 'distributions');
    const g = await runCli(['generate', features, '--count', 'Employee=2000', '--out', out, '--quiet']);
    assert.equal(g.code, 0, g.stderr);
    const clean = await runCli(['validate', features, out, '--format', 'json']);
    assert.equal(clean.code, 0, clean.stdout);
    const employees = path.join(out, 'Employee.jsonl');
    const skewed = readFileSync(employees, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l, i) => setField(setField(l, 'level', i % 2 ? 'JUNIOR' : 'SENIOR'), 'salary_eur', 20000 + i))
      .join('\n');
    writeFileSync(employees, skewed + '\n');
    const r = await runCli(['validate', features, out, '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const { issues } = JSON.parse(r.stdout) as { issues: Issue[] };
    assert.deepEqual(
      issues.map((i) => [i.code, path.basename(i.file), i.line, i.field]),
      [
        ['distribution/chi-square', 'Employee.jsonl', null, '/level'],
        ['distribution/kolmogorov-smirnov', 'Employee.jsonl', null, '/salary_eur'],
      ],
    );
  });
});

describe('fixtura validate on a bad value of a weighted enum', () => {
  it('reports the value once, as schema/enum, not also as a distribution failure', async () => {
    const features = path.join(repoRoot, 'examples/features.contract.yaml');
    const out = path.join(scratch, 'bad-enum');
    const g = await runCli(['generate', features, '--count', 'Employee=2000', '--out', out, '--quiet']);
    assert.equal(g.code, 0, g.stderr);
    editLine(path.join(out, 'Employee.jsonl'), 7, (l) => setField(l, 'level', 'INTERN'));
    const r = await runCli(['validate', features, out, '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const { issues } = JSON.parse(r.stdout) as { issues: Issue[] };
    assert.deepEqual(
      issues.map((i) => [i.code, path.basename(i.file), i.line, i.field]),
      [['schema/enum', 'Employee.jsonl', 7, '/level']],
    );
  });
});
