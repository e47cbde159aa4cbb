/** A mistyped command or option is refused (exit 2) with the name the user most likely meant. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { repoRoot, runCli } from '../support/runCli.js';
import { COMMAND_OPTIONS } from '../../src/cli/commandOptions.js';

const SHOP = 'examples/shop.contract.yaml';

describe('did you mean', () => {
  for (const [typed, meant] of [
    ['genrate', 'generate'],
    ['valdate', 'validate'],
    ['gen', 'generate'],
    ['Sample', 'sample'],
  ] as const)
    it(`fixtura ${typed} suggests ${meant}`, async () => {
      const { code, stderr } = await runCli([typed, SHOP], repoRoot);
      assert.equal(code, 2);
      assert.match(stderr, new RegExp(`unknown command "${typed}"`));
      assert.match(stderr, new RegExp(`hint: +did you mean "${meant}"\\?`));
    });

  for (const [args, meant] of [
    [['generate', SHOP, '--seeed', '1'], '--seed'],
    [['generate', SHOP, '--seeed=1'], '--seed'],
    [['generate', SHOP, '--cont', 'Customer=3'], '--count'],
    [['validate', SHOP, 'out', '--formt', 'json'], '--format'],
    [['validate', SHOP, 'out', '--cov'], '--coverage'],
    [['sample', 'examples/petstore.openapi.yaml', '--pointr', '#/components/schemas/Pet'], '--pointer'],
    [['coverage', SHOP, 'out', '--mn', '90'], '--min'],
    [['schema', SHOP, '--entty', 'Order'], '--entity'],
  ] as const)
    it(`fixtura ${args.join(' ')} suggests ${meant} and writes nothing`, async () => {
      const { code, stdout, stderr } = await runCli(args, repoRoot);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, new RegExp(`hint: +did you mean "${meant}"\\?`));
    });

  it('suggests the value meant for --format and --profile', async () => {
    const format = await runCli(['generate', SHOP, '--format', 'jsnl'], repoRoot);
    assert.match(format.stderr, /did you mean "jsonl"\?/);
    const profile = await runCli(['generate', SHOP, '--profile', 'egde'], repoRoot);
    assert.match(profile.stderr, /did you mean "edge"\?/);
    assert.deepEqual([format.code, profile.code], [2, 2]);
  });

  it('names the command an option belongs to only for options that command takes', async () => {
    for (const [command, options] of Object.entries(COMMAND_OPTIONS))
      for (const option of options) {
        const { stderr } = await runCli([command, option, '--help'], repoRoot);
        assert.doesNotMatch(stderr, /unknown option/, `fixtura ${command} ${option}`);
      }
  });
});
