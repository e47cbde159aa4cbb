/**
 * `fixtura sample` on strings whose patterns assert rather than consume — the classic password lookaheads,
 * an ISO 8601 duration under a lookahead, a JDBC URL with a lookbehind, a backreference, a `^` off the edge,
 * an ARN whose lookahead names its service: every instance is judged by `fixtura validate` and by
 * @cfworker/json-schema, configured apart (issue 14).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Validator, type Schema } from '@cfworker/json-schema';
import { runCli } from '../support/runCli.js';

const PASSWORD = '^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)[a-zA-Z\\d\\S]{8,64}$';
/**
 * AWS FSx's ResourceARN: a lookahead asks for `fsx` as the service, which the rest of the pattern almost never
 * draws, and the `.*` inside `(…){4}` keeps its bound in n to 2 characters.
 */
const FSX_ARN =
  '^arn:(?=[^:]+:fsx:[^:]+:\\d{12}:)((|(?=[a-z0-9-.]{1,63})(?!\\d{1,3}(\\.\\d{1,3}){3})(?![^:]*-{2})(?![^:]*-\\.)(?![^:]*\\.-)[a-z0-9].*(?<!-)):){4}(?!/).{0,1024}$';

const account: Schema = {
  type: 'object',
  required: ['password', 'duration', 'jdbc', 'day', 'domain', 'arn'],
  additionalProperties: false,
  properties: {
    // Short enough that a draw ignoring the lookaheads often misses one of the three classes.
    password: { type: 'string', pattern: PASSWORD, maxLength: 10 },
    duration: {
      type: 'string',
      pattern:
        '^(-?)P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)([DW]))?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$',
      minLength: 1,
      maxLength: 100,
    },
    jdbc: {
      type: 'string',
      pattern:
        'jdbc:(redshift|postgresql)://((?!-)[A-Za-z0-9-]{1,63}(?<!-)\\.)+redshift\\.([a-zA-Z0-9\\.]+):\\d{1,5}/[a-zA-Z0-9_$-]+',
      minLength: 1,
      maxLength: 512,
    },
    day: { type: 'string', pattern: '^(\\d{4})(-?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d)$' },
    domain: {
      type: 'string',
      pattern: '^(localhost)|^(?![-.])[a-z0-9-]{1,20}((?![-])([a-z0-9]{1}|^[a-z0-9]{0,1}))\\.[a-z]{2,6}$',
      minLength: 12,
      maxLength: 40,
    },
    arn: { type: 'string', pattern: FSX_ARN, minLength: 8, maxLength: 512 },
  },
};
const document = {
  openapi: '3.1.0',
  info: { title: 'patterns that assert', version: '1' },
  paths: {},
  components: { schemas: { Account: account } },
};

describe('fixtura sample draws strings through lookarounds, backreferences and anchors, then checks them', () => {
  it('gives instances of the classic password pattern and its neighbours that fixtura validate and an independent validator accept', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fixtura-lookarounds-'));
    const file = path.join(dir, 'api.json');
    writeFileSync(file, JSON.stringify(document));
    const r = await runCli([
      'sample',
      file,
      '--pointer',
      '#/components/schemas/Account',
      '-n',
      '8',
      '--seed',
      'lookarounds',
    ]);
    assert.equal(r.code, 0, r.stdout.slice(0, 2000) + r.stderr);
    const instances = JSON.parse(r.stdout) as Record<string, string>[];
    assert.equal(instances.length, 8);
    for (const { password } of instances)
      assert.ok(
        /[a-z]/.test(password ?? '') && /[A-Z]/.test(password ?? '') && /\d/.test(password ?? ''),
        String(password),
      );
    const judge = new Validator(account, '2020-12');
    for (const v of instances) assert.ok(judge.validate(v).valid, JSON.stringify(v));

    const data = path.join(dir, 'data');
    mkdirSync(data);
    writeFileSync(
      path.join(data, 'Account.jsonl'),
      instances.map((v) => JSON.stringify(v)).join('\n') + '\n',
    );
    const check = await runCli(['validate', file, data]);
    assert.equal(check.code, 0, check.stdout.slice(0, 2000) + check.stderr);
  });
});
