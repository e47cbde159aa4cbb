import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parseDsl } from '../contract/dsl/parseDsl.js';
import type { Model } from '../model/model.js';
import { validate } from './validateDataset.js';

function modelOf(text: string): Model {
  const parsed = parseDsl(text, 'bounded.contract.yaml');
  assert.equal(parsed.issues.length, 0, JSON.stringify(parsed.issues));
  return parsed.model as Model;
}

function datasetOf(rows: readonly unknown[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fixtura-bounded-'));
  const file = path.join(dir, 'T.jsonl');
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

test('a catastrophic pattern checks a long non-matching string and reports it (V8 alone would not return)', async () => {
  const model = modelOf('entities:\n  T:\n    fields:\n      - code: string(pattern=/(a+)+$/)\n');
  const file = datasetOf([{ code: `${'a'.repeat(5_000)}!` }, { code: 'aaaa' }]);
  const result = await validate(model, [{ entity: 'T', file, format: 'jsonl' }]);
  assert.deepEqual(
    result.issues.map((i) => [i.line, i.code, i.field]),
    [[1, 'schema/pattern', '/code']],
  );
});

test('many repeats of a few values report each repeat once, against the line the value first appeared on', async () => {
  const model = modelOf(
    'entities:\n  T:\n    fields:\n      - id: integer unique\n      - code: string unique\n',
  );
  const rows = Array.from({ length: 3_000 }, (_, i) => ({ id: 7, code: `c${i % 3}` }));
  const file = datasetOf(rows);
  const result = await validate(model, [{ entity: 'T', file, format: 'jsonl' }], { maxIssues: 10_000 });
  const duplicates = result.issues.filter((i) => i.code === 'unique/duplicate');
  assert.equal(result.counts['unique/duplicate'], 2_999 + 2_997);
  assert.equal(duplicates.length, 2_999 + 2_997);
  // In line order; within a line, the id (first seen on line 1) before the code (first seen on lines 1-3).
  assert.deepEqual(
    duplicates.slice(0, 4).map((i) => [i.line, i.field, i.expected]),
    [
      [2, '/id', 'a value not used before (7 is at line 1)'],
      [3, '/id', 'a value not used before (7 is at line 1)'],
      [4, '/id', 'a value not used before (7 is at line 1)'],
      [4, '/code', 'a value not used before ("c0" is at line 1)'],
    ],
  );
  const last = duplicates.filter((i) => i.line === 3_000).map((i) => i.expected);
  assert.deepEqual(last, [
    'a value not used before (7 is at line 1)',
    'a value not used before ("c2" is at line 3)',
  ]);
});
