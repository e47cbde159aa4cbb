/**
 * @module The empty string survives a CSV round trip: `generate --format csv` writes it as a quoted empty cell
 * and `validate` reads that back as "", while an unquoted empty cell stays null or absent (found by the fuzzer:
 * a required string(len<=1) field read back as absent).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { runCli } from '../support/runCli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'fixtura-csv-empty-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const contract = `entities:
  T:
    fields:
      - id: integer unique
      - s: string(len>=0,len<=1)
      - note: string(len>=0,len<=1) optional
`;

test('a generated empty string is written as "" and validates, in every row', async () => {
  writeFileSync(path.join(dir, 't.contract.yaml'), contract);
  const generated = await runCli(
    [
      'generate',
      path.join(dir, 't.contract.yaml'),
      '--format',
      'csv',
      '--out',
      'out',
      '-n',
      '200',
      '--quiet',
    ],
    dir,
  );
  assert.equal(generated.code, 0, generated.stderr);
  const lines = readFileSync(path.join(dir, 'out', 'T.csv'), 'utf8').split('\n');
  assert.ok(
    lines.some((l) => /^\d+,"",/.test(l)),
    'some row has the empty string in s',
  );
  const validated = await runCli(['validate', 't.contract.yaml', 'out'], dir);
  assert.equal(validated.code, 0, validated.stdout + validated.stderr);
});

test('an unquoted empty cell is absent and a quoted one is the empty string', async () => {
  writeFileSync(path.join(dir, 't.contract.yaml'), contract);
  writeFileSync(path.join(dir, 'T.csv'), 'id,s,note\n1,"",\n2,,""\n');
  const result = await runCli(['validate', 't.contract.yaml', 'T.csv', '--format', 'json'], dir);
  assert.equal(result.code, 1, result.stderr);
  const issues = (JSON.parse(result.stdout) as { issues: { line: number; code: string; field: string }[] })
    .issues;
  // Row 1 holds "" in s and leaves out the optional note: valid. Row 2 leaves out the required s.
  assert.deepEqual(
    issues.map((i) => [i.line, i.code, i.field]),
    [[3, 'schema/required', '/s']],
  );
});
