import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from './io.js';
import { parseCommandLine } from './parseCommandLine.js';

const options = {
  rows: { type: 'string', short: 'n' },
  seed: { type: 'string' },
  quiet: { type: 'boolean' },
} as const;

function refusal(args: string[]): UsageError {
  try {
    parseCommandLine('generate', { args, options, allowPositionals: true });
  } catch (e) {
    assert.ok(e instanceof UsageError, String(e));
    return e;
  }
  assert.fail(`${args.join(' ')} was accepted`);
}

describe('parseCommandLine', () => {
  it('names an unknown option, lists the real ones and suggests the closest', () => {
    const e = refusal(['--sede', 'x']);
    assert.equal(e.detail.where, '--sede');
    assert.match(e.detail.expected, /--rows, --seed, --quiet/);
    assert.equal(e.detail.hint, 'did you mean "--seed"?');
  });

  it('says which option lacks its value', () => {
    const e = refusal(['-n']);
    assert.deepEqual([e.detail.where, e.detail.found], ['--rows', 'nothing']);
  });

  it('explains a value that starts with a dash', () => {
    assert.match(refusal(['-n', '-3']).detail.hint, /--rows=VALUE/);
  });

  it('refuses a value given to a flag', () => {
    assert.equal(refusal(['--quiet=yes']).detail.where, '--quiet');
  });

  it("names a one-letter option by its short form, never --n (fixtura sample's -n)", () => {
    const sample = { n: { type: 'string', short: 'n' }, seed: { type: 'string' } } as const;
    const refused = (args: string[]): UsageError => {
      try {
        parseCommandLine('sample', { args, options: sample, allowPositionals: true });
      } catch (e) {
        assert.ok(e instanceof UsageError, String(e));
        return e;
      }
      assert.fail(`${args.join(' ')} was accepted`);
    };
    const unknown = refused(['--bogus']);
    assert.match(unknown.detail.expected, /: -n, --seed$/);
    const missing = refused(['-n']);
    assert.deepEqual([missing.message, missing.detail.where], ['-n needs a value', '-n']);
    assert.match(missing.detail.hint, /e\.g\. -n VALUE/);
    assert.match(refused(['-n', '-3']).detail.hint, /-nVALUE/);
    for (const e of [unknown, missing]) assert.doesNotMatch(JSON.stringify(e.detail) + e.message, /--n\b/);
  });

  it('returns the parsed values when the arguments are right', () => {
    const r = parseCommandLine('generate', { args: ['a.yaml', '-n', '3'], options, allowPositionals: true });
    assert.deepEqual([r.values.rows, r.positionals], ['3', ['a.yaml']]);
  });
});
