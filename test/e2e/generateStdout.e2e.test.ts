/**
 * `fixtura generate --out -`: one entity's records on standard output, byte for byte its file, with notes on
 * standard error and nothing on disk; a contract with several entities needs --entity (docs/adr/016).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot, runCli } from '../support/runCli.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-stdout-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const shop = path.join(repoRoot, 'examples/shop.contract.yaml');
const single = path.join(scratch, 'one.contract.yaml');
writeFileSync(
  single,
  'entities:\n  Tag:\n    fields:\n      - id: string(uuid) unique\n      - label: enum[a,b,c]\n',
);
/** A working directory of its own, to show that --out - leaves nothing in it. */
const cwd = mkdtempSync(path.join(scratch, 'cwd-'));

async function fileOf(contract: string, entity: string, ...args: string[]): Promise<string> {
  const out = mkdtempSync(path.join(scratch, 'out-'));
  const r = await runCli(['generate', contract, '--out', out, '--quiet', ...args]);
  assert.equal(r.code, 0, r.stderr);
  return readFileSync(path.join(out, entity), 'utf8');
}

describe('fixtura generate --out -', () => {
  it("writes a one-entity contract's records as JSON Lines, the same bytes as its file, and nothing on disk", async () => {
    const r = await runCli(['generate', single, '--out', '-', '-n', '25', '--seed', 's'], cwd);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, await fileOf(single, 'Tag.jsonl', '-n', '25', '--seed', 's'));
    assert.equal(r.stdout.split('\n').length, 26);
    assert.match(r.stderr, /25 Tag rows → standard output \(seed "s", \d+ ms\)/);
    assert.deepEqual(readdirSync(cwd), []);
  });

  it('writes the entity --entity names, in the chosen format, as its file', async () => {
    const jsonl = await runCli(
      ['generate', shop, '--out', '-', '--entity', 'Order', '-n', '40', '--quiet'],
      cwd,
    );
    assert.deepEqual([jsonl.code, jsonl.stderr], [0, '']);
    assert.equal(jsonl.stdout, await fileOf(shop, 'Order.jsonl', '-n', '40'));
    const csv = await runCli(
      ['generate', shop, '--out', '-', '--entity', 'Customer', '--format', 'csv', '-n', '9'],
      cwd,
    );
    assert.equal(csv.code, 0, csv.stderr);
    assert.equal(csv.stdout, await fileOf(shop, 'Customer.csv', '--format', 'csv', '-n', '9'));
    assert.deepEqual(readdirSync(cwd), []);
  });

  it('refuses a contract with several entities without --entity, naming them', async () => {
    const r = await runCli(['generate', shop, '--out', '-'], cwd);
    assert.deepEqual([r.code, r.stdout], [2, '']);
    assert.match(r.stderr, /--out - writes one entity's records, and the contract has 2/);
    assert.match(r.stderr, /entities: Customer, Order/);
    assert.match(r.stderr, /hint: +e\.g\. --out - --entity Customer/);
  });

  it('refuses an unknown --entity with the name meant, --entity without --out -, and --profile negative', async () => {
    const typo = await runCli(['generate', shop, '--out', '-', '--entity', 'Ordr'], cwd);
    assert.match(typo.stderr, /did you mean "Order"\?/);
    const alone = await runCli(['generate', shop, '--entity', 'Order'], cwd);
    assert.match(alone.stderr, /--entity chooses the entity --out - writes/);
    const negative = await runCli(
      ['generate', shop, '--out', '-', '--entity', 'Order', '--profile', 'negative'],
      cwd,
    );
    assert.match(negative.stderr, /cannot go to standard output/);
    assert.deepEqual([typo.code, alone.code, negative.code], [2, 2, 2]);
    assert.deepEqual([typo.stdout, alone.stdout, negative.stdout], ['', '', '']);
    assert.deepEqual(readdirSync(cwd), []);
  });

  it('stops quietly, exit 0, when the reader goes away (| head -1)', () => {
    const cli = path.join(repoRoot, 'bin/fixtura.js');
    const r = spawnSync(
      'bash',
      [
        '-c',
        `node '${cli}' generate '${shop}' --out - --entity Order -n 300000 | head -1; echo "exit \${PIPESTATUS[0]}" >&2`,
      ],
      { cwd, encoding: 'utf8' },
    );
    assert.equal(r.stdout.split('\n').length, 2, r.stdout.slice(0, 200));
    assert.match(r.stderr, /exit 0\n$/);
    assert.doesNotMatch(r.stderr, /internal error|Error:/);
  });
});
