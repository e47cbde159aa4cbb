/**
 * `fixtura sample --profile edge` on the small OpenAPI document of sample.e2e: one valid instance per line,
 * each on one boundary or branch; `--explain` for the hits, the cap, `--skipped`, and the usage errors.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Validator } from '@cfworker/json-schema';
import type { EdgeInstance } from '../../src/engine/schema/edge/edgeApi.js';
import { jsonLines, petRequest } from '../support/petRequest.js';
import { repoRoot, runCli } from '../support/runCli.js';

const pets = path.join(repoRoot, 'test/fixtures/pets.openapi.yaml');
const createPetEdge = ['sample', pets, '--operation', 'createPet', '--profile', 'edge', '--seed', 'e'];

describe('fixtura sample --profile edge', () => {
  it('prints one valid instance per line, the same for the same seed', async () => {
    const r = await runCli(createPetEdge);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = jsonLines(r.stdout);
    assert.ok(out.length >= 6, r.stdout);
    const validator = new Validator(petRequest, '2020-12');
    for (const instance of out) assert.ok(validator.validate(instance).valid, JSON.stringify(instance));
    const names = out.map((i) => (i as { name?: string }).name?.length);
    assert.ok(names.includes(1) && names.includes(20), `name lengths ${names.join(',')}`);
    assert.deepEqual(new Set(out.map((i) => (i as { kind: string }).kind)), new Set(['cat', 'dog']));
    assert.ok(out.some((i) => (i as { tag?: unknown }).tag === null));
    const again = await runCli(createPetEdge);
    assert.equal(again.stdout, r.stdout);
  });

  it('with --explain prints the hits of each instance', async () => {
    const r = await runCli([...createPetEdge, '--explain']);
    assert.equal(r.code, 0, r.stderr);
    const out = jsonLines(r.stdout) as EdgeInstance[];
    const plain = jsonLines((await runCli(createPetEdge)).stdout);
    assert.deepEqual(
      out.map((o) => o.instance),
      plain,
    );
    const seen = new Set(out.flatMap((o) => o.hits.map((h) => `${h.kind} ${h.path}`)));
    for (const expected of ['minLength /name', 'maxLength /name', 'enum /kind', 'null /tag', 'absent /tag'])
      assert.ok(seen.has(expected), `no ${expected} in ${[...seen].join(', ')}`);
    for (const o of out)
      for (const h of o.hits) assert.match(h.schemaPath, /^\/components\/schemas\/(Pet|Owner)\//);
  });

  it('caps the instances with -n, notes the cut, and lists skipped edges with --skipped', async () => {
    const cut = await runCli([...createPetEdge, '-n', '2']);
    assert.equal(cut.code, 0);
    assert.equal(jsonLines(cut.stdout).length, 2);
    assert.match(cut.stderr, /edge instances stopped at 2 instances/);
    const skipped = await runCli([...createPetEdge, '--skipped']);
    assert.equal(skipped.code, 0);
    for (const line of jsonLines(skipped.stderr))
      assert.deepEqual(Object.keys((line as { skipped: object }).skipped), [
        'path',
        'kind',
        'schemaPath',
        'reason',
      ]);
  });

  it('under --all writes the pointer on each line', async () => {
    const r = await runCli(['sample', pets, '--all', '--profile', 'edge']);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const out = jsonLines(r.stdout) as { pointer: string }[];
    assert.ok(out.length > 0);
    for (const line of out) assert.match(line.pointer, /^#\/components\/schemas\//);
  });

  it('refuses --explain without edge, and an unknown profile with the choices', async () => {
    const explain = await runCli(['sample', pets, '--operation', 'createPet', '--explain']);
    assert.equal(explain.code, 2);
    assert.match(explain.stderr, /--explain goes with --profile edge/);
    const unknown = await runCli(['sample', pets, '--operation', 'createPet', '--profile', 'edgy']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown --profile "edgy": choose realistic, edge or negative/);
    const help = await runCli(['sample', '--help']);
    assert.match(help.stdout, /--profile edge it prints valid instances/);
    assert.match(help.stdout, /--explain +with --profile edge/);
  });
});
