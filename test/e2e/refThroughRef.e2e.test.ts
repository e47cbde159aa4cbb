/**
 * A `$ref` whose pointer passes through another `$ref` (as dnd5eapi.co's Monster has, written by a bundler) is
 * read through it by `sample` and `validate` alike, instead of being refused as pointing at nothing (issue 14).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../support/runCli.js';

const THROUGH = '#/paths/~1monsters~1%7Bindex%7D/get/responses/200/content/application~1json/schema';
const document = {
  openapi: '3.0.1',
  info: { title: 'ref through ref', version: '1' },
  paths: {
    '/monsters/{index}': {
      get: {
        responses: {
          '200': {
            description: 'a monster',
            content: {
              'application/json': {
                // The bundler's leftover beside the $ref: OpenAPI 3.0 ignores it.
                schema: {
                  $ref: '#/components/schemas/Monster',
                  allOf: { '1': { properties: { dice: {} } } },
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Monster: {
        type: 'object',
        required: ['name', 'attack'],
        properties: {
          name: { type: 'string' },
          attack: {
            type: 'object',
            required: ['dice'],
            properties: { dice: { type: 'string', pattern: '^\\d+d\\d+$' } },
          },
          special: {
            type: 'object',
            required: ['dice'],
            properties: { dice: { $ref: `${THROUGH}/properties/attack/properties/dice` } },
          },
        },
      },
    },
  },
};

describe('a $ref through a $ref', () => {
  it('is sampled and validated as the schema it reaches', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fixtura-ref-through-ref-'));
    const file = path.join(dir, 'api.json');
    writeFileSync(file, JSON.stringify(document));
    const r = await runCli(['sample', file, '--pointer', '#/components/schemas/Monster', '-n', '5']);
    assert.equal(r.code, 0, r.stderr);
    const instances = JSON.parse(r.stdout) as { special?: { dice: string } }[];
    for (const m of instances) if (m.special) assert.match(m.special.dice, /^\d+d\d+$/);

    const data = path.join(dir, 'data');
    mkdirSync(data);
    const write = (rows: readonly object[]) =>
      writeFileSync(
        path.join(data, 'Monster.jsonl'),
        rows.map((row) => JSON.stringify(row)).join('\n') + '\n',
      );
    const monster = { name: 'goblin', attack: { dice: '1d6' } };
    write([...instances, { ...monster, special: { dice: '2d8' } }]);
    const valid = await runCli(['validate', file, data]);
    assert.equal(valid.code, 0, valid.stdout + valid.stderr);
    write([{ ...monster, special: { dice: 'many' } }]);
    const invalid = await runCli(['validate', file, data]);
    assert.equal(invalid.code, 1, invalid.stdout + invalid.stderr);
    assert.match(invalid.stdout, /special\/dice/);
  });
});
