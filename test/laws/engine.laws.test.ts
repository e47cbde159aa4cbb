/**
 * Laws of the engine (ARCHITECTURE §2, §3), checked on generated contracts rather than hand-picked ones.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compileDataset } from '../../src/engine/compileDataset.js';
import { createChunkProducer } from '../../src/engine/parallel/chunkProducer.js';
import { planGeneration } from '../../src/engine/plan.js';
import { records, type GeneratedRecord } from '../../src/engine/records.js';
import type { Field, Model } from '../../src/model/model.js';
import { arbitraryModel } from './arbitraryModel.js';
import { loadContract } from '../../src/contract/loadContract.js';

const options = (seed: string) => ({ seed, count: 120 });

async function bytesOf(
  model: Model,
  seed: string,
  workers: number,
  batchSize: number,
  format = 'jsonl',
): Promise<string> {
  const producer = createChunkProducer(
    { model, plan: planGeneration(model, options(seed)), format },
    { workers, batchSize },
  );
  let text = '';
  try {
    for (const entity of producer.dataset.entities) {
      for await (const chunk of producer.chunks(entity.name))
        text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    }
  } finally {
    await producer.close();
  }
  return text;
}

function allRecords(model: Model, seed: string): Map<string, GeneratedRecord[]> {
  const dataset = compileDataset(model, planGeneration(model, options(seed)));
  return new Map(dataset.entities.map((e) => [e.name, [...records(dataset, e.name)]]));
}

describe('engine laws', () => {
  it('the same seed gives the same bytes for any batch size and format', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryModel,
        fc.string(),
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom('jsonl', 'json', 'csv'),
        async (model, seed, batch, format) => {
          assert.equal(
            await bytesOf(model, seed, 1, batch, format),
            await bytesOf(model, seed, 1, 8192, format),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the same seed gives the same bytes with 1 and with 2 worker threads', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryModel,
        fc.string(),
        fc.integer({ min: 1, max: 50 }),
        async (model, seed, batch) => {
          assert.equal(await bytesOf(model, seed, 2, batch), await bytesOf(model, seed, 1, 8192));
        },
      ),
      { numRuns: 8 },
    );
  });

  it('the byte fast path writes exactly what JSON.stringify writes for the same records', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryModel, fc.string(), async (model, seed) => {
        const expected = [...allRecords(model, seed).values()]
          .map((rows) => rows.map((r) => JSON.stringify(r) + '\n').join(''))
          .join('');
        assert.equal(await bytesOf(model, seed, 1, 64), expected);
      }),
      { numRuns: 100 },
    );
  });

  it('the byte fast path writes what JSON.stringify writes, on the examples, in every profile', async () => {
    // What the generated contracts lack: locales per row, emails made from names, waves, parents' fields.
    for (const file of ['examples/ecommerce.contract.yaml', 'examples/features.contract.yaml']) {
      const { model } = await loadContract(file);
      assert.ok(model, file);
      await fc.assert(
        fc.asyncProperty(
          fc.string(),
          fc.constantFrom('realistic', 'edge', 'mixed:edge=0.3'),
          async (seed, profile) => {
            const plan = planGeneration(model, { seed, count: 150, profile });
            const dataset = compileDataset(model, plan);
            const expected = dataset.entities
              .map((e) => [...records(dataset, e.name)].map((r) => JSON.stringify(r) + '\n').join(''))
              .join('');
            const producer = createChunkProducer(
              { model, plan, format: 'jsonl' },
              { workers: 1, batchSize: 97 },
            );
            let text = '';
            for (const entity of producer.dataset.entities)
              for await (const chunk of producer.chunks(entity.name))
                text += Buffer.from(chunk).toString('utf8');
            await producer.close();
            assert.equal(text, expected);
          },
        ),
        { numRuns: 6 },
      );
    }
  });

  it('adding a field leaves every other field of every entity unchanged', () => {
    fc.assert(
      fc.property(arbitraryModel, fc.nat(), fc.nat(), fc.string(), (model, at, which, seed) => {
        const entityIndex = which % model.entities.length;
        const target = model.entities[entityIndex] as Model['entities'][number];
        const extra: Field = {
          name: 'added',
          type: { kind: 'integer', min: 0, max: 9, distribution: { kind: 'uniform' } },
          unique: false,
          nullable: 0,
          optional: 0,
          description: null,
          example: null,
        };
        const fields = [...target.fields];
        fields.splice(1 + (at % fields.length), 0, extra);
        const grown: Model = {
          ...model,
          entities: model.entities.map((e, i) => (i === entityIndex ? { ...e, fields } : e)),
        };
        const before = allRecords(model, seed);
        const after = allRecords(grown, seed);
        for (const [entity, rows] of before) {
          const rowsAfter = after.get(entity) ?? [];
          rows.forEach((row, i) => {
            const { added: _added, ...rest } = rowsAfter[i] ?? {};
            assert.deepEqual(rest, row);
          });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('every foreign key resolves to an existing parent key', () => {
    fc.assert(
      fc.property(arbitraryModel, fc.string(), (model, seed) => {
        const data = allRecords(model, seed);
        for (const entity of model.entities) {
          for (const field of entity.fields) {
            if (field.type.kind !== 'fk') continue;
            const parentKeys = new Set(
              (data.get(field.type.entity) ?? []).map(
                (r) => r[field.type.kind === 'fk' ? field.type.field : 'id'],
              ),
            );
            for (const row of data.get(entity.name) ?? []) {
              const v = row[field.name];
              if (v !== undefined && v !== null)
                assert.ok(parentKeys.has(v), `${entity.name}.${field.name}=${String(v)} has no parent`);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('unique fields and keys never repeat a value', () => {
    fc.assert(
      fc.property(arbitraryModel, fc.string(), (model, seed) => {
        const data = allRecords(model, seed);
        for (const entity of model.entities) {
          for (const field of entity.fields.filter((f) => f.unique)) {
            const values = (data.get(entity.name) ?? [])
              .map((r) => r[field.name])
              .filter((v) => v !== undefined && v !== null);
            assert.equal(new Set(values).size, values.length, `${entity.name}.${field.name} repeats a value`);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
