/**
 * `fixtura validate --report FILE`: the HTML report is written whole beside the usual output, the exit code
 * still says whether the data is valid, and a report that cannot be written is exit 2 with the reason.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot, runCli } from '../support/runCli.js';

const shop = path.join(repoRoot, 'examples/shop.contract.yaml');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-validate-report-'));
const data = path.join(scratch, 'data');
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('fixtura validate --report', () => {
  before(async () => {
    const r = await runCli([
      'generate',
      shop,
      '--seed',
      'report',
      '--count',
      'Customer=20',
      '--count',
      'Order=60',
      '--out',
      data,
      '--quiet',
    ]);
    assert.equal(r.code, 0, r.stderr);
  });

  it('writes the report beside the usual output, and the exit code still says whether the data is valid', async () => {
    const dir = path.join(scratch, 'valid');
    mkdirSync(dir);
    const valid = await runCli(['validate', shop, data, '--report', path.join(dir, 'report.html')]);
    assert.equal(valid.code, 0, valid.stderr);
    assert.match(valid.stdout, /^valid: 20 Customer, 60 Order$/m);
    assert.match(readFileSync(path.join(dir, 'report.html'), 'utf8'), /^<!doctype html>\n/);
    assert.deepEqual(readdirSync(dir), ['report.html'], 'no temporary file is left behind');

    const broken = path.join(scratch, 'broken');
    mkdirSync(broken);
    const orders = readFileSync(path.join(data, 'Order.jsonl'), 'utf8');
    writeFileSync(path.join(broken, 'Customer.jsonl'), readFileSync(path.join(data, 'Customer.jsonl')));
    writeFileSync(path.join(broken, 'Order.jsonl'), orders.replace(/"status":"\w+"/, '"status":"PAYED"'));
    const invalid = await runCli(
      ['validate', shop, broken, '--format', 'junit', '--report', 'report.html'],
      broken,
    );
    assert.equal(invalid.code, 1, invalid.stderr);
    assert.match(invalid.stdout, /^<\?xml/);
    assert.match(readFileSync(path.join(broken, 'report.html'), 'utf8'), /<tr data-code="schema\/enum">/);
  });

  it('refuses a report path it cannot write, before validating, with exit 2', async () => {
    const missing = await runCli(['validate', shop, data, '--report', path.join(scratch, 'nope', 'r.html')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--report .*r\.html: there is no directory .*nope to write it in/);
    assert.equal(missing.stdout, '');
    const directory = await runCli(['validate', shop, data, '--report', scratch]);
    assert.equal(directory.code, 2);
    assert.match(directory.stderr, /is a directory; name the HTML file to write/);
  });

  it('reports a failed write with exit 2 and the reason, after printing the validation', async () => {
    const tooLong = path.join(scratch, `${'x'.repeat(300)}.html`);
    const r = await runCli(['validate', shop, data, '--report', tooLong]);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^valid: 20 Customer, 60 Order$/m);
    assert.match(r.stderr, /^fixtura validate: cannot write the report .*x\.html: ENAMETOOLONG/);
  });
});
