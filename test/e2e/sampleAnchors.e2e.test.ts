/**
 * `fixtura sample` on AWS patterns with anchors off the edge (storagegateway's IPv4 address, iottwinmaker's S3
 * location): instances that `fixtura validate` accepts; and on sagemaker's metadata map, whose value pattern
 * has a `$` before text every match consumes: a refusal that carries its proof (issue 14).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../support/runCli.js';

const endpoint = {
  type: 'object',
  required: ['ip', 'bucket'],
  additionalProperties: false,
  properties: {
    ip: {
      type: 'string',
      pattern: '^((25[0-5]|(2[0-4]|1[0-9]|[1-9]|)[0-9])(\\.(?!$)|$)){4}',
      minLength: 7,
      maxLength: 15,
    },
    bucket: {
      type: 'string',
      pattern: '.*(^arn:((aws)|(aws-cn)|(aws-us-gov)):s3:::)([a-zA-Z0-9_-]+$).*',
      minLength: 0,
      maxLength: 1024,
    },
  },
};
const metadata = {
  type: 'object',
  minProperties: 1,
  additionalProperties: {
    type: 'string',
    pattern: '^\\([\\p\\{L\\}\\p\\{Z\\}\\p\\{N\\}_.:\\/=\\+\\-@]*\\)$\\{1,256\\}',
  },
};
const document = {
  openapi: '3.1.0',
  info: { title: 'anchors off the edge', version: '1' },
  paths: {},
  components: { schemas: { Endpoint: endpoint, Metadata: metadata } },
};

function writeDocument(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fixtura-anchors-'));
  const file = path.join(dir, 'api.json');
  writeFileSync(file, JSON.stringify(document));
  return { dir, file };
}

describe('fixtura sample on patterns whose anchors sit off the edge', () => {
  it('gives instances of a lookahead and $ in a repeated group and of a ^ after .*, which fixtura validate accepts', async () => {
    const { dir, file } = writeDocument();
    const r = await runCli(['sample', file, '--pointer', '#/components/schemas/Endpoint', '-n', '5']);
    assert.equal(r.code, 0, r.stdout.slice(0, 2000) + r.stderr);
    const instances = JSON.parse(r.stdout) as { ip: string; bucket: string }[];
    assert.equal(instances.length, 5);
    for (const { ip, bucket } of instances) {
      assert.match(ip, /^\d+\.\d+\.\d+\.\d+$/);
      assert.match(bucket, /^arn:aws(-cn|-us-gov)?:s3:::[\w-]+$/);
    }
    const data = path.join(dir, 'data');
    mkdirSync(data);
    writeFileSync(
      path.join(data, 'Endpoint.jsonl'),
      instances.map((v) => JSON.stringify(v)).join('\n') + '\n',
    );
    const check = await runCli(['validate', file, data]);
    assert.equal(check.code, 0, check.stdout.slice(0, 2000) + check.stderr);
  });

  it('refuses a map whose every value must match a pattern a $ proves empty, with minProperties and the anchor in the proof', async () => {
    const { file } = writeDocument();
    const r = await runCli(['sample', file, '--pointer', '#/components/schemas/Metadata']);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(
      r.stderr,
      /minProperties 1 \(#\/components\/schemas\/Metadata\/minProperties\) asks for 1 property/,
    );
    assert.match(r.stderr, /\$ at offset 40 comes before text every match must consume/);
  });
});
