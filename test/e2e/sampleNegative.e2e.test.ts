/**
 * `fixtura sample --profile negative` on the small OpenAPI document of sample.e2e: JSON lines of records that
 * break one labelled rule each, for an operation, a pointer and every component; the cap, the skipped list,
 * and the usage errors of `--profile`.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Validator } from '@cfworker/json-schema';
import type { NegativeInstance } from '../../src/engine/schema/negative/negativeApi.js';
import { jsonLines, petRequest } from '../support/petRequest.js';
import { repoRoot, runCli } from '../support/runCli.js';

const pets = path.join(repoRoot, 'test/fixtures/pets.openapi.yaml');
const createPetNegative = [
  'sample',
  pets,
  '--operation',
  'createPet',
  '--profile',
  'negative',
  '--seed',
  'n',
];

describe('fixtura sample --profile negative', () => {
  it('prints one JSON line per record, each rejected, labelled with code, path, keyword and schemaPath', async () => {
    const r = await runCli(createPetNegative);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = jsonLines(r.stdout) as NegativeInstance[];
    const validator = new Validator(petRequest, '2020-12');
    const seen = new Set<string>();
    for (const { record, violates } of out) {
      assert.deepEqual(Object.keys(violates), ['code', 'path', 'keyword', 'schemaPath']);
      assert.equal(violates.code, `schema/${violates.keyword}`);
      assert.match(violates.schemaPath, /^\/components\/schemas\/(Pet|Owner)\//);
      if (!violates.path.startsWith('/owner/'))
        assert.equal(validator.validate(record).valid, false, JSON.stringify(record));
      seen.add(`${violates.keyword} ${violates.path}`);
    }
    for (const expected of [
      'type ',
      'required /name',
      'required /kind',
      'minLength /name',
      'maxLength /name',
      'enum /kind',
      'type /tag',
    ])
      assert.ok(seen.has(expected), `no ${expected}`);
    const again = await runCli(createPetNegative);
    assert.equal(again.stdout, r.stdout);
  });

  it('takes --pointer, caps the records with -n, and lists skipped rules with --skipped', async () => {
    const pointer = ['sample', pets, '--pointer', '#/components/schemas/Circle', '--profile', 'negative'];
    const all = jsonLines((await runCli(pointer)).stdout);
    const cut = await runCli([...pointer, '-n', '2']);
    assert.equal(cut.code, 0);
    assert.deepEqual(jsonLines(cut.stdout), all.slice(0, 2));
    assert.match(cut.stderr, /stopped at 2 records \(raise -n for more\)/);
    const skipped = await runCli([...createPetNegative, '--skipped']);
    const reasons = jsonLines(skipped.stderr) as { skipped: { keyword: string; reason: string } }[];
    assert.ok(reasons.some((s) => s.skipped.keyword === 'type' && /enum\/const/.test(s.skipped.reason)));
  });

  it('with --all prints the component pointer on each line, and a refused component as an error line', async () => {
    const r = await runCli(['sample', pets, '--all', '--profile', 'negative']);
    assert.equal(r.code, 1);
    const out = jsonLines(r.stdout) as { pointer: string; error?: { code: string } }[];
    // The components, in the order the realistic --all lists them.
    const realistic = await runCli(['sample', pets, '--all']);
    assert.deepEqual(
      [...new Set(out.map((l) => l.pointer))],
      Object.keys(JSON.parse(realistic.stdout) as object),
    );
    assert.equal(
      out.find((l) => l.pointer === '#/components/schemas/Broken')?.error?.code,
      'schema/empty-range',
    );
  });

  it('keeps realistic as the default profile, and refuses unknown profiles with the choices', async () => {
    const plain = await runCli(['sample', pets, '--operation', 'createPet', '-n', '3']);
    const realistic = await runCli([
      'sample',
      pets,
      '--operation',
      'createPet',
      '-n',
      '3',
      '--profile',
      'realistic',
    ]);
    assert.equal(realistic.stdout, plain.stdout);
    const unknown = await runCli(['sample', pets, '--operation', 'createPet', '--profile', 'nasty']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown --profile "nasty": choose realistic, edge or negative/);
    const help = await runCli(['sample', '--help']);
    assert.match(help.stdout, /--profile P +realistic \(the default\): valid instances; edge: /);
    assert.match(help.stdout, /negative: one-rule violations/);
  });
});
