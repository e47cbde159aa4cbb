/**
 * `fixtura sample --all` on a document whose schemas have conflicts only where they can be left out, a
 * lookahead inside a repeated group, a pattern valid only without the `u` flag and overlapping oneOf branches:
 * every schema gets instances (exit 0), each judged by @cfworker/json-schema, configured apart (issue 14).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Validator, type Schema } from '@cfworker/json-schema';
import { runCli } from '../support/runCli.js';

const schemas: Record<string, Schema> = {
  Name: {
    type: 'object',
    properties: { gender: { type: 'string', enum: ['MALE', 'FEMALE'], maxLength: 1 } },
  },
  Names: { type: 'array', items: { $ref: '#/components/schemas/Name' } },
  Holder: { type: 'object', properties: { code: { type: 'string', minLength: 2, maxLength: 1 } } },
  Strict: {
    type: 'array',
    items: {
      type: 'object',
      required: ['code'],
      properties: { code: { type: 'string', minLength: 2, maxLength: 1 } },
    },
  },
  Host: { type: 'string', pattern: '^((?!-)[a-z]+\\.)+[a-z]+$', maxLength: 64 },
  All: { type: 'string', pattern: '^[\\p{all}]{1,8}$' },
  Either: {
    type: 'object',
    oneOf: [
      { properties: { kind: { const: 'a' } } },
      { required: ['x'], properties: { x: { type: 'integer' } } },
    ],
  },
};
// OpenAPI 3.1: its schemas are JSON Schema 2020-12, so the judge reads them as written.
const document = {
  openapi: '3.1.0',
  info: { title: 'refuse only the impossible', version: '1' },
  paths: {},
  components: { schemas },
};

describe('fixtura sample --all refuses only what has no instance', () => {
  it('gives 5 valid instances of every schema: optional conflicts left out, [] for impossible items', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fixtura-impossible-'));
    const file = path.join(dir, 'api.json');
    writeFileSync(file, JSON.stringify(document));
    const r = await runCli(['sample', file, '--all', '-n', '5', '--seed', 'issue14']);
    assert.equal(r.code, 0, r.stdout.slice(0, 2000) + r.stderr);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    for (const name of Object.keys(schemas)) {
      const instances = out[`#/components/schemas/${name}`];
      assert.ok(Array.isArray(instances) && instances.length === 5, `${name}: ${JSON.stringify(instances)}`);
      if (name === 'All') {
        // The judge compiles with `u` and rejects the pattern; Annex B's reading, without `u`, is the one chosen.
        const annexB = new RegExp(String(schemas.All?.pattern));
        for (const v of instances) assert.match(String(v), annexB);
        continue;
      }
      const judge = new Validator(
        { $ref: `https://judge.invalid/api.json#/components/schemas/${name}` },
        '2020-12',
      );
      judge.addSchema(document as unknown as Schema, 'https://judge.invalid/api.json');
      for (const v of instances) assert.ok(judge.validate(v).valid, `${name}: ${JSON.stringify(v)}`);
    }
    assert.deepEqual(out['#/components/schemas/Strict'], [[], [], [], [], []]);
    const either = out['#/components/schemas/Either'] as Record<string, unknown>[];
    assert.ok(
      either.some((v) => 'x' in v),
      `the oneOf branch with x is reached: ${JSON.stringify(either)}`,
    );
  });

  // ADR 022: an optional property no value fits is left out of every record, with a located warning.
  it('generate leaves out an optional string property whose minLength is above its maxLength, with a located warning, instead of writing ""', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fixtura-impossible-'));
    const file = path.join(dir, 'api.json');
    writeFileSync(file, JSON.stringify({ ...document, components: { schemas: { Holder: schemas.Holder } } }));
    const r = await runCli(['generate', file, '-n', '5', '--out', path.join(dir, 'out')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stderr,
      /warning plan\/optional-left-out: Holder\.code is optional .*minLength 2 is above maxLength 1/,
    );
    const rows = readFileSync(path.join(dir, 'out', 'Holder.jsonl'), 'utf8')
      .trim()
      .split('\n');
    for (const row of rows) assert.deepEqual(Object.keys(JSON.parse(row) as object), []);
  });

  it('still refuses a conflict in a required property, naming both keywords by pointer', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fixtura-impossible-'));
    const file = path.join(dir, 'api.json');
    const broken = { type: 'object', required: ['code'], properties: schemas.Holder?.properties };
    writeFileSync(file, JSON.stringify({ ...document, components: { schemas: { Broken: broken } } }));
    const r = await runCli(['sample', file, '--pointer', '#/components/schemas/Broken']);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, /#\/components\/schemas\/Broken\/properties\/code\/minLength/);
    assert.match(r.stderr, /#\/components\/schemas\/Broken\/properties\/code\/maxLength/);
  });

  it('refuses an optional property that is a $ref to nothing, naming the $ref, whatever the draws (ADR 013)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fixtura-impossible-'));
    const file = path.join(dir, 'api.json');
    const pet = { type: 'object', properties: { owner: { $ref: '#/components/schemas/Nobody' } } };
    writeFileSync(file, JSON.stringify({ ...document, components: { schemas: { Pet: pet } } }));
    // Several seeds: before, a draw that left the property out printed [{}], and only the others refused.
    for (const seed of ['a', 'b', 'c', 'd']) {
      const r = await runCli(['sample', file, '--pointer', '#/components/schemas/Pet', '--seed', seed]);
      assert.equal(r.code, 2, `${seed}: ${r.stdout}`);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /schema\/unresolvable-ref/);
      assert.match(r.stderr, /#\/components\/schemas\/Pet\/properties\/owner\/\$ref/);
    }
  });
});
