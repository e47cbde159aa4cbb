/**
 * An `$id` inside an `example` or an `x-` extension is data, not a schema's id: box.com's metadata examples
 * hold the same `"$id"` twice, and `sample`, `generate` and `validate` exited 3 (Ajv: "resolves to more than
 * one schema"), a corpus finding of issue 14.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../support/runCli.js';

const SAME_ID = '01234500-12f1-1234-aa12-b1d234cb567e';
const document = {
  openapi: '3.0.3',
  info: { title: 'ids in examples', version: '1' },
  paths: {},
  'x-registry': { $id: SAME_ID },
  components: {
    schemas: {
      Metadata: {
        type: 'object',
        required: ['scope'],
        properties: { scope: { type: 'string', minLength: 3 }, example: { type: 'integer' } },
        additionalProperties: { type: 'object', example: { marketing: { $id: SAME_ID } } },
        example: { enterprise: { marketing: { $id: SAME_ID } } },
        'x-box-resource': { $id: SAME_ID },
      },
    },
  },
};

function workspace(): { dir: string; contract: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fixtura-ids-in-examples-'));
  const contract = path.join(dir, 'metadata.openapi.json');
  writeFileSync(contract, JSON.stringify(document));
  return { dir, contract };
}

describe('an $id inside an example or an extension', () => {
  it('is no schema id to sample: instances are made and hold to the schema', async () => {
    const { contract } = workspace();
    const r = await runCli(['sample', contract, '--pointer', '#/components/schemas/Metadata', '-n', '5']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { scope: string; example?: unknown }[];
    assert.equal(out.length, 5);
    for (const v of out) {
      assert.ok(v.scope.length >= 3, JSON.stringify(v));
      if ('example' in v) assert.ok(Number.isInteger(v.example), JSON.stringify(v));
    }
  });

  it('is no schema id to generate and validate: the round trip exits 0, and a bad record exits 1', async () => {
    const { dir, contract } = workspace();
    const out = path.join(dir, 'out');
    const generated = await runCli(['generate', contract, '-n', '10', '--out', out, '--quiet']);
    assert.equal(generated.code, 0, generated.stderr);
    const valid = await runCli(['validate', contract, out]);
    assert.equal(valid.code, 0, valid.stderr + valid.stdout);
    writeFileSync(path.join(out, 'Metadata.jsonl'), `${JSON.stringify({ scope: 'x' })}\n`);
    const invalid = await runCli(['validate', contract, out]);
    assert.equal(invalid.code, 1, invalid.stderr + invalid.stdout);
  });
});
