/**
 * `fixtura coverage` on the shop contract: realistic data misses the exact boundaries, a hand-made dataset
 * hits every target, the report comes as text, JSON or one self-contained HTML page, `--min` gates CI, and
 * `fixtura validate --coverage` adds the same findings to its reports.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CoverageReport } from '../../src/coverage/coverageReport.js';
import { repoRoot, runCli } from '../support/runCli.js';

const shop = path.join(repoRoot, 'examples/shop.contract.yaml');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-coverage-e2e-'));
const sample = path.join(scratch, 'sample');
after(() => rmSync(scratch, { recursive: true, force: true }));
before(async () => {
  const r = await runCli(['generate', shop, '-n', '1000', '--out', sample, '--quiet']);
  assert.equal(r.code, 0, r.stderr);
});

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * Every target of the shop contract, by hand: five customers (one per country, the earliest and the latest
 * birthdate among them), the first with no order, the second with one, the third with several; orders at
 * each boundary of total_eur and in each status.
 */
function handMade(dir: string): void {
  mkdirSync(dir);
  const countries = ['FR', 'DE', 'PT', 'GB', 'US'];
  const births = ['1950-01-01', '2007-12-31', '1980-05-05', '1990-06-06', '2000-07-07'];
  const customers = countries.map((country, i) => ({
    id: uuid(i + 1),
    email: `c${i + 1}@example.com`,
    country,
    birthdate: births[i],
  }));
  const orders = [
    [2, 0, 'PAID'],
    [3, 0.01, 'PENDING'],
    [3, 99998.99, 'FAILED'],
    [4, 99999, 'REFUNDED'],
    [4, 12.5, 'PAID'],
    [5, 7, 'PAID'],
  ].map(([customer, total, status], i) => ({
    id: uuid(100 + i),
    customer_id: uuid(customer as number),
    total_eur: total,
    status,
  }));
  const lines = (rows: object[]): string => rows.map((r) => JSON.stringify(r) + '\n').join('');
  writeFileSync(path.join(dir, 'Customer.jsonl'), lines(customers));
  writeFileSync(path.join(dir, 'Order.jsonl'), lines(orders));
}

async function jsonReport(dir: string, cwd?: string): Promise<CoverageReport> {
  const r = await runCli(['coverage', shop, dir, '--format', 'json'], cwd);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as CoverageReport;
}

