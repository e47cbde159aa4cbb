/**
 * AWS's patterns whose repetitions are split by a delimiter (`([-][a-z]+)*`, `(\[(\d+|\*)\])*`, a hostname's
 * `(label\.)*`) can be sampled, and `validate` reads them the way `sample` does; a schema that only reaches a
 * truly refused pattern is refused at that pattern, not as a schema the validator cannot compile (issue 14).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../support/runCli.js';

const PATTERNS = {
  // amazonaws.com/workmail.json OrganizationName
  Name: '^(?!d-)([\\da-zA-Z]+)([-][\\da-zA-Z]+)*',
  // amazonaws.com/applicationcostprofiler.json S3Bucket
  Bucket:
    '(?=^.{3,63}$)(?!^(\\d+\\.)+\\d+$)(^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])$)',
  // amazonaws.com/scheduler.json Source
  Source: '^(?=[/\\.\\-_A-Za-z0-9]+)((?!aws\\.).*)|(\\$(\\.[\\w_-]+(\\[(\\d+|\\*)\\])*)*)$',
};

const document = {
  openapi: '3.0.3',
  info: { title: 'delimited repetitions', version: '1' },
  paths: {},
  components: {
    schemas: {
      Organization: {
        type: 'object',
        required: ['Name', 'Bucket', 'Source'],
        properties: {
          Name: { type: 'string', minLength: 1, maxLength: 64, pattern: PATTERNS.Name },
          Bucket: { type: 'string', minLength: 3, maxLength: 63, pattern: PATTERNS.Bucket },
          Source: { type: 'string', minLength: 1, maxLength: 256, pattern: PATTERNS.Source },
        },
      },
    },
  },
};

/** `validate` refuses a whole document holding a refused pattern, so that one is sampled on its own. */
const refusedDocument = {
  ...document,
  components: {
    schemas: {
      // An optional property under a pattern that does backtrack catastrophically and holds a lookahead.
      Code: { type: 'string', pattern: '^((?=a)a+)+b$' },
      Holder: {
        type: 'object',
        properties: { code: { $ref: '#/components/schemas/Code' }, n: { type: 'integer' } },
      },
    },
  },
};

function workspace(doc: object): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fixtura-delimited-'));
  const file = path.join(dir, 'api.json');
  writeFileSync(file, JSON.stringify(doc));
  return { dir, file };
}

describe('patterns whose repetitions are split by a delimiter', () => {
  it('are sampled, and validate accepts the instances and rejects values outside the patterns', async () => {
    const { dir, file } = workspace(document);
    const r = await runCli(['sample', file, '--pointer', '#/components/schemas/Organization', '-n', '5']);
    assert.equal(r.code, 0, r.stderr);
    const instances = JSON.parse(r.stdout) as Record<keyof typeof PATTERNS, string>[];
    assert.equal(instances.length, 5);
    for (const instance of instances)
      for (const [key, source] of Object.entries(PATTERNS))
        assert.ok(
          new RegExp(source, 'u').test(instance[key as keyof typeof PATTERNS]),
          `${key}: ${instance[key as keyof typeof PATTERNS]}`,
        );

    const data = path.join(dir, 'data');
    mkdirSync(data);
    const lines = (rows: readonly object[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
    writeFileSync(path.join(data, 'Organization.jsonl'), lines(instances));
    const valid = await runCli(['validate', file, data, '--format', 'json']);
    assert.equal(valid.code, 0, valid.stdout + valid.stderr);

    writeFileSync(
      path.join(data, 'Organization.jsonl'),
      lines([...instances, { Name: 'd-org', Bucket: '10.0.0.1', Source: 'aws.events' }]),
    );
    const invalid = await runCli(['validate', file, data, '--format', 'json']);
    assert.equal(invalid.code, 1, invalid.stdout + invalid.stderr);
    for (const key of Object.keys(PATTERNS)) assert.match(invalid.stdout, new RegExp(`/${key}`), key);
  });

  it('a schema reaching a refused pattern is refused at the pattern, not as one the validator cannot compile', async () => {
    const { file } = workspace(refusedDocument);
    const r = await runCli(['sample', file, '--pointer', '#/components/schemas/Holder', '-n', '5']);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, /schema\/unsafe-pattern/);
    assert.match(r.stderr, /#\/components\/schemas\/Code\/pattern/);
    assert.doesNotMatch(r.stderr, /cannot-verify/);
  });
});
