import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { readStdin } from '../cli/readStdin.js';
import { parseDsl } from '../contract/dsl/parseDsl.js';
import { loadSchemaText, SchemaDocumentError } from '../contract/openapi/schemaDocument.js';
import { InputError } from './inputError.js';

async function documentError(text: string, file = 'doc.yaml'): Promise<SchemaDocumentError> {
  try {
    await loadSchemaText(text, file);
  } catch (e) {
    assert.ok(e instanceof SchemaDocumentError, String(e));
    return e;
  }
  assert.fail('the document loaded');
}

const bomb = [
  'openapi: 3.0.3',
  'info: {title: t, version: "1"}',
  'paths: {}',
  'components:',
  '  schemas:',
  '    a: &a [x, x, x, x, x, x, x, x, x, x]',
  ...['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map(
    (n, i) => `    ${n}: &${n} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`,
  ),
].join('\n');

describe('document limits', () => {
  it('refuses 10,000-deep JSON at the bracket that goes too deep, without a stack overflow', async () => {
    const e = await documentError(`{"a": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`, 'deep.json');
    assert.equal(e.code, 'input/too-deep');
    assert.deepEqual([e.line, e.column], [1, 7 + 255]);
  });

  it('refuses 10,000-deep YAML flow and block nesting', async () => {
    assert.equal(
      (await documentError(`a: ${'['.repeat(10_000)}${']'.repeat(10_000)}`)).code,
      'input/too-deep',
    );
    assert.equal((await documentError(`${'- '.repeat(10_000)}x`)).code, 'input/too-deep');
  });

  it('accepts nesting within the limit', async () => {
    const doc = await loadSchemaText(
      `{"type": "array", "x": ${'['.repeat(100)}${']'.repeat(100)}}`,
      'ok.json',
    );
    assert.equal(doc.kind, 'json-schema');
  });

  it('refuses a YAML alias bomb at its first alias', async () => {
    const e = await documentError(bomb);
    assert.equal(e.code, 'input/alias-expansion');
    assert.equal(e.line, 7);
  });

  it('refuses an empty document', async () => {
    assert.equal((await documentError('')).code, 'schema/empty');
  });

  it('reports 10,000-deep DSL YAML as one located issue', () => {
    const parsed = parseDsl(`entities: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 'deep.contract.yaml');
    assert.equal(parsed.model, null);
    assert.equal(parsed.issues[0]?.code, 'input/too-deep');
    assert.equal(parsed.issues[0]?.location?.line, 1);
  });
});

describe('readStdin', () => {
  const limits = { maxBytes: 100, idleMs: 50 };

  async function refused(stream: PassThrough & { isTTY?: boolean }): Promise<InputError> {
    try {
      await readStdin(stream, limits);
    } catch (e) {
      assert.ok(e instanceof InputError, String(e));
      return e;
    }
    assert.fail('standard input was read');
  }

  it('reads a stream to its end', async () => {
    const stream = new PassThrough();
    stream.end('{"type": "string"}');
    assert.equal(await readStdin(stream, limits), '{"type": "string"}');
  });

  it('refuses a terminal', async () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true });
    assert.equal((await refused(stream)).code, 'input/stdin-terminal');
  });

  it('gives up on a stream that stops sending without ending', async () => {
    const stream = new PassThrough();
    stream.write('{"type":');
    const e = await refused(stream);
    assert.equal(e.code, 'input/stdin-stalled');
    assert.match(e.detail.found, /^8 bytes/);
  });

  it('stops a stream over the size limit', async () => {
    const stream = new PassThrough();
    stream.write('x'.repeat(101));
    assert.equal((await refused(stream)).code, 'input/too-large');
  });
});
