/**
 * Profiles (docs/profiles.md): `--profile edge` hits every coverage target of the contract in a few rows,
 * all valid; `mixed:edge=S` spreads a share of edge rows through realistic data; presets pick a profile and
 * counts; everything stays deterministic. Coverage and validity are judged here independently: targets by
 * `hitsTarget` and child counts, records by @hyperjump/json-schema against `fixtura schema`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { coverageTargets, hitsTarget } from '../../src/model/coverageTargets.js';
import { loadContract } from '../../src/contract/loadContract.js';
import type { Model } from '../../src/model/model.js';
import { DIALECT, independentValidator } from '../support/independentValidator.js';
import { repoRoot, runCli } from '../support/runCli.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-profiles-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const shop = path.join(repoRoot, 'examples/shop.contract.yaml');
const edgeContract = path.join(repoRoot, 'test/fixtures/edge.contract.yaml');

type Row = Record<string, unknown>;
const rows = (dir: string, entity: string): Row[] =>
  readFileSync(path.join(dir, `${entity}.jsonl`), 'utf8')
    .trimEnd()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Row);

/** The targets a dataset misses, judged without the engine. */
function missed(model: Model, dir: string): string[] {
  const data = Object.fromEntries(model.entities.map((e) => [e.name, rows(dir, e.name)]));
  return coverageTargets(model)
    .filter((t) => {
      const own = data[t.entity] as Row[];
      if (!t.kind.startsWith('parent-')) return !own.some((r) => hitsTarget(t, t.field in r, r[t.field]));
      const fk = model.entities
        .find((e) => e.name === t.entity)
        ?.fields.find((f) => f.name === t.field)?.type;
      if (fk?.kind !== 'fk') return true;
      const children = new Map((data[fk.entity] as Row[]).map((p) => [p[fk.field], 0]));
      for (const r of own)
        if (r[t.field] != null) children.set(r[t.field], (children.get(r[t.field]) ?? 0) + 1);
      const counts = [...children.values()];
      if (t.kind === 'parent-without-children') return !counts.includes(0);
      if (t.kind === 'parent-with-one-child') return !counts.includes(1);
      return !counts.some((c) => c >= 2);
    })
    .map((t) => t.id);
}

async function generate(contract: string, name: string, ...args: string[]): Promise<string> {
  const out = path.join(scratch, name);
  const r = await runCli(['generate', contract, '--out', out, '--quiet', ...args]);
  assert.equal(r.code, 0, r.stderr);
  return out;
}

/** Every record valid under the independent validator, against the contract's exported schema. */
async function assertValid(contract: string, model: Model, dir: string): Promise<void> {
  // Without its own $id, the schema's $defs are reached under the URI the validator registers it at.
  const { $id: _id, ...schema } = JSON.parse((await runCli(['schema', contract])).stdout) as Record<
    string,
    unknown
  >;
  // multipleOf 0.1 is judged in floating point by the validator (-5 / 0.1 is not a whole number there); the
  // decimals are checked exactly on the JSON text instead.
  const decimals = new Map<string, number>();
  for (const [entity, def] of Object.entries(
    schema.$defs as Record<string, { properties: Record<string, Record<string, unknown>> }>,
  ))
    for (const [name, property] of Object.entries(def.properties)) {
      const step = property.multipleOf;
      if (typeof step !== 'number' || !/^1e-\d+$|^0\.0*1$/.test(String(step))) continue;
      decimals.set(`${entity}.${name}`, Math.round(-Math.log10(step)));
      delete property.multipleOf;
    }
  const fragments = model.entities.map((e) => `#/$defs/${e.name}`);
  const validator = await independentValidator(schema, DIALECT.draft2020_12, fragments);
  try {
    for (const e of model.entities)
      for (const [i, r] of rows(dir, e.name).entries()) {
        const verdict = validator.check(r, `#/$defs/${e.name}`);
        assert.ok(verdict.valid, `${e.name}:${i + 1} ${verdict.errors.join('; ')}`);
        for (const [name, value] of Object.entries(r)) {
          const n = decimals.get(`${e.name}.${name}`);
          if (n !== undefined && typeof value === 'number')
            assert.ok((String(value).split('.')[1] ?? '').length <= n, `${e.name}:${i + 1} ${name}=${value}`);
        }
      }
  } finally {
    validator.release();
  }
  const v = await runCli(['validate', contract, dir]);
  assert.equal(v.code, 0, v.stdout.split('\n').slice(-12).join('\n'));
}

