import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { loadContract } from '../contract/loadContract.js';
import type { Model } from '../model/model.js';
import { createChunkProducer } from './parallel/chunkProducer.js';
import { planGeneration, type GenerateOptions } from './plan.js';
import { planWaves, waveCount, waveRanges } from './waves.js';

async function modelOf(file: string): Promise<Model> {
  const { model, issues } = await loadContract(file);
  assert.ok(model, JSON.stringify(issues));
  return model;
}

const ecommerce = await modelOf('examples/ecommerce.contract.yaml');
const shop = await modelOf('examples/shop.contract.yaml');
const small: GenerateOptions = { seed: 'waves', counts: { Customer: 300, Product: 80, Review: 120 } };

/** Each entity's bytes, from `parts` (waves) or from `chunks` (entity after entity). */
async function bytesByEntity(
  model: Model,
  options: GenerateOptions,
  how: { workers: number; batchSize: number; waves: boolean },
): Promise<Map<string, string>> {
  const producer = createChunkProducer(
    { model, plan: planGeneration(model, options), format: 'jsonl' },
    { workers: how.workers, batchSize: how.batchSize },
  );
  const text = new Map<string, string>();
  const add = (entity: string, bytes: string | Uint8Array) =>
    text.set(entity, (text.get(entity) ?? '') + Buffer.from(bytes).toString('utf8'));
  try {
    if (how.waves) for await (const part of producer.parts()) add(part.entity, part.bytes);
    else
      for (const entity of producer.dataset.entities)
        for await (const chunk of producer.chunks(entity.name)) add(entity.name, chunk);
  } finally {
    await producer.close();
  }
  return text;
}

describe('waves', () => {
  it('group the e-commerce entities that follow a customer in blocks, parents first, and window what they read', () => {
    const { groups, windows } = planWaves(ecommerce, planGeneration(ecommerce, small));
    assert.deepEqual(
      groups.map((g) => [g.root, g.followers.map((f) => `${f.parent}>${f.entity}`)]),
      [['Customer', ['Customer>Address', 'Customer>Order', 'Order>OrderItem', 'Order>Payment']]],
    );
    assert.deepEqual([...windows.keys()].sort(), [
      'Customer.country',
      'Customer.created_at',
      'Order.currency',
      'Order.placed_at',
      'Order.status',
      'Order.total',
      'OrderItem.line_total',
      // The line total's own inputs: the lines' pass finds them where the order's total left them.
      'OrderItem.quantity',
      'OrderItem.unit_price',
    ]);
    // The keys the followers reference keep their bytes for them.
    assert.deepEqual([...planWaves(ecommerce, planGeneration(ecommerce, small)).keys.keys()].sort(), [
      'Customer.id',
      'Order.id',
    ]);
    // The product's price is read across a foreign key too, but Product is not in the wave group.
    assert.ok(!windows.has('Product.price'));
  });

  it('leave a contract without blocks as it was', () => {
    assert.deepEqual(planWaves(shop, planGeneration(shop, { seed: 's' })).groups, []);
  });

  it("cover each member's rows once, in order, wave after wave", () => {
    const plan = planGeneration(ecommerce, small);
    const [group] = planWaves(ecommerce, plan).groups;
    assert.ok(group);
    const next = new Map<string, number>();
    for (let w = 0; w < waveCount(group, plan.counts.Customer ?? 0); w++)
      for (const range of waveRanges(group, w, plan.counts.Customer ?? 0)) {
        assert.equal(range.start, next.get(range.entity) ?? 0, `${range.entity} in wave ${w}`);
        assert.ok(range.end >= range.start);
        next.set(range.entity, range.end);
      }
    for (const name of ['Customer', 'Address', 'Order', 'OrderItem', 'Payment'])
      assert.equal(next.get(name), plan.counts[name], name);
  });

  it('write the same bytes as entity-by-entity encoding, for any batch size and 1 or 2 threads (law)', async () => {
    const expected = await bytesByEntity(ecommerce, small, { workers: 1, batchSize: 8192, waves: false });
    assert.ok((expected.get('OrderItem') ?? '').length > 0);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 600 }),
        fc.constantFrom(1, 2),
        async (batchSize, workers) => {
          assert.deepEqual(
            await bytesByEntity(ecommerce, small, { workers, batchSize, waves: true }),
            expected,
          );
        },
      ),
      { numRuns: 12 },
    );
  });
});
