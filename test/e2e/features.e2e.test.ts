/**
 * The features example (every DSL feature) through the command: every record of every file validates against
 * the schema `fixtura schema` prints (Ajv, draft 2020-12), every reference resolves, no unique value repeats.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { repoRoot, runCli } from '../support/runCli.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-features-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

type Schema = { properties: Record<string, { 'x-fixtura-fk'?: string; 'x-fixtura-unique'?: boolean }> };

it('the features example validates against its own schema, with references and uniqueness intact', async () => {
  const contract = path.join(repoRoot, 'examples/features.contract.yaml');
  const schemaRun = await runCli(['schema', contract]);
  assert.equal(schemaRun.code, 0, schemaRun.stderr);
  const { $id: _id, ...schema } = JSON.parse(schemaRun.stdout) as {
    $id: string;
    $defs: Record<string, Schema>;
  };
  const generated = await runCli([
    'generate',
    contract,
    '--seed',
    'e2e',
    '-n',
    '2000',
    '--count',
    'Company=500',
    '--out',
    scratch,
    '--quiet',
  ]);
  assert.equal(generated.code, 0, generated.stderr);

  const ajv = new Ajv2020({ allErrors: true, strict: true, multipleOfPrecision: 6 });
  for (const keyword of ['x-fixtura-fk', 'x-fixtura-unique', 'x-fixtura-key']) ajv.addKeyword(keyword);
  addFormats.default(ajv, { keywords: true });

  const data = new Map<string, Record<string, unknown>[]>();
  for (const entity of Object.keys(schema.$defs)) {
    const lines = readFileSync(path.join(scratch, `${entity}.jsonl`), 'utf8')
      .trimEnd()
      .split('\n');
    data.set(
      entity,
      lines.map((l) => JSON.parse(l) as Record<string, unknown>),
    );
  }
  for (const [entity, rows] of data) {
    const validate = ajv.compile({ ...schema, $ref: `#/$defs/${entity}` });
    rows.forEach((row, i) =>
      assert.ok(validate(row), `${entity}.jsonl:${i + 1}: ${ajv.errorsText(validate.errors)}`),
    );
    for (const [field, property] of Object.entries((schema.$defs[entity] as Schema).properties)) {
      const values = rows.map((r) => r[field]).filter((v) => v !== undefined && v !== null);
      if (property['x-fixtura-unique'])
        assert.equal(new Set(values).size, values.length, `${entity}.${field} repeats`);
      const target = property['x-fixtura-fk'];
      if (target) {
        const [parent, key] = target.split('.') as [string, string];
        const keys = new Set((data.get(parent) ?? []).map((r) => r[key]));
        for (const v of values) assert.ok(keys.has(v), `${entity}.${field}=${String(v)} has no ${target}`);
      }
    }
  }
  assert.deepEqual(
    [...data].map(([e, rows]) => [e, rows.length]),
    [
      ['Company', 500],
      ['Employee', 2000],
      ['Laptop', 2000],
      ['Ticket', 2000],
    ],
  );
});