describe('fixtura coverage', () => {
  it('names the targets a realistic 1 000-row sample misses: the exact bounds of total_eur', async () => {
    const r = await runCli(['coverage', shop, sample], scratch);
    assert.equal(r.code, 0, r.stderr);
    for (const label of [
      '/total_eur = 0 (the minimum)',
      '/total_eur = 0.01 (just above the minimum)',
      '/total_eur = 99998.99 (just below the maximum)',
      '/total_eur = 99999 (the maximum)',
    ])
      assert.ok(r.stdout.includes(`\n  missed: ${label}\n`), `${label} in\n${r.stdout}`);
    assert.match(r.stdout, /^Customer {2}\d\/7 targets \(\d+\.\d%\)$/m);
    assert.match(r.stdout, /^Order {5}\d\/11 targets \(\d+\.\d%\)$/m);
    assert.match(r.stdout, /^total {5}\d+\/18 targets \(\d+\.\d%\)\n$/m);

    const report = await jsonReport(sample);
    const missed = report.entities.flatMap((e) => e.targets.filter((t) => !t.hit).map((t) => t.id));
    for (const id of ['minimum', 'above-minimum', 'below-maximum', 'maximum'])
      assert.ok(missed.includes(`Order/total_eur/${id}`), id);
    assert.ok(report.percent < 100);
    // A thousand orders over a thousand customers: some customers have none, some one, some several.
    const order = report.entities.find((e) => e.entity === 'Order');
    for (const id of ['parent-without-children', 'parent-with-one-child', 'parent-with-several-children'])
      assert.equal(order?.targets.find((t) => t.id === `Order/customer_id/${id}`)?.hit, true, id);
  });

  it('reports 100% on a dataset that hits every target, and every row of it validates', async () => {
    const dir = path.join(scratch, 'complete');
    handMade(dir);
    const valid = await runCli(['validate', shop, dir]);
    assert.equal(valid.code, 0, valid.stdout);
    const r = await runCli(['coverage', shop, dir, '--min', '100']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(
      r.stdout,
      [
        'Customer  7/7 targets (100.0%)',
        'Order     11/11 targets (100.0%)',
        'total     18/18 targets (100.0%)',
        '',
      ].join('\n'),
    );
    const report = await jsonReport(dir);
    const where = Object.fromEntries(
      report.entities.flatMap((e) =>
        e.targets.map((t) => [t.id, `${path.basename(t.file ?? '')}:${t.line}`]),
      ),
    );
    assert.equal(where['Order/customer_id/parent-without-children'], 'Customer.jsonl:1');
    assert.equal(where['Order/customer_id/parent-with-one-child'], 'Customer.jsonl:2');
    assert.equal(where['Order/customer_id/parent-with-several-children'], 'Customer.jsonl:3');
    assert.equal(where['Order/total_eur/below-maximum'], 'Order.jsonl:3');
  });

  it('prints the whole report as JSON, naming files as the user would type them', async () => {
    const report = await jsonReport('sample', scratch);
    assert.deepEqual(
      report.entities.map((e) => [e.entity, e.total]),
      [
        ['Customer', 7],
        ['Order', 11],
      ],
    );
    assert.equal(report.total, 18);
    assert.equal(
      report.hit,
      report.entities.reduce((n, e) => n + e.hit, 0),
    );
    const minimum = report.entities[1]?.targets.find((t) => t.id === 'Order/total_eur/minimum');
    assert.deepEqual(minimum, {
      id: 'Order/total_eur/minimum',
      entity: 'Order',
      field: 'total_eur',
      kind: 'minimum',
      value: 0,
      label: '/total_eur = 0 (the minimum)',
      hit: false,
      file: null,
      line: null,
    });
    const hit = report.entities[0]?.targets.find((t) => t.hit);
    assert.equal(hit?.file, path.join('sample', 'Customer.jsonl'));
  });

  it('writes one self-contained HTML page with a table of targets per entity', async () => {
    const out = path.join(scratch, 'coverage.html');
    const r = await runCli(['coverage', shop, sample, '--format', 'html', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^coverage: \d+\/18 targets \(\d+\.\d%\) → .*coverage\.html\n$/);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!doctype html>\n/);
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/,
    );
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\b(?:https?:)?\/\/[a-z]/i, 'no URL to fetch');
    assert.doesNotMatch(html, /<(?:link|img|iframe|object)\b/i);
    for (const entity of ['Customer', 'Order'])
      assert.match(
        html,
        new RegExp(`<section class="coverage-entity" id="coverage-${entity}" data-entity="${entity}">`),
      );
    assert.equal((html.match(/<tr data-target="/g) ?? []).length, 18);
    assert.match(html, /<tr data-target="Order\/total_eur\/maximum" data-hit="false">/);
  });

  it('exits 1 under --min and 0 at or above it', async () => {
    const report = await jsonReport(sample);
    const under = await runCli(['coverage', shop, sample, '--min', String(report.percent + 0.1)]);
    assert.equal(under.code, 1);
    assert.match(under.stderr, /^fixtura coverage: \d+\.\d% of the targets are hit, under --min [\d.]+\n$/);
    const at = await runCli(['coverage', shop, sample, '--min', String(report.percent)]);
    assert.equal(at.code, 0, at.stderr);
    assert.equal((await runCli(['coverage', shop, sample, '--min', '0'])).code, 0);
  });

  it('reports the targets of an entity without a file as missed, with a note', async () => {
    const dir = path.join(scratch, 'orders-only');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'Order.jsonl'), readFileSync(path.join(sample, 'Order.jsonl')));
    const r = await runCli(['coverage', shop, dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /^Customer {2}0\/7 targets \(0\.0%\)\n {2}note: no Customer file was read: none of its targets is measured\n/,
    );
    assert.match(r.stdout, /note: the Customer rows \/customer_id references were not read/);
  });

  it('refuses bad usage, a missing directory and a broken contract with exit 2 and a clear message', async () => {
    const cases: [string[], RegExp][] = [
      [['coverage', shop], /coverage takes a contract file and a dataset directory/],
      [['coverage', shop, sample, '--format', 'xml'], /unknown --format "xml"; expected text, json or html/],
      [['coverage', shop, sample, '--min', 'lots'], /--min takes a percentage from 0 to 100, got "lots"/],
      [['coverage', shop, sample, '--min', '101'], /--min takes a percentage from 0 to 100, got "101"/],
      [
        ['coverage', shop, path.join(scratch, 'nope')],
        /nope is not a directory: name the directory that holds the dataset/,
      ],
      [
        ['coverage', shop, sample, '--out', path.join(scratch, 'nope', 'c.txt')],
        /--out .*c\.txt: there is no directory .*nope to write it in/,
      ],
      [['coverage', shop, sample, '--bogus'], /unknown option --bogus\n {2}where: +--bogus/],
    ];
    for (const [argv, message] of cases) {
      const r = await runCli(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    }
    const broken = path.join(scratch, 'broken.contract.yaml');
    writeFileSync(broken, 'entities:\n  Order:\n    fields:\n      - status: enum[PAID\n');
    const r = await runCli(['coverage', broken, sample]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /broken\.contract\.yaml:4:\d+: error dsl\/unclosed-bracket/);
  });

  it('explains itself with --help', async () => {
    const r = await runCli(['coverage', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Usage: fixtura coverage <contract> <DIR> \[options\]/);
    assert.match(r.stdout, /--min P/);
  });
});

describe('fixtura validate --coverage', () => {
  it('adds the coverage after the profiles, as a JSON key and as a section of the HTML report', async () => {
    const human = await runCli(['validate', shop, sample, '--coverage']);
    assert.equal(human.code, 0, human.stderr);
    assert.match(
      human.stdout,
      /\n\nCoverage\nCustomer {2}\d\/7 targets .*\n[^]*\n {2}missed: \/total_eur = 99999 \(the maximum\)\ntotal {5}\d+\/18 targets \(\d+\.\d%\)\n\nvalid: 1000 Customer, 1000 Order\n$/,
    );

    const json = await runCli(['validate', shop, sample, '--coverage', '--format', 'json']);
    const { coverage } = JSON.parse(json.stdout) as { coverage: CoverageReport };
    assert.equal(coverage.total, 18);

    const report = path.join(scratch, 'validate.html');
    const html = await runCli(['validate', shop, sample, '--coverage', '--report', report]);
    assert.equal(html.code, 0, html.stderr);
    const page = readFileSync(report, 'utf8');
    assert.match(page, /<section id="coverage">\n<h2>Coverage<\/h2>/);
    assert.ok(page.indexOf('id="problems"') < page.indexOf('id="coverage"'));
    assert.ok(page.indexOf('id="coverage"') < page.indexOf('id="fields"'));
  });

  it('leaves every output as it was without the flag', async () => {
    const human = await runCli(['validate', shop, sample]);
    assert.doesNotMatch(human.stdout, /Coverage|targets/);
    const json = JSON.parse((await runCli(['validate', shop, sample, '--format', 'json'])).stdout) as object;
    assert.deepEqual(Object.keys(json), ['valid', 'issues', 'counts', 'total', 'records', 'profiles']);
    const report = path.join(scratch, 'plain.html');
    await runCli(['validate', shop, sample, '--report', report]);
    assert.doesNotMatch(readFileSync(report, 'utf8'), /id="coverage"/);
  });
});
