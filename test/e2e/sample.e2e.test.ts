/**
 * `fixtura sample` on a small OpenAPI 3.0 document written for these tests: components, operations in both
 * directions, discriminators, refusals and usage errors, with every instance checked by a separately
 * configured validator (@cfworker/json-schema over a hand-converted schema).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Validator, type Schema } from '@cfworker/json-schema';
import { repoRoot, runCli } from '../support/runCli.js';

const pets = path.join(repoRoot, 'test/fixtures/pets.openapi.yaml');

/** The Pet component as plain JSON Schema, written by hand (nullable → null type; readOnly kept). */
const pet: Schema = {
  type: 'object',
  required: ['id', 'name', 'kind'],
  properties: {
    id: { type: 'integer' },
    name: { type: 'string', minLength: 1, maxLength: 20 },
    kind: { enum: ['cat', 'dog'] },
    tag: { type: ['string', 'null'] },
    owner: { type: 'object' },
  },
};

async function sample(...args: string[]): Promise<unknown> {
  const r = await runCli(['sample', ...args]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as unknown;
}

describe('fixtura sample', () => {
  it('prints K valid, distinct instances of a component, the same for the same seed', async () => {
    const out = (await sample(
      pets,
      '--pointer',
      '#/components/schemas/Pet',
      '-n',
      '20',
      '--seed',
      'p',
    )) as unknown[];
    assert.equal(out.length, 20);
    const validator = new Validator(pet, '2020-12');
    for (const v of out) assert.ok(validator.validate(v).valid, JSON.stringify(v));
    assert.equal(new Set(out.map((v) => JSON.stringify(v))).size, 20);
    assert.deepEqual(
      await sample(pets, '--pointer', '#/components/schemas/Pet', '-n', '20', '--seed', 'p'),
      out,
    );
  });

  it('leaves readOnly properties out of requests and writeOnly ones out of responses', async () => {
    const requests = (await sample(pets, '--operation', 'createPet', '-n', '10')) as Record<
      string,
      unknown
    >[];
    assert.ok(requests.every((p) => !('id' in p) && 'name' in p));
    const responses = (await sample(
      pets,
      '--operation',
      'createPet',
      '--response',
      '201',
      '-n',
      '10',
    )) as Record<string, unknown>[];
    assert.ok(responses.every((p) => typeof p.id === 'number'));
    const stored = (await sample(
      pets,
      '--operation',
      'putSecret',
      '--response',
      '200',
      '-n',
      '10',
    )) as Record<string, unknown>[];
    assert.ok(stored.every((s) => !('password' in s)));
    const sent = (await sample(pets, '--operation', 'putSecret', '-n', '10')) as Record<string, unknown>[];
    assert.ok(sent.every((s) => typeof s.password === 'string' && s.password.length >= 8));
  });

  it('sets the discriminator to the mapping key of the branch it built', async () => {
    const shapes = (await sample(pets, '--pointer', '#/components/schemas/Shape', '-n', '30')) as Record<
      string,
      unknown
    >[];
    for (const s of shapes) {
      if (s.kind === 'circle') assert.ok(typeof s.radius === 'number' && s.radius > 0 && s.radius <= 10);
      else {
        assert.equal(s.kind, 'square');
        assert.ok(Number.isInteger(s.side));
      }
    }
    assert.deepEqual(new Set(shapes.map((s) => s.kind)), new Set(['circle', 'square']));
  });

  it('--all maps every component to its instances or to its refusal, and exits 1 when one is refused', async () => {
    const r = await runCli(['sample', pets, '--all', '-n', '2']);
    assert.equal(r.code, 1);
    const all = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(all), [
      '#/components/schemas/Pet',
      '#/components/schemas/Owner',
      '#/components/schemas/Broken',
      '#/components/schemas/Shape',
      '#/components/schemas/Circle',
      '#/components/schemas/Square',
      '#/components/schemas/Secret',
    ]);
    assert.deepEqual(all['#/components/schemas/Broken'], {
      error: {
        code: 'schema/empty-range',
        message:
          'no number lies between 10 and 2 (#/components/schemas/Broken/minimum, #/components/schemas/Broken/maximum)',
      },
    });
    assert.equal((all['#/components/schemas/Pet'] as unknown[]).length, 2);
  });

  it('refuses an unsatisfiable schema with exit 2 and the keywords in conflict, located', async () => {
    const r = await runCli(['sample', pets, '--pointer', '#/components/schemas/Broken']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /error schema\/empty-range: no number lies between 10 and 2/);
    assert.match(r.stderr, /at .*pets\.openapi\.yaml#\/components\/schemas\/Broken\/minimum\n/);
    assert.match(r.stderr, /at .*pets\.openapi\.yaml#\/components\/schemas\/Broken\/maximum\n/);
  });

  it('follows $refs into other files (YAML and JSON), bundled before sampling', async () => {
    const split = path.join(repoRoot, 'test/fixtures/split/api.yaml');
    const things = (await sample(split, '--operation', 'createThing', '-n', '10')) as Record<
      string,
      unknown
    >[];
    for (const t of things) {
      assert.match(t.code as string, /^T-\d{3}$/);
      assert.ok([1, 2, 3].includes(t.size as number));
    }
  });

  it('reads Swagger 2.0: body parameters, int32, boolean exclusive bounds, x-nullable, readOnly', async () => {
    const legacy = path.join(repoRoot, 'test/fixtures/legacy.swagger.json');
    const sent = (await sample(legacy, '--operation', 'addUser', '-n', '100')) as Record<string, unknown>[];
    for (const u of sent) {
      assert.ok(!('id' in u), 'readOnly id is not sent');
      assert.ok(Number.isInteger(u.age) && (u.age as number) >= 18 && (u.age as number) < 99);
      assert.ok(u.nick === null || /^[a-z]{3,8}$/.test(u.nick as string));
    }
    assert.ok(
      sent.some((u) => u.nick === null),
      'x-nullable lets null through',
    );
    const back = (await sample(legacy, '--operation', 'addUser', '--response', '200', '-n', '10')) as Record<
      string,
      unknown
    >[];
    assert.ok(back.every((u) => Number.isInteger(u.id) && Math.abs(u.id as number) < 2 ** 31));
  });

  it('uses an example only when it validates', async () => {
    const legacy = path.join(repoRoot, 'test/fixtures/legacy.swagger.json');
    const users = (await sample(legacy, '--pointer', '#/definitions/User', '-n', '60')) as Record<
      string,
      unknown
    >[];
    assert.ok(
      users.every((u) => u.nick !== 'not-a-valid-nick!'),
      'the invalid example is never used',
    );
    assert.ok(
      users.some((u) => u.motto === 'carpe diem'),
      'the valid example appears now and then',
    );
  });

  it('reads one schema from standard input with -', async () => {
    const r = await runCli(['sample', '-', '-n', '4'], process.cwd(), '{"type":"string","format":"ipv6"}');
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as string[];
    assert.equal(out.length, 4);
    assert.ok(out.every((s) => s.includes(':')));
  });

  it('reports bad input and usage with exit 2: unknown operation (with a suggestion), syntax error, bad options', async () => {
    const unknown = await runCli(['sample', pets, '--operation', 'createPot']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no operation "createPot"[^]*\n {2}hint: +did you mean "createPet"\?/);
    const broken = path.join(repoRoot, 'test/fixtures/broken.schema.yaml');
    const syntax = await runCli(['sample', broken]);
    assert.equal(syntax.code, 2);
    assert.match(syntax.stderr, /broken\.schema\.yaml:4:1: error schema\/syntax: Flow map/);
    for (const args of [
      [pets, '-n', '0'],
      [pets, '--all', '--pointer', '#/x'],
      [pets, '--response', '200'],
      [pets],
    ]) {
      const r = await runCli(['sample', ...args]);
      assert.equal(r.code, 2, args.join(' '));
    }
    const missing = await runCli(['sample', 'nope.yaml']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*nope\.yaml/);
  });
});