describe('profiles', () => {
  it('edge: the shop contract hits every coverage target in at most 64 rows per entity, every row valid', async () => {
    const model = (await loadContract(shop)).model as Model;
    const out = await generate(shop, 'shop-edge', '--profile', 'edge');
    assert.deepEqual(missed(model, out), []);
    for (const e of model.entities) assert.ok(rows(out, e.name).length <= 64, e.name);
    assert.ok(coverageTargets(model).length >= 18);
    await assertValid(shop, model, out);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      generation: { profile?: string };
    };
    assert.equal(manifest.generation.profile, 'edge');
    // fixtura coverage agrees: every target hit.
    const coverage = await runCli(['coverage', shop, out, '--min', '100']);
    assert.equal(coverage.code, 0, coverage.stderr);
    assert.match(coverage.stdout, /total +18\/18 targets \(100\.0%\)/);
  });

  it('edge: free text gets its bounds and the hard strings that fit, nulls and absences, unique bounds once', async () => {
    const model = (await loadContract(edgeContract)).model as Model;
    const out = await generate(edgeContract, 'edge', '--profile', 'edge');
    assert.deepEqual(missed(model, out), []);
    await assertValid(edgeContract, model, out);
    const accounts = rows(out, 'Account');
    assert.ok(accounts.length <= 64);
    const notes = accounts.map((a) => a.note);
    for (const hard of [
      '😀👍🏽',
      'שלום עולם',
      "'; DROP TABLE users; --",
      '<script>alert(1)</script>',
      'e\u0301e\u0301',
    ])
      assert.ok(notes.includes(hard), `note ${hard}`);
    assert.ok(
      accounts.some((a) => typeof a.bio === 'string' && [...a.bio].length >= 4096),
      'a very long bio',
    );
    assert.ok(
      accounts.some((a) => a.handle === 'L') && accounts.some((a) => [...String(a.handle)].length === 12),
    );
    const ids = accounts.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length, 'unique ids stay unique');
    for (const id of [100, 101, 998, 999]) assert.ok(ids.includes(id), `id ${id}`);
    assert.ok(rows(out, 'Post').some((p) => p.account_id === null));
  });

  it('edge: a json field of an OpenAPI contract takes its schema edge instances, all valid', async () => {
    const pets = path.join(repoRoot, 'test/fixtures/pets.openapi.yaml');
    const out = await generate(pets, 'pets-edge', '--profile', 'edge');
    const v = await runCli(['validate', pets, out]);
    assert.equal(v.code, 0, v.stdout.split('\n').slice(-8).join('\n'));
    const owners = rows(out, 'Pet').map((p) => JSON.stringify(p.owner ?? null));
    // The owner object with its optional keys absent, with an empty list of pets, and with pets.
    assert.ok(owners.includes('{}'), owners.join(' | '));
    assert.ok(owners.some((o) => o.includes('"pets":[]')));
    assert.ok(owners.some((o) => o.includes('"pets":[{')));
  });

  it('is deterministic: same bytes for any worker count and batch size', async () => {
    const a = await generate(
      edgeContract,
      'det-a',
      '--profile',
      'mixed:edge=0.3',
      '-n',
      '500',
      '--workers',
      '1',
    );
    const b = await generate(
      edgeContract,
      'det-b',
      '--profile',
      'mixed:edge=0.3',
      '-n',
      '500',
      '--workers',
      '2',
      '--batch-size',
      '37',
    );
    for (const e of ['Account', 'Post'])
      assert.equal(
        readFileSync(path.join(a, `${e}.jsonl`), 'utf8'),
        readFileSync(path.join(b, `${e}.jsonl`), 'utf8'),
      );
  });

  it('mixed:edge=0.1 makes a tenth of a realistic dataset edge rows, evenly, and covers every target', async () => {
    const model = (await loadContract(shop)).model as Model;
    const out = await generate(shop, 'mixed', '--profile', 'mixed:edge=0.1', '-n', '1000');
    assert.deepEqual(missed(model, out), []);
    const orders = rows(out, 'Order');
    // 100 edge rows cycle through the 4 boundaries of total_eur: 25 each (realistic draws never land on them).
    for (const bound of [0, 0.01, 99998.99, 99999])
      assert.equal(orders.filter((o) => o.total_eur === bound).length, 25, `total_eur ${bound}`);
    await assertValid(shop, model, out);
    const realistic = await generate(shop, 'plain', '-n', '1000');
    const plainOrders = rows(realistic, 'Order');
    const same = orders.filter((o, i) => JSON.stringify(o) === JSON.stringify(plainOrders[i])).length;
    assert.ok(same >= 850 && same <= 900, `${same} rows as in the realistic profile`);
  });

  it('presets: pr is small and covers everything, a contract can redefine it, unknown names are refused', async () => {
    const model = (await loadContract(shop)).model as Model;
    const pr = await generate(shop, 'pr', '--profile', 'pr');
    assert.equal(rows(pr, 'Customer').length, 50);
    assert.deepEqual(missed(model, pr), []);
    const manifest = JSON.parse(readFileSync(path.join(pr, 'manifest.json'), 'utf8')) as {
      generation: { profile?: string; preset?: string };
    };
    assert.deepEqual([manifest.generation.profile, manifest.generation.preset], ['edge', 'pr']);
    const own = path.join(scratch, 'own.contract.yaml');
    writeFileSync(
      own,
      `profiles:\n  pr: { profile: "mixed:edge=0.5", count: 8, counts: { Order: 12 } }\n${readFileSync(shop, 'utf8')}`,
    );
    const mine = await generate(own, 'own', '--profile', 'pr');
    assert.deepEqual([rows(mine, 'Customer').length, rows(mine, 'Order').length], [8, 12]);
    const bad = await runCli(['generate', shop, '--profile', 'nightlly', '--out', path.join(scratch, 'x')]);
    assert.equal(bad.code, 2);
    assert.match(
      bad.stderr,
      /plan\/unknown-profile: --profile: unknown profile "nightlly"[^]*a preset: pr, nightly/,
    );
    writeFileSync(own, `profiles:\n  pr: { profile: wild, cnt: 3 }\n${readFileSync(shop, 'utf8')}`);
    const located = await runCli(['generate', own, '--out', path.join(scratch, 'x')]);
    assert.match(located.stderr, /:2:18: error dsl\/invalid-profiles: preset "pr": unknown profile "wild"/);
    assert.match(
      located.stderr,
      /:2:24: error dsl\/invalid-profiles: preset "pr" has an unknown key "cnt"[^]*did you mean "count"/,
    );
  });
});
