/**
 * Properties named `default`, `example`, `examples`, `enum`, `const`, `type`, `items` or `properties` are names,
 * not keywords: each holding a `$ref` works in `sample`, `generate` and `validate` (issue 14).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Validator, type Schema } from '@cfworker/json-schema';
import { runCli } from '../support/runCli.js';

const NAMES = ['default', 'example', 'examples', 'enum', 'const', 'type', 'items', 'properties'];
const limits: Schema = {
  type: 'object',
  required: ['n'],
  properties: { n: { type: 'integer', minimum: 1 } },
  additionalProperties: false,
};
const document = {
  openapi: '3.0.3',
  info: { title: 'keyword-named properties', version: '1' },
  paths: {},
  components: {
    schemas: {
      Limits: limits,
      Holder: {
        type: 'object',
        required: NAMES,
        properties: Object.fromEntries(NAMES.map((n) => [n, { $ref: '#/components/schemas/Limits' }])),
      },
    },
  },
};
/** The Holder as plain JSON Schema, written out by hand: every keyword-named property is a Limits. */
const holder = new Validator(
  { type: 'object', required: NAMES, properties: Object.fromEntries(NAMES.map((n) => [n, limits])) },
  '2020-12',
);

function workspace(): { dir: string; contract: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fixtura-keyword-names-'));
  const contract = path.join(dir, 'holder.openapi.json');
  writeFileSync(contract, JSON.stringify(document));
  return { dir, contract };
}

describe('a property named like a keyword', () => {
  it('is sampled through its $ref: every instance has each keyword-named property, valid', async () => {
    const { contract } = workspace();
    const r = await runCli(['sample', contract, '--pointer', '#/components/schemas/Holder', '-n', '5']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as unknown[];
    assert.equal(out.length, 5);
    for (const v of out) assert.ok(holder.validate(v).valid, JSON.stringify(v));
  });

  it('is generated and validated: the generate → validate round trip exits 0', async () => {
    const { dir, contract } = workspace();
    const out = path.join(dir, 'out');
    const g = await runCli(['generate', contract, '-n', '10', '--out', out]);
    assert.equal(g.code, 0, g.stderr);
    const rows = readFileSync(path.join(out, 'Holder.jsonl'), 'utf8').trim().split('\n');
    for (const line of rows) assert.ok(holder.validate(JSON.parse(line)).valid, line);
    const v = await runCli(['validate', contract, out]);
    assert.equal(v.code, 0, v.stderr + v.stdout);
  });

  it('is validated through its $ref: a wrong value inside `default` or `items` is found (exit 1)', async () => {
    const { dir, contract } = workspace();
    const data = path.join(dir, 'bad');
    mkdirSync(data);
    const good = Object.fromEntries(NAMES.map((n) => [n, { n: 1 }]));
    writeFileSync(path.join(data, 'Limits.jsonl'), '{"n":1}\n');
    writeFileSync(
      path.join(data, 'Holder.jsonl'),
      `${JSON.stringify({ ...good, default: { n: 0 }, items: { n: 'x' } })}\n`,
    );
    const v = await runCli(['validate', contract, data, '--format', 'json']);
    assert.equal(v.code, 1, v.stderr);
    assert.match(v.stdout, /\/default\/n/);
    assert.match(v.stdout, /\/items\/n/);
  });
});
