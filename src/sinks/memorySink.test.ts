import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exampleModel } from '../../test/support/exampleModel.js';
import { compileDataset } from '../engine/compileDataset.js';
import { planGeneration } from '../engine/plan.js';
import { records } from '../engine/records.js';
import { generateInto } from './generateInto.js';
import { memorySink } from './memorySink.js';

const shop = await exampleModel('shop.contract.yaml');
const request = { seed: 'memory', counts: { Customer: 3, Order: 4 }, workers: 1 };

describe('memorySink', () => {
  it('holds nothing before its first commit', () => {
    const sink = memorySink();
    assert.equal(sink.manifest, null);
    assert.deepEqual(sink.entities(), []);
    assert.throws(() => sink.text('Customer'), /no entity "Customer".*nothing is committed yet/);
  });

  for (const format of ['jsonl', 'json'])
    it(`gives back the records it was given as ${format}, the values records() computes`, async () => {
      const sink = memorySink();
      await generateInto(shop, sink, { ...request, format });
      const dataset = compileDataset(shop, planGeneration(shop, request));
      for (const entity of ['Customer', 'Order'])
        assert.deepEqual(sink.records(entity), JSON.parse(JSON.stringify([...records(dataset, entity)])));
    });

  it('refuses to read CSV back as records, and gives its text', async () => {
    const sink = memorySink();
    await generateInto(shop, sink, { ...request, format: 'csv' });
    assert.throws(
      () => sink.records('Customer'),
      /reads JSON Lines and JSON, and this dataset is csv; read text\(\)/,
    );
    assert.match(sink.text('Customer'), /^id,email,country,birthdate\n/);
    assert.equal(sink.text('Customer').split('\n').length, 3 + 2);
  });

  it('lists the entities in contract order, though entities in waves finish interleaved', async () => {
    const ecommerce = await exampleModel('ecommerce.contract.yaml');
    const sink = memorySink();
    await generateInto(ecommerce, sink, { seed: 'memory', count: 5, workers: 1 });
    assert.deepEqual(
      sink.entities(),
      ecommerce.entities.map((e) => e.name),
    );
  });

  it('names each target memory:<Entity> and keeps a second run apart until it commits', async () => {
    const sink = memorySink();
    await generateInto(shop, sink, request);
    assert.deepEqual(
      sink.manifest?.files.map((f) => f.path),
      ['memory:Customer', 'memory:Order'],
    );
    await sink.begin({ model: shop, format: 'jsonl', extension: 'jsonl' });
    await assert.rejects(
      sink.begin({ model: shop, format: 'jsonl', extension: 'jsonl' }),
      /a run is under way: commit or abort it first/,
    );
    sink.abort();
    assert.equal(sink.text('Order').split('\n').length, 4 + 1);
  });
});
