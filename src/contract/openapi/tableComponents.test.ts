import assert from 'node:assert/strict';
import { it } from 'node:test';
import { openApiToModel } from './openApiToModel.js';
import { loadSchemaText } from './schemaDocument.js';

async function tables(
  schemas: Record<string, unknown>,
  paths: Record<string, unknown> = {},
): Promise<string[]> {
  const text = JSON.stringify({
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths,
    components: { schemas },
  });
  const parsed = openApiToModel(await loadSchemaText(text, 'api.json'), () => ({
    file: 'api.json',
    line: 1,
    column: 1,
  }));
  assert.deepEqual(parsed.issues, []);
  return (parsed.model?.entities ?? []).map((e) => e.name).sort();
}

const object = (properties: Record<string, unknown>) => ({ type: 'object', properties });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

it('a component only held inside another, directly or through a list component, is no table', async () => {
  assert.deepEqual(
    await tables({
      Order: object({ id: { type: 'integer' }, lines: ref('Lines'), address: ref('Address') }),
      Lines: { type: 'array', items: ref('Line') },
      Line: object({ sku: { type: 'string' } }),
      Address: object({ city: { type: 'string' } }),
    }),
    ['Order'],
  );
});

it('an allOf part is inherited, not embedded: the parent stays a table', async () => {
  assert.deepEqual(
    await tables({
      Pet: object({ name: { type: 'string' } }),
      Dog: { allOf: [ref('Pet'), object({ bark: { type: 'boolean' } })] },
    }),
    ['Dog', 'Pet'],
  );
});

it('an operation body, a list of them, or a foreign-key target is a table even when embedded', async () => {
  const body = (schema: unknown) => ({ content: { 'application/json': { schema } } });
  assert.deepEqual(
    await tables(
      {
        Owner: object({
          id: { type: 'integer' },
          pet: ref('Pet'),
          tag: ref('Tag'),
          vet_id: { type: 'integer', 'x-fixtura-fk': 'Vet.id' },
        }),
        Pet: object({ name: { type: 'string' }, owner: ref('Owner') }),
        Tag: object({ label: { type: 'string' } }),
        Vet: { ...object({ id: { type: 'integer' } }), required: ['id'] },
        Clinic: object({ vets: { type: 'array', items: ref('Vet') } }),
      },
      {
        '/pets': {
          get: { responses: { '200': { description: 'ok', ...body({ type: 'array', items: ref('Pet') }) } } },
        },
      },
    ),
    ['Clinic', 'Owner', 'Pet', 'Vet'],
  );
});

it('x-fixtura-entity decides both ways', async () => {
  assert.deepEqual(
    await tables({
      Order: object({ line: ref('Line') }),
      Line: { ...object({ sku: { type: 'string' } }), 'x-fixtura-entity': true },
      Audit: { ...object({ at: { type: 'string' } }), 'x-fixtura-entity': false },
    }),
    ['Line', 'Order'],
  );
});

it('components that only embed each other, with no operation, are all tables', async () => {
  assert.deepEqual(await tables({ A: object({ b: ref('B') }), B: object({ a: ref('A') }) }), ['A', 'B']);
});
