/**
 * A contract from text (issue 15, item 4): `parseContract(text, { name })` reads what `loadContract(path)`
 * reads, with the same parser chosen the same way, and locates its problems in `name` as a file's.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadContract, parseContract } from '../../src/index.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');

describe('parseContract', () => {
  for (const example of ['shop.contract.yaml', 'ecommerce.contract.yaml', 'store.openapi.yaml']) {
    it(`gives the model and source map loadContract gives for ${example}`, async () => {
      const file = path.join(EXAMPLES, example);
      const fromFile = await loadContract(file);
      const fromText = await parseContract(readFileSync(file, 'utf8'), { name: file });
      assert.ok(fromFile.model, fromFile.issues.map((i) => i.message).join('\n'));
      assert.deepEqual(fromText, fromFile);
    });
  }

  it('locates a problem in the text at line and column of `name`', async () => {
    const text =
      'entities:\n  Ticket:\n    fields:\n      - id: integer unique\n      - code: string(emial)\n';
    const { model, issues } = await parseContract(text, { name: 'inline.contract.yaml' });
    assert.equal(model, null);
    assert.equal(issues.length, 1);
    assert.equal(issues[0]?.code, 'dsl/unknown-format');
    assert.deepEqual(issues[0]?.location, { file: 'inline.contract.yaml', line: 5, column: 22 });
    assert.match(issues[0]?.hint ?? '', /email/);
  });

  it('names the contract after `name` when the text does not', async () => {
    const text = 'entities:\n  T:\n    fields:\n      - id: integer unique\n';
    assert.equal(
      (await parseContract(text, { name: 'tickets.contract.yaml' })).model?.contract.name,
      'tickets',
    );
    assert.equal((await parseContract(text, { name: 'tickets' })).model?.contract.name, 'tickets');
  });

  it('reads JSON text as a schema document even when the name says nothing', async () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Ticket',
      type: 'object',
      properties: { id: { type: 'integer' }, code: { type: 'string', format: 'email' } },
      required: ['id'],
    };
    const parsed = await parseContract(JSON.stringify(schema), { name: 'ticket' });
    assert.ok(parsed.model, parsed.issues.map((i) => i.message).join('\n'));
    assert.deepEqual(
      parsed.model.entities.flatMap((e) => e.fields.map((f) => f.name)),
      ['id', 'code'],
    );
  });

  it('parses what `kind` says, whatever the text looks like', async () => {
    const text = 'entities:\n  T:\n    fields:\n      - id: integer unique\n';
    const { model, issues } = await parseContract(text, { name: 'inline', kind: 'document' });
    assert.equal(model, null);
    assert.ok(issues.length > 0);
  });

  it('refuses a DSL text above the contract size limit, naming it', async () => {
    const { issues } = await parseContract('entities: {}\n'.padEnd(200, '#'), {
      name: 'big.contract.yaml',
      limits: { maxContractBytes: 100 },
    });
    assert.equal(issues[0]?.code, 'input/too-large');
    assert.equal(issues[0]?.location?.file, 'big.contract.yaml');
  });
});
