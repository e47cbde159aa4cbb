import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../support/runCli.js';

describe('fixtura sample with $refs to URLs', () => {
  let dir = '';
  let server: Server;
  let requests = 0;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fixtura-remote-'));
    server = createServer((request, response) => {
      requests++;
      if (request.url === '/pet.json')
        response.end(JSON.stringify({ type: 'string', enum: ['from the server'] }));
      // any other path: never answered
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const [name, target] of [
      ['api.yaml', `${base}/pet.json`],
      ['silent.yaml', `${base}/silent.json`],
    ] as const)
      writeFileSync(
        path.join(dir, name),
        `openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      $ref: '${target}'\n`,
      );
  });
  after(() => {
    server.closeAllConnections();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const pet = ['--pointer', '#/components/schemas/Pet'];

  it('refuses them without --allow-remote-refs, at the $ref, without a request', async () => {
    requests = 0;
    const r = await runCli(['sample', 'api.yaml', ...pet], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /api\.yaml:7:13: error schema\/remote-ref/);
    assert.match(r.stderr, /hint: .*--allow-remote-refs/);
    assert.equal(requests, 0);
  });

  it('fetches them with --allow-remote-refs', async () => {
    const r = await runCli(['sample', 'api.yaml', ...pet, '--allow-remote-refs'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /from the server/);
  });

  it('gives up on a server that never answers after FIXTURA_READ_TIMEOUT seconds', async () => {
    process.env.FIXTURA_READ_TIMEOUT = '0.3';
    try {
      const r = await runCli(['sample', 'silent.yaml', ...pet, '--allow-remote-refs'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /silent\.yaml:7:13: error schema\/remote-ref-failed/);
      assert.match(r.stderr, /no complete answer within 300 ms/);
    } finally {
      delete process.env.FIXTURA_READ_TIMEOUT;
    }
  });
});
