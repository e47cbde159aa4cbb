import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot, runCli } from '../support/runCli.js';
import { checkShopDataset } from './shopIndependentCheck.js';

const shop = path.join(repoRoot, 'examples/shop.contract.yaml');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-e2e-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function dir(name: string): string {
  return path.join(scratch, name);
}

function bytes(d: string, file: string): Buffer {
  return readFileSync(path.join(d, file));
}

describe('fixtura generate on the shop contract', () => {
  it('100k customers and 300k orders pass an independent check of every constraint, with the same bytes on one thread', async () => {
    const out = dir('big');
    const acceptance = [
      'generate',
      shop,
      '--seed',
      's1',
      '--count',
      'Customer=100000',
      '--count',
      'Order=300000',
      '--quiet',
    ];
    const r = await runCli([...acceptance, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    const { violations, customers, orders } = checkShopDataset(out);
    assert.deepEqual(violations.slice(0, 10), []);
    assert.deepEqual([customers, orders], [100000, 300000]);

    // The determinism criterion at its own scale: the same bytes again, on one thread.
    const again = dir('big-one-thread');
    const one = await runCli([...acceptance, '--workers', '1', '--out', again]);
    assert.equal(one.code, 0, one.stderr);
    for (const file of ['Customer.jsonl', 'Order.jsonl'])
      assert.ok(bytes(out, file).equals(bytes(again, file)), `${file} differs`);
  });

  it('gives the same bytes when run twice, and with --workers 1 and --workers 2', async () => {
    const args = [
      'generate',
      shop,
      '--seed',
      's1',
      '--count',
      'Customer=20000',
      '--count',
      'Order=60000',
      '--quiet',
    ];
    for (const [name, extra] of [
      ['a', ['--workers', '2']],
      ['b', ['--workers', '2']],
      ['c', ['--workers', '1']],
      ['d', ['--workers', '2', '--batch-size', '777']],
    ] as const) {
      const r = await runCli([...args, '--out', dir(name), ...extra]);
      assert.equal(r.code, 0, r.stderr);
    }
    for (const file of ['Customer.jsonl', 'Order.jsonl']) {
      for (const other of ['b', 'c', 'd'])
        assert.ok(bytes(dir('a'), file).equals(bytes(dir(other), file)), `${file} differs in run ${other}`);
    }
  });

  it('writes a manifest that identifies the contract, the inputs and every file', async () => {
    const out = dir('manifest');
    const r = await runCli([
      'generate',
      shop,
      '--seed',
      'abc',
      '-n',
      '10',
      '--tenant',
      't1',
      '--env',
      'ci',
      '--run-id',
      '42',
      '--out',
      out,
      '--quiet',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const m = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    assert.equal(m.contract.name, 'shop');
    assert.match(m.contract.modelSha256, /^[0-9a-f]{64}$/);
    assert.deepEqual(m.generation, {
      seed: 'abc',
      tenant: 't1',
      environment: 'ci',
      refDate: '2026-01-01T00:00:00Z',
      runId: '42',
      format: 'jsonl',
      counts: { Customer: 10, Order: 10 },
    });
    for (const f of m.files) {
      const content = bytes(out, f.path);
      assert.equal(content.length, f.bytes);
      const { createHash } = await import('node:crypto');
      assert.equal(createHash('sha256').update(content).digest('hex'), f.sha256);
    }
    assert.equal(typeof m.run.startedAt, 'string');
  });

  it('tenant and environment change every value; the seed is any string', async () => {
    const base = ['generate', shop, '-n', '5', '--quiet', '--seed', 'feature/x@3f2a'];
    await runCli([...base, '--out', dir('t0')]);
    await runCli([...base, '--tenant', 'acme', '--out', dir('t1')]);
    const a = bytes(dir('t0'), 'Customer.jsonl').toString().split('\n');
    const b = bytes(dir('t1'), 'Customer.jsonl').toString().split('\n');
    assert.notEqual(a[0], b[0]);
  });

  it('writes csv and json too, with the same values', async () => {
    for (const format of ['json', 'csv']) {
      const r = await runCli([
        'generate',
        shop,
        '-n',
        '3',
        '--format',
        format,
        '--out',
        dir(format),
        '--quiet',
      ]);
      assert.equal(r.code, 0, r.stderr);
    }
    await runCli(['generate', shop, '-n', '3', '--out', dir('jsonl'), '--quiet']);
    const jsonl = bytes(dir('jsonl'), 'Order.jsonl')
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(JSON.parse(bytes(dir('json'), 'Order.json').toString()), jsonl);
    const csv = bytes(dir('csv'), 'Order.csv').toString().trim().split('\n');
    assert.equal(csv[0], 'id,customer_id,total_eur,status');
    assert.equal(csv[1], `${jsonl[0].id},${jsonl[0].customer_id},${jsonl[0].total_eur},${jsonl[0].status}`);
  });
});

describe('fixtura generate refuses bad input with exit 2', () => {
  const broken: [string, string, string, string][] = [
    ['enum[FR,DE', '      - country: enum[FR,DE', ':5:28', 'dsl/unclosed-bracket'],
    ['an unknown type', '      - country: strin', ':5:18', 'dsl/unknown-type'],
    ['fk(Nope.id)', '      - customer_id: fk(Nope.id)', ':5:25', 'dsl/unknown-entity'],
    ['date(>=2020-13-01)', '      - born: date(>=2020-13-01)', ':5:20', 'dsl/invalid-bound'],
  ];
  for (const [what, line, where, code] of broken) {
    it(`a contract with ${what}, pointing at its line and column`, async () => {
      const file = path.join(scratch, `bad-${code.replace('/', '-')}.yaml`);
      writeFileSync(file, `entities:\n  Customer:\n    fields:\n      - id: string(uuid) unique\n${line}\n`);
      const r = await runCli(['generate', file, '--out', dir('never'), '--quiet']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`${path.basename(file)}${where}: error ${code}`));
    });
  }

  it('a unique field whose domain is smaller than the count, before writing anything, keeping old output', async () => {
    const out = dir('keep');
    const file = path.join(scratch, 'small-domain.yaml');
    writeFileSync(
      file,
      'entities:\n  Customer:\n    fields:\n      - id: string(uuid) unique\n      - country: enum[FR,DE,PT] unique\n',
    );
    assert.equal((await runCli(['generate', file, '-n', '3', '--out', out, '--quiet'])).code, 0);
    const before = bytes(out, 'Customer.jsonl');
    const r = await runCli(['generate', file, '-n', '4', '--out', out, '--quiet']);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /small-domain\.yaml:5:9: error plan\/domain-too-small: Customer\.country is unique but has only 3 possible values, and 4 rows were requested/,
    );
    assert.ok(bytes(out, 'Customer.jsonl').equals(before), 'the previous output is untouched');
    assert.deepEqual(
      readdirSync(out).sort(),
      ['Customer.jsonl', 'manifest.json'],
      'no temporary files are left',
    );
  });

  it('an interrupted run (SIGINT) exits 130, removes its temporary files and keeps the old output', async () => {
    const out = dir('interrupted');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'Customer.jsonl'), 'previous\n');
    const child = spawn(process.execPath, [
      path.join(repoRoot, 'bin/fixtura.js'),
      'generate',
      shop,
      '-n',
      '20000000',
      '--out',
      out,
      '--quiet',
    ]);
    // Interrupt once the run is demonstrably writing: its staging folder exists.
    while (!existsSync(path.join(out, '.fixtura'))) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 130);
    assert.equal(readFileSync(path.join(out, 'Customer.jsonl'), 'utf8'), 'previous\n');
    assert.deepEqual(readdirSync(out), ['Customer.jsonl']);
  });

  it('an output directory that cannot be created: exit 2 with the reason, and the process ends', () => {
    const blocker = path.join(scratch, 'a-file');
    writeFileSync(blocker, 'not a directory\n');
    for (const workers of ['1', '2']) {
      // A real process with a timeout: worker threads left running would keep it alive.
      const r = spawnSync(
        process.execPath,
        [
          path.join(repoRoot, 'bin/fixtura.js'),
          'generate',
          shop,
          '-n',
          '5',
          '--workers',
          workers,
          '--out',
          path.join(blocker, 'sub'),
        ],
        { encoding: 'utf8', timeout: 30_000 },
      );
      assert.equal(r.status, 2, `workers ${workers}: ${r.stderr}`);
      assert.match(r.stderr, /cannot write the dataset to .*a-file\/sub: ENOTDIR/);
    }
  });

  it('a one-to-one reference with more children than parents, with a hint naming both counts', async () => {
    const file = path.join(scratch, 'one-to-one.yaml');
    writeFileSync(
      file,
      'entities:\n  E:\n    fields:\n      - id: integer unique\n  L:\n    fields:\n      - owner: fk(E) unique\n',
    );
    const r = await runCli([
      'generate',
      file,
      '--count',
      'E=5',
      '--count',
      'L=6',
      '--out',
      dir('never'),
      '--quiet',
    ]);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /one-to-one\.yaml:7:9: error plan\/domain-too-small: L\.owner is unique but has only 5 possible values, and 6 rows were requested/,
    );
    assert.match(
      r.stderr,
      /hint: {5}a unique reference uses each E row at most once: raise --count E=6, lower --count L=5/,
    );
  });

  it('usage errors: a missing file, an unknown format, a bad count, an unknown entity', async () => {
    assert.match(
      (await runCli(['generate', path.join(scratch, 'nope.yaml')])).stderr,
      /contract file not found/,
    );
    for (const args of [
      ['--format', 'xml'],
      ['--count', 'Customer'],
      ['--count', 'Custmer=3'],
      ['-n', 'many'],
      ['--bogus'],
    ]) {
      const r = await runCli(['generate', shop, '--out', dir('never'), ...args]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    }
    assert.match(
      (await runCli(['generate', shop, '--count', 'Custmer=3', '--out', dir('never')])).stderr,
      /did you mean "Customer"\?/,
    );
  });
});

describe('fixtura schema', () => {
  it('prints JSON Schema 2020-12 with every constraint of the shop contract', async () => {
    const r = await runCli(['schema', shop]);
    assert.equal(r.code, 0, r.stderr);
    const schema = JSON.parse(r.stdout);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(schema.$defs.Order.properties.total_eur, {
      type: 'number',
      minimum: 0,
      maximum: 99999,
      multipleOf: 0.01,
    });
    assert.deepEqual(schema.$defs.Customer.properties.birthdate, {
      type: 'string',
      format: 'date',
      formatMinimum: '1950-01-01',
      formatMaximum: '2007-12-31',
    });
    assert.deepEqual(schema.$defs.Customer.required, ['id', 'email', 'country', 'birthdate']);
    assert.equal(schema.$defs.Order.properties.customer_id['x-fixtura-fk'], 'Customer.id');
  });
});
