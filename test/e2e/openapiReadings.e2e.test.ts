/**
 * How OpenAPI documents are read, end to end: `nullable` strictly by default (null only beside `type`, an
 * enum still applying) and loosely on `--nullable loose`, in sample, generate and validate alike; the negative
 * profile on an object that may be null; a oneOf with a discriminator mapping in generate; which components
 * become tables.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot, runCli } from '../support/runCli.js';
import { readJsonl } from '../support/readJsonl.js';

const fixture = (name: string): string => path.join(repoRoot, 'test/fixtures', name);
const example = (name: string): string => path.join(repoRoot, 'examples', name);
const accounts = example('accounts.openapi.yaml');
const accounts31 = fixture('accounts.openapi31.yaml');
const drawings = example('drawings.openapi.yaml');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-readings-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

type Account = Record<string, unknown>;

async function sampleAccounts(...extra: string[]): Promise<Account[]> {
  const r = await runCli(['sample', accounts, '--operation', 'createAccount', '-n', '300', ...extra]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Account[];
}

const nulls = (records: Account[], field: string): number => records.filter((a) => a[field] === null).length;

const rows = (file: string): Account[] => readJsonl<Account>(file);

describe('OpenAPI 3.0 nullable readings', () => {
  it('sample adds null only beside type by default, and only where an enum lists it', async () => {
    const records = await sampleAccounts();
    assert.ok(nulls(records, 'nickname') > 0, 'nullable beside type admits null');
    assert.ok(nulls(records, 'tier') > 0, 'an enum that lists null admits it');
    assert.equal(nulls(records, 'status'), 0, 'an enum without null keeps null out');
    assert.equal(nulls(records, 'billing'), 0, 'nullable beside $ref is ignored, as $ref siblings are');
    assert.equal(nulls(records, 'shipping'), 0, 'nullable beside allOf has no type to add null to');
  });

  it('sample admits null beside $ref, allOf and past an enum under --nullable loose', async () => {
    const records = await sampleAccounts('--nullable', 'loose');
    for (const field of ['nickname', 'tier', 'status', 'billing', 'shipping'])
      assert.ok(nulls(records, field) > 0, `${field} is sometimes null`);
  });

  it('validate accepts null beside $ref only under the loose reading; generated data passes both', async () => {
    const out = path.join(scratch, 'accounts');
    const g = await runCli(['generate', accounts, '-n', '50', '--out', out, '--quiet']);
    assert.equal(g.code, 0, g.stderr);
    assert.equal(nulls(rows(path.join(out, 'Account.jsonl')), 'status'), 0);
    for (const reading of ['strict', 'loose']) {
      const v = await runCli(['validate', accounts, out, '--nullable', reading]);
      assert.equal(v.code, 0, `${reading}: ${v.stdout}${v.stderr}`);
    }
    const file = path.join(out, 'Account.jsonl');
    const [first, ...rest] = rows(file);
    const edited = { ...first, billing: null, status: null };
    writeFileSync(file, [edited, ...rest].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const strict = await runCli(['validate', accounts, out]);
    assert.equal(strict.code, 1, strict.stdout + strict.stderr);
    assert.match(strict.stdout, /billing/);
    assert.match(strict.stdout, /status/);
    const loose = await runCli(['validate', accounts, out, '--nullable', 'loose']);
    assert.equal(loose.code, 0, loose.stdout + loose.stderr);
  });

  it('refuses an unknown --nullable reading, suggesting the near one', async () => {
    const r = await runCli(['sample', accounts, '--operation', 'createAccount', '--nullable', 'lose']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown --nullable "lose"/);
    assert.match(r.stderr, /where: +--nullable/);
    assert.match(r.stderr, /expected: strict or loose/);
    assert.match(r.stderr, /did you mean "loose"\?/);
  });
});

describe('sample --profile negative on an object that may be null', () => {
  const cases: [string, string, string[]][] = [
    ['3.0 allOf + nullable, strict', accounts, []],
    ['3.0 allOf + nullable, loose', accounts, ['--nullable', 'loose']],
    ['3.1 type [object, null]', accounts31, []],
  ];
  for (const [label, doc, extra] of cases)
    it(`breaks each rule of the object whatever record the seed starts from (${label})`, async () => {
      // Several seeds: the crash came when the seed's valid record was null.
      for (const seed of ['1', '2', '3', '4']) {
        const r = await runCli([
          'sample',
          doc,
          '--operation',
          'updateAddress',
          '--profile',
          'negative',
          '-n',
          '50',
          '--seed',
          seed,
          ...extra,
        ]);
        assert.equal(r.code, 0, `seed ${seed}: ${r.stderr}`);
        const broken = r.stdout
          .trimEnd()
          .split('\n')
          .map((l) => (JSON.parse(l) as { violates: { keyword: string; path: string } }).violates);
        for (const [keyword, where] of [
          ['required', '/city'],
          ['maxLength', '/city'],
          ['pattern', '/zip'],
        ])
          assert.ok(
            broken.some((v) => v.keyword === keyword && v.path === where),
            `seed ${seed}: ${keyword} at ${where} in ${JSON.stringify(broken)}`,
          );
      }
    });
});

describe('generate on components', () => {
  const out = path.join(scratch, 'drawings');

  it('generates a oneOf with a discriminator mapping, each value of the branch its key names', async () => {
    const g = await runCli(['generate', drawings, '-n', '40', '--out', out, '--quiet']);
    assert.equal(g.code, 0, g.stderr);
    const shapes = rows(path.join(out, 'Drawing.jsonl')).map((d) => d.shape as Account);
    assert.ok(shapes.some((s) => s.kind === 'circle' && typeof s.radius === 'number'));
    assert.ok(shapes.some((s) => s.kind === 'square' && Number.isInteger(s.side)));
    assert.ok(shapes.every((s) => (s.kind === 'circle') === 'radius' in s));
    const v = await runCli(['validate', drawings, out]);
    assert.equal(v.code, 0, v.stdout + v.stderr);
  });

  it('makes tables of returned, foreign-key and declared components; nested ones stay inside', () => {
    const tables = readdirSync(out)
      .filter((f) => f.endsWith('.jsonl'))
      .sort();
    assert.deepEqual(tables, ['Artist.jsonl', 'Drawing.jsonl', 'Palette.jsonl']);
  });

  it('makes a table of a request body component, not of the component it is composed of', async () => {
    const o = path.join(scratch, 'accounts-tables');
    const g = await runCli(['generate', accounts, '-n', '5', '--out', o, '--quiet']);
    assert.equal(g.code, 0, g.stderr);
    assert.ok(existsSync(path.join(o, 'Account.jsonl')));
    assert.ok(existsSync(path.join(o, 'AddressUpdate.jsonl')));
    assert.equal(existsSync(path.join(o, 'Address.jsonl')), false);
  });
});
