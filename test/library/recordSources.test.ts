/**
 * Record sources (issue 15): `validate` and `measureCoverage` read records that never touch a file exactly as
 * they read files. One suite runs on every kind of source (an array, an iterable, a JSONL/JSON/CSV file) and
 * asks the same of each: the shop example's generated records are valid, and the same broken records give the
 * same issues, named by the source.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  compileDataset,
  datasetReaders,
  fileSource,
  iterableSource,
  loadContract,
  measureCoverage,
  memorySource,
  planGeneration,
  records,
  validate,
  type Model,
  type RecordSource,
} from '../../src/index.js';

const SHOP = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../examples/shop.contract.yaml',
);

async function shop(): Promise<{ model: Model; customers: object[]; orders: object[] }> {
  const { model, issues } = await loadContract(SHOP);
  assert.ok(model, issues.map((i) => i.message).join('\n'));
  const dataset = compileDataset(
    model,
    planGeneration(model, { seed: 'sources', counts: { Customer: 40, Order: 90 } }),
  );
  return { model, customers: [...records(dataset, 'Customer')], orders: [...records(dataset, 'Order')] };
}

/** Two broken orders: a total above its bound (record 3), and a customer that does not exist (record 7). */
function broken(orders: readonly object[]): object[] {
  return orders.map((o, i) =>
    i === 2
      ? { ...o, total_eur: 100000 }
      : i === 6
        ? { ...o, customer_id: '00000000-0000-4000-8000-000000000000' }
        : o,
  );
}

type SourceKind = (entity: string, rows: readonly object[]) => RecordSource;

function csvCell(value: unknown): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const dir = (): string => mkdtempSync(path.join(tmpdir(), 'fixtura-sources-'));

/** Every kind of record source, each holding `rows`. */
const KINDS: Readonly<Record<string, SourceKind>> = {
  'an in-memory array': (entity, rows) => memorySource(entity, rows),
  'an async iterable, opened afresh for each pass': (entity, rows) =>
    iterableSource(entity, async function* () {
      yield* rows;
    }),
  'a JSONL file': (entity, rows) => {
    const file = path.join(dir(), `${entity}.jsonl`);
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    return fileSource({ entity, file, format: 'jsonl' });
  },
  'a JSON file': (entity, rows) => {
    const file = path.join(dir(), `${entity}.json`);
    writeFileSync(file, JSON.stringify(rows, null, 2));
    return fileSource({ entity, file, format: 'json' });
  },
  'a CSV file': (entity, rows) => {
    const file = path.join(dir(), `${entity}.csv`);
    const columns = Object.keys(rows[0] ?? {});
    const lines = [
      columns.join(','),
      ...rows.map((r) => columns.map((c) => csvCell((r as never)[c])).join(',')),
    ];
    writeFileSync(file, lines.join('\n') + '\n');
    return fileSource({ entity, file, format: 'csv' });
  },
};

describe('record sources: every kind gives the same verdict', () => {
  for (const [kind, make] of Object.entries(KINDS)) {
    it(`${kind}: the shop's records are valid, and two broken orders give their two issues`, async () => {
      const { model, customers, orders } = await shop();
      const good = await validate(model, [make('Customer', customers), make('Order', orders)]);
      assert.equal(good.valid, true, JSON.stringify(good.issues.slice(0, 3)));
      assert.deepEqual(good.records, { Customer: 40, Order: 90 });

      const orderSource = make('Order', broken(orders));
      const bad = await validate(model, [make('Customer', customers), orderSource]);
      assert.deepEqual(
        bad.issues.map((i) => [i.code, i.entity, i.file, i.field]),
        [
          ['schema/maximum', 'Order', orderSource.name, '/total_eur'],
          ['integrity/dangling-reference', 'Order', orderSource.name, '/customer_id'],
        ],
      );
    });
  }

  it('names a source that is not a file, and counts its records from 1 as lines', async () => {
    const { model, customers, orders } = await shop();
    const result = await validate(model, [
      memorySource('Customer', customers),
      memorySource('Order', broken(orders)),
    ]);
    assert.deepEqual(
      result.issues.map((i) => `${i.file}:${i.line} ${i.code}`),
      ['memory:Order:3 schema/maximum', 'memory:Order:7 integrity/dangling-reference'],
    );
  });

  it('reads an iterable source again for each pass (a duplicate is confirmed on a second pass)', async () => {
    const { model, customers, orders } = await shop();
    let opened = 0;
    const twice = customers.map((c, i) =>
      i === 9 ? { ...c, email: (customers[4] as { email: string }).email } : c,
    );
    const source = iterableSource(
      'Customer',
      () => {
        opened++;
        return twice;
      },
      'customers table',
    );
    const result = await validate(model, [source, memorySource('Order', orders)]);
    assert.deepEqual(
      result.issues.map((i) => `${i.file}:${i.line} ${i.code} ${i.field}`),
      ['customers table:10 unique/duplicate /email'],
    );
    assert.ok(opened >= 2, `opened ${opened} times`);
  });

  it('measures coverage from memory as from files', async () => {
    const { model, customers, orders } = await shop();
    const fromMemory = await measureCoverage(model, [
      memorySource('Customer', customers),
      memorySource('Order', orders),
    ]);
    const fromFiles = await measureCoverage(model, [
      KINDS['a JSONL file']!('Customer', customers),
      KINDS['a JSONL file']!('Order', orders),
    ]);
    const hits = (r: typeof fromMemory) => r.entities.map((e) => [e.entity, e.hit, e.total]);
    assert.deepEqual(hits(fromMemory), hits(fromFiles));
    assert.ok((fromMemory.entities[0]?.hit ?? 0) > 0);
  });

  it('has one reader per dataset format, each chosen by its extensions', () => {
    assert.deepEqual(
      datasetReaders.map((r) => [r.name, [...r.extensions]]),
      [
        ['jsonl', ['.jsonl', '.ndjson']],
        ['json', ['.json']],
        ['csv', ['.csv']],
      ],
    );
  });
});
