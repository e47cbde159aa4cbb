import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { parseDsl } from '../contract/dsl/parseDsl.js';
import type { Model } from '../model/model.js';
import { datasetFiles } from '../sources/datasetFiles.js';
import type { CoverageReport, TargetCoverage } from './coverageReport.js';
import { coverageTargets } from '../model/coverageTargets.js';
import { measureCoverage } from './measureCoverage.js';

const CONTRACT = `entities:
  Customer:
    fields:
      - id: string(len>=1,len<=8) unique
      - vip: boolean
      - nickname: string(len>=2,len<=4) nullable
      - note: string(len<=3) optional(0.2)
      - age: integer(>=18,<=21)
      - score: number(>=0,<=1,1dec)
      - joined: date(>=2020-01-01,<=2020-12-31)
      - seen: datetime(>=2024-01-01T00:00:00Z,<=2024-12-31T00:00:00Z)
      - tier: enum[A,B]
  Order:
    fields:
      - id: string(len>=1,len<=8) unique
      - customer_id: fk(Customer.id)
`;

function contract(text: string): Model {
  const { model, issues } = parseDsl(text, 'c.yaml');
  assert.deepEqual(issues, []);
  return model as Model;
}
const model = contract(CONTRACT);

const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-coverage-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let datasets = 0;

/** Writes each file (records as JSON lines, strings as they are) into a fresh directory, and measures it. */
async function measure(
  files: Readonly<Record<string, readonly (object | string)[]>>,
  of = model,
): Promise<CoverageReport> {
  const dir = path.join(scratch, `d${datasets++}`);
  mkdirSync(dir);
  for (const [name, lines] of Object.entries(files))
    writeFileSync(
      path.join(dir, name),
      lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l)) + '\n').join(''),
    );
  return measureCoverage(of, datasetFiles(of, [dir]).files);
}

function target(report: CoverageReport, id: string): TargetCoverage {
  const found = report.entities.flatMap((e) => e.targets).find((t) => t.id === id);
  assert.ok(found, `no target ${id}`);
  return found;
}

/** Where each target was hit (`file:line`, the file by its base name), or `missed`. */
function hits(report: CoverageReport, entity: string): Record<string, string> {
  const found = report.entities.find((e) => e.entity === entity);
  assert.ok(found);
  return Object.fromEntries(
    found.targets.map((t) => [
      t.id.slice(entity.length + 1),
      t.hit ? `${path.basename(t.file ?? '')}:${t.line}` : 'missed',
    ]),
  );
}

/** A customer inside every bound, hitting nothing but `vip = true` and `tier = "A"`. */
const middle = {
  id: 'c0',
  vip: true,
  nickname: 'abc',
  note: 'ab',
  age: 19.5,
  score: 0.5,
  joined: '2020-06-01',
  seen: '2024-06-01T00:00:00Z',
  tier: 'A',
};

