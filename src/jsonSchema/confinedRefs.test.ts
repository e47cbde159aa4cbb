import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadSchemaDocument, SchemaDocumentError } from '../contract/openapi/schemaDocument.js';
import type { ReadOptions } from '../input/readLimits.js';

const CANARY = 'CANARY-7f3a-never-read';

/** case/ holds the documents, outside/ beside it a secret with the canary. */
function layout(): { dir: string; caseDir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fixtura-refs-'));
  const caseDir = path.join(dir, 'case');
  mkdirSync(path.join(dir, 'outside'), { recursive: true });
  mkdirSync(path.join(caseDir, 'schemas'), { recursive: true });
  writeFileSync(
    path.join(dir, 'outside', 'secret.json'),
    JSON.stringify({ db_password: { type: 'string', enum: [CANARY] } }),
  );
  writeFileSync(
    path.join(caseDir, 'schemas', 'pet.yaml'),
    'type: object\nproperties:\n  name: {type: string}\n',
  );
  return { dir, caseDir };
}

function api(caseDir: string, ref: string): string {
  const file = path.join(caseDir, 'api.yaml');
  writeFileSync(
    file,
    [
      'openapi: 3.1.0',
      'info: {title: t, version: "1"}',
      'paths: {}',
      'components:',
      '  schemas:',
      '    Pet:',
      `      $ref: '${ref}'`,
      '',
    ].join('\n'),
  );
  return file;
}

async function refusal(file: string, options: ReadOptions = {}): Promise<SchemaDocumentError> {
  try {
    await loadSchemaDocument(file, options);
  } catch (e) {
    assert.ok(e instanceof SchemaDocumentError, String(e));
    assert.ok(!JSON.stringify({ ...e, message: e.message }).includes(CANARY), 'the refused content leaked');
    return e;
  }
  assert.fail(`${file} loaded`);
}

describe('file $refs stay inside the ref root', () => {
  let dir = '';
  let caseDir = '';
  before(() => ({ dir, caseDir } = layout()));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a $ref to a file inside the folder of the document', async () => {
    const doc = await loadSchemaDocument(api(caseDir, './schemas/pet.yaml'));
    assert.match(JSON.stringify(doc.root), /"name"/);
  });

  it('refuses a $ref that climbs out with .., at the line and column of the $ref', async () => {
    const e = await refusal(api(caseDir, '../outside/secret.json#/db_password'));
    assert.equal(e.code, 'schema/ref-outside-root');
    assert.equal(e.line, 7);
    assert.equal(e.column, 13);
    assert.equal(e.detail.pointer, '/components/schemas/Pet/$ref');
    assert.match(e.detail.found ?? '', /outside\/secret\.json/);
  });

  it('refuses an absolute path outside the root', async () => {
    const e = await refusal(api(caseDir, path.join(dir, 'outside', 'secret.json')));
    assert.equal(e.code, 'schema/ref-outside-root');
  });

  it('refuses a symbolic link inside the root whose real path leaves it', async () => {
    symlinkSync(path.join(dir, 'outside', 'secret.json'), path.join(caseDir, 'link.json'));
    const e = await refusal(api(caseDir, 'link.json#/db_password'));
    assert.equal(e.code, 'schema/ref-symlink-escape');
    assert.equal(e.line, 7);
  });

  it('admits the same .. $ref when --ref-root names the wider folder', async () => {
    const doc = await loadSchemaDocument(api(caseDir, '../outside/secret.json#/db_password'), {
      refRoot: dir,
    });
    assert.match(JSON.stringify(doc.root), new RegExp(CANARY));
  });

  it('refuses a FIFO named by a $ref without waiting for a writer', async () => {
    execFileSync('mkfifo', [path.join(caseDir, 'pipe.json')]);
    const e = await refusal(api(caseDir, 'pipe.json'));
    assert.equal(e.code, 'input/special-file');
    assert.equal(e.detail.found, 'a FIFO (named pipe)');
  });
});

describe('$refs to URLs', () => {
  let dir = '';
  let caseDir = '';
  let server: Server;
  let base = '';
  before(async () => {
    ({ dir, caseDir } = layout());
    server = createServer((request, response) => {
      if (request.url === '/pet.json') response.end(JSON.stringify({ type: 'object', title: 'remote pet' }));
      // /silent never answers: only the timeout ends the request.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('are refused without --allow-remote-refs, and nothing is fetched', async () => {
    let requests = 0;
    server.once('request', () => requests++);
    const e = await refusal(api(caseDir, `${base}/pet.json`));
    assert.equal(e.code, 'schema/remote-ref');
    assert.equal(e.line, 7);
    assert.equal(requests, 0);
  });

  it('are fetched with --allow-remote-refs', async () => {
    const doc = await loadSchemaDocument(api(caseDir, `${base}/pet.json`), { allowRemoteRefs: true });
    assert.match(JSON.stringify(doc.root), /remote pet/);
  });

  it('are given up after the read timeout when the server never answers', async () => {
    const e = await refusal(api(caseDir, `${base}/silent.json`), {
      allowRemoteRefs: true,
      limits: { readTimeoutMs: 200 },
    });
    assert.equal(e.code, 'schema/remote-ref-failed');
    assert.match(e.detail.found ?? '', /within 200 ms/);
  });

  it('are refused for other schemes', async () => {
    const e = await refusal(api(caseDir, 'ftp://127.0.0.1/pet.json'), { allowRemoteRefs: true });
    assert.equal(e.code, 'schema/ref-scheme');
  });
});
