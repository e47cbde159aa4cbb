/**
 * An OpenAPI document as a contract: `fixtura generate` writes one file per table component, relations
 * declared with x-fixtura-fk resolve, nested values validate, and `fixtura validate` agrees — checked here
 * independently of Fixtura's validator too.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { Validator } from '@cfworker/json-schema';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { repoRoot, runCli } from '../support/runCli.js';
import { readJsonl } from '../support/readJsonl.js';

const store = path.join(repoRoot, 'test/fixtures/store.openapi.yaml');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-openapi-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const rows = (file: string): Record<string, unknown>[] => readJsonl(file);

/** Writes an OpenAPI 3.0 document holding only these component schemas. */
function writeComponents(file: string, schemas: Record<string, unknown>): void {
  const document = {
    openapi: '3.0.3',
    info: { title: 'components', version: '1' },
    paths: {},
    components: { schemas },
  };
  writeFileSync(file, JSON.stringify(document));
}

describe('an OpenAPI document as a contract', () => {
  it('generates a table per top-level component, with relations that resolve and values that validate', async () => {
    const out = path.join(scratch, 'store');
    const g = await runCli(['generate', store, '--out', out, '--seed', 'api', '--quiet']);
    assert.equal(g.code, 0, g.stderr);
    const customers = rows(path.join(out, 'Customer.jsonl'));
    const orders = rows(path.join(out, 'Order.jsonl'));
    assert.equal(customers.length, 40);
    assert.equal(orders.length, 120);
    // Line is only ever an order's line: a nested value of Order, not a table of its own.
    assert.equal(existsSync(path.join(out, 'Line.jsonl')), false);
    const ids = new Set(customers.map((c) => c.id));
    assert.ok(
      orders.every((o) => ids.has(o.customer_id)),
      'every customer_id is a generated customer',
    );
    assert.equal(new Set(customers.map((c) => c.email)).size, 40, 'x-fixtura-unique holds');
    // An independent check of nested values: the Line schema, written out by hand.
    const line = new Validator({
      type: 'object',
      required: ['sku', 'quantity'],
      properties: {
        sku: { type: 'string', pattern: '^SKU-[0-9]{6}$' },
        quantity: { type: 'integer', minimum: 1, maximum: 9 },
        note: { type: ['string', 'null'], maxLength: 30 },
      },
    });
    for (const o of orders) {
      const lines = o.lines as unknown[];
      assert.ok(Array.isArray(lines) && lines.length >= 1 && lines.length <= 4);
      for (const l of lines) assert.ok(line.validate(l).valid, JSON.stringify(l));
      assert.ok(Number.isInteger(Math.round((o.total as number) * 100)) && (o.total as number) <= 5000);
    }
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      contract: { name: string; version: string };
    };
    assert.deepEqual([manifest.contract.name, manifest.contract.version], ['store', '2.1.0']);
    const v = await runCli(['validate', store, out]);
    assert.equal(v.code, 0, v.stdout + v.stderr);
    assert.match(v.stdout, /^valid: 40 Customer, 120 Order$/m);
  });

  it('is deterministic: the same seed gives the same bytes', async () => {
    const a = path.join(scratch, 'a');
    const b = path.join(scratch, 'b');
    for (const out of [a, b])
      assert.equal((await runCli(['generate', store, '--out', out, '--seed', 's', '--quiet'])).code, 0);
    for (const f of ['Customer.jsonl', 'Order.jsonl'])
      assert.equal(readFileSync(path.join(a, f), 'utf8'), readFileSync(path.join(b, f), 'utf8'));
  });

  it('refuses to generate from objects without properties, naming one by pointer (clarify.io, a corpus finding)', async () => {
    const file = path.join(scratch, 'propertyless.json');
    writeComponents(file, {
      Bundle: { $ref: '#/components/schemas/object' },
      object: { type: 'object' },
      Name: { type: 'string' },
    });
    const g = await runCli([
      'generate',
      file,
      '-n',
      '2',
      '--out',
      path.join(scratch, 'propertyless'),
      '--quiet',
    ]);
    assert.equal(g.code, 2, g.stderr);
    assert.match(
      g.stderr,
      /openapi\/no-entities: .*has no object schemas with properties to generate records of/,
    );
    assert.match(g.stderr, /#\/components\/schemas\/Bundle and 1 other object schemas declare no properties/);
    assert.match(g.stderr, /propertyless\.json:\d+:\d+: error/);
  });

  it('reports a foreign key to nothing at its line and column', async () => {
    const broken = path.join(scratch, 'broken.openapi.yaml');
    writeFileSync(
      broken,
      readFileSync(store, 'utf8').replace('x-fixtura-fk: Customer.id', 'x-fixtura-fk: Client.id'),
    );
    const r = await runCli(['generate', broken, '--out', path.join(scratch, 'never')]);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /broken\.openapi\.yaml:22:\d+: error openapi\/invalid-fk: x-fixtura-fk of Order\.customer_id names no entity "Client"/,
    );
  });

  it('keeps numbers under int32/int64 formats integral and in range, typed or not (a fuzz finding)', async () => {
    const doc = path.join(scratch, 'formats.openapi.json');
    const schema = {
      type: 'object',
      required: ['untyped', 'number64', 'nearEdge', 'integerNearEdge'],
      properties: {
        untyped: { format: 'int32' },
        number64: { type: 'number', format: 'int64' },
        nearEdge: { type: 'number', format: 'int32', minimum: 2147483000 },
        integerNearEdge: { type: 'integer', format: 'int32', maximum: -2147483000 },
      },
    };
    writeComponents(doc, { T: schema });
    const out = path.join(scratch, 'formats');
    const g = await runCli(['generate', doc, '--out', out, '-n', '300', '--seed', 'int32', '--quiet']);
    assert.equal(g.code, 0, g.stderr);
    // Judged by Ajv with ajv-formats, which checks int32/int64 on every number, not by Fixtura's validator.
    const ajv = new Ajv({ strict: false });
    addFormats.default(ajv);
    const check = ajv.compile(schema);
    const records = rows(path.join(out, 'T.jsonl'));
    assert.equal(records.length, 300);
    for (const r of records) assert.ok(check(r), `${JSON.stringify(r)}: ${ajv.errorsText(check.errors)}`);
    assert.ok(
      records.some((r) => typeof r.untyped === 'number'),
      'the untyped property also gets numbers',
    );
  });

  it("leaves an optional, non-nullable self-reference out of a tree's roots rather than writing null (a fuzz finding)", async () => {
    const doc = path.join(scratch, 'tree.openapi.json');
    const schema = {
      type: 'object',
      required: ['id'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        parent_id: { type: 'string', format: 'uuid', 'x-fixtura-fk': 'Node.id' },
      },
    };
    writeComponents(doc, { Node: schema });
    const out = path.join(scratch, 'tree');
    const g = await runCli(['generate', doc, '--out', out, '-n', '50', '--seed', 'roots', '--quiet']);
    assert.equal(g.code, 0, g.stderr);
    const nodes = rows(path.join(out, 'Node.jsonl'));
    assert.ok(
      nodes.every((n) => n.parent_id !== null),
      'no null parent_id',
    );
    assert.ok(
      nodes.some((n) => !('parent_id' in n)),
      'roots have no parent_id',
    );
    const ids = new Set(nodes.map((n) => n.id));
    assert.ok(nodes.every((n) => !('parent_id' in n) || ids.has(n.parent_id)));
    const v = await runCli(['validate', doc, out]);
    assert.equal(v.code, 0, v.stdout + v.stderr);
  });

  it('reads nullable in OpenAPI 3.1 as the annotation it is there: null is refused, and validate never exits 3', async () => {
    const doc = path.join(scratch, 'nullable31.openapi.json');
    const schema = {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', nullable: true }, note: { nullable: true } },
    };
    const document = {
      openapi: '3.1.0',
      info: { title: 'n', version: '1' },
      paths: {},
      components: { schemas: { Account: schema } },
    };
    writeFileSync(doc, JSON.stringify(document));
    const data = path.join(scratch, 'nullable31.jsonl');
    writeFileSync(data, '{"name":"ok","note":1}\n{"name":null}\n');
    const v = await runCli(['validate', doc, '--entity', `Account=${data}`]);
    assert.equal(v.code, 1, v.stdout + v.stderr);
    assert.match(v.stdout, /nullable31\.jsonl:2 \/name must be string/);
  });
});