describe('measureCoverage', () => {
  it('reports every target of the contract, in contract order', async () => {
    const report = await measure({ 'Customer.jsonl': [middle], 'Order.jsonl': [] });
    assert.deepEqual(
      report.entities.flatMap((e) => e.targets.map((t) => t.id)),
      coverageTargets(model).map((t) => t.id),
    );
  });

  it('misses every value target that no record reaches, and says so with no file or line', async () => {
    const report = await measure({ 'Customer.jsonl': [middle, { ...middle, id: 'c1' }], 'Order.jsonl': [] });
    const missed = hits(report, 'Customer');
    assert.deepEqual(missed, {
      'id/shortest': 'missed',
      'id/longest': 'missed',
      'vip/true': 'Customer.jsonl:1',
      'vip/false': 'missed',
      'nickname/shortest': 'missed',
      'nickname/longest': 'missed',
      'nickname/null': 'missed',
      'note/shortest': 'missed',
      'note/longest': 'missed',
      'note/absent': 'missed',
      'age/minimum': 'missed',
      'age/above-minimum': 'missed',
      'age/below-maximum': 'missed',
      'age/maximum': 'missed',
      'score/minimum': 'missed',
      'score/above-minimum': 'missed',
      'score/below-maximum': 'missed',
      'score/maximum': 'missed',
      'joined/earliest': 'missed',
      'joined/latest': 'missed',
      'seen/earliest': 'missed',
      'seen/latest': 'missed',
      'tier/enum-value/A': 'Customer.jsonl:1',
      'tier/enum-value/B': 'missed',
    });
    const first = target(report, 'Customer/age/minimum');
    assert.equal(first.file, null);
    assert.equal(first.line, null);
  });

  it('hits each value target at the first line that reaches it', async () => {
    const rows = [
      { ...middle, id: 'c', vip: false, nickname: null, age: 18, score: 0, tier: 'B' },
      { ...middle, id: 'c1234567', nickname: 'ab', age: 19, score: 0.1, joined: '2020-01-01' },
      { ...middle, id: 'c2', nickname: 'abcd', note: '', age: 20, score: 0.9, joined: '2020-12-31' },
      // A date-time hits its bound as the same instant, whatever the offset it is written with.
      { ...middle, id: 'c3', note: 'abc', age: 21, score: 1, seen: '2024-01-01T01:00:00+01:00' },
      { ...middle, id: 'c4', age: 18, seen: '2024-12-31T00:00:00.000Z' },
    ];
    const { note: _, ...withoutNote } = { ...middle, id: 'c5' };
    const report = await measure({ 'Customer.jsonl': [...rows, withoutNote], 'Order.jsonl': [] });
    const at = hits(report, 'Customer');
    assert.deepEqual(
      Object.entries(at).filter(([, where]) => where === 'missed'),
      [],
      'every value target is hit',
    );
    assert.equal(at['age/minimum'], 'Customer.jsonl:1', 'the first line, not a later one');
    assert.equal(at['age/above-minimum'], 'Customer.jsonl:2');
    assert.equal(at['nickname/null'], 'Customer.jsonl:1');
    assert.equal(at['note/shortest'], 'Customer.jsonl:3');
    assert.equal(at['seen/earliest'], 'Customer.jsonl:4');
    assert.equal(at['seen/latest'], 'Customer.jsonl:5');
    assert.equal(at['note/absent'], 'Customer.jsonl:6');
  });

  it('counts the orders of each customer: one with none, one with exactly one, one with several', async () => {
    const customers = ['a', 'b', 'c', 'd'].map((id) => ({ ...middle, id }));
    const orders = ['b', 'c', 'c', 'd', 'd', 'd'].map((c, i) => ({ id: `o${i}`, customer_id: c }));
    const all = await measure({ 'Customer.jsonl': customers, 'Order.jsonl': orders });
    assert.deepEqual(hits(all, 'Order'), {
      'id/shortest': 'missed',
      'id/longest': 'missed',
      'customer_id/parent-without-children': 'Customer.jsonl:1',
      'customer_id/parent-with-one-child': 'Customer.jsonl:2',
      'customer_id/parent-with-several-children': 'Customer.jsonl:3',
    });

    const oneEach = await measure({
      'Customer.jsonl': customers,
      'Order.jsonl': customers.map((c, i) => ({ id: `o${i}`, customer_id: c.id })),
    });
    assert.deepEqual(hits(oneEach, 'Order'), {
      'id/shortest': 'missed',
      'id/longest': 'missed',
      'customer_id/parent-without-children': 'missed',
      'customer_id/parent-with-one-child': 'Customer.jsonl:1',
      'customer_id/parent-with-several-children': 'missed',
    });
  });

  it('counts no child for a reference that is null or names no customer present', async () => {
    const report = await measure({
      'Customer.jsonl': [{ ...middle, id: 'a' }],
      'Order.jsonl': [
        { id: 'o1', customer_id: 'a' },
        { id: 'o2', customer_id: null },
        { id: 'o3', customer_id: 'ghost' },
        { id: 'o4', customer_id: 'ghost' },
      ],
    });
    assert.equal(target(report, 'Order/customer_id/parent-with-one-child').hit, true);
    assert.equal(target(report, 'Order/customer_id/parent-with-several-children').hit, false);
    assert.equal(target(report, 'Order/customer_id/parent-without-children').hit, false);
  });

  it('counts children of a self-reference within one file', async () => {
    const tree = contract(`entities:
  Category:
    fields:
      - id: integer(>=1) unique
      - parent_id: fk(Category.id) nullable
`);
    const report = await measure(
      {
        'Category.jsonl': [
          { id: 1, parent_id: null },
          { id: 2, parent_id: 1 },
          { id: 3, parent_id: 1 },
          { id: 4, parent_id: 2 },
        ],
      },
      tree,
    );
    assert.deepEqual(hits(report, 'Category'), {
      'id/minimum': 'Category.jsonl:1',
      'id/above-minimum': 'Category.jsonl:2',
      'parent_id/parent-without-children': 'Category.jsonl:3',
      'parent_id/parent-with-one-child': 'Category.jsonl:2',
      'parent_id/parent-with-several-children': 'Category.jsonl:1',
      'parent_id/null': 'Category.jsonl:1',
    });
  });

  it('reads CSV cells as the contract types them: numbers, booleans, empty as null or absent', async () => {
    const report = await measure({
      'Customer.csv': [
        'id,vip,nickname,note,age,score,joined,seen,tier',
        'c,false,,,18,1,2020-01-01,2024-06-01T00:00:00Z,B',
      ],
      'Order.csv': ['id,customer_id', 'o1,c'],
    });
    const at = hits(report, 'Customer');
    for (const id of [
      'vip/false',
      'nickname/null',
      'note/absent',
      'age/minimum',
      'score/maximum',
      'tier/enum-value/B',
    ])
      assert.equal(at[id], 'Customer.csv:2', id);
    assert.equal(target(report, 'Order/customer_id/parent-with-one-child').hit, true);
  });

  it('skips lines it cannot read, as validation reports them', async () => {
    const report = await measure({
      'Customer.jsonl': ['{"id": "c", "age": 18', '[1, 2]', 'null', JSON.stringify({ ...middle, age: 21 })],
      'Order.jsonl': [],
    });
    assert.equal(target(report, 'Customer/age/minimum').hit, false);
    assert.equal(target(report, 'Customer/age/maximum').line, 4);
  });

  it("misses every target of an entity without a file, and a child's cardinalities without its parent's file, with notes", async () => {
    const report = await measure({ 'Order.jsonl': [{ id: 'o', customer_id: 'c' }] });
    const [customer, order] = report.entities;
    assert.equal(customer?.hit, 0);
    assert.equal(customer?.total, 24);
    assert.deepEqual(customer?.notes, ['no Customer file was read: none of its targets is measured']);
    assert.deepEqual(order?.notes, [
      'the Customer rows /customer_id references were not read (no Customer file): its parent cardinalities are not measured',
    ]);
    assert.equal(target(report, 'Order/customer_id/parent-with-one-child').hit, false);
    assert.equal(target(report, 'Order/id/shortest').hit, true);
    assert.equal(order?.notes.length, 1);

    const noOrders = await measure({ 'Customer.jsonl': [middle] });
    assert.equal(target(noOrders, 'Order/customer_id/parent-without-children').hit, false);
  });

  it('gives a share per entity and overall, 100 only when nothing is missed', async () => {
    const report = await measure({
      'Customer.jsonl': [middle],
      'Order.jsonl': [{ id: 'o', customer_id: 'c0' }],
    });
    const [customer, order] = report.entities;
    assert.deepEqual([customer?.hit, customer?.total, customer?.percent], [2, 24, 8.3]);
    assert.deepEqual([order?.hit, order?.total, order?.percent], [2, 5, 40]);
    assert.deepEqual([report.hit, report.total, report.percent], [4, 29, 13.8]);
  });

  it('measures only the targets it is given', async () => {
    const targets = coverageTargets(model).filter((t) => t.field === 'tier');
    const report = await measureCoverage(model, [], { targets });
    assert.deepEqual(
      report.entities.map((e) => [e.entity, e.total]),
      [
        ['Customer', 2],
        ['Order', 0],
      ],
    );
  });
});
