/**
 * @module Issue 6's law for negative records, judged by the independent validator (hyperjump, never Fixtura's
 * Ajv): every record `negativeInstances` returns is rejected for exactly its labelled rule — on small schemas
 * covering each kind of rule, and on the shop contract's Order, whose decimals are also written the way
 * `fixtura validate` checks them (`x-fixtura-decimals`).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { exactDecimals } from '../../src/jsonSchema/decimalsKeyword.js';
import { loadContract } from '../../src/contract/loadContract.js';
import type { NegativeInstance } from '../../src/engine/schema/negative/negativeApi.js';
import { negativeInstances } from '../../src/engine/schema/negative/negativeInstances.js';
import { entityToJsonSchema } from '../../src/modelExport/modelToJsonSchema.js';
import { judgeNegative } from '../support/negativeJudge.js';
import { repoRoot } from '../support/runCli.js';

/** Schemas with every kind of rule the walk breaks, alone and mixed, nested, behind `$ref` and in branches. */
const SCHEMAS: readonly unknown[] = [
  { type: 'integer', minimum: 1, maximum: 10, multipleOf: 3 },
  { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
  // Positive: hyperjump's multipleOf misjudges negative multiples (-5.26 % 0.01 is -0.0099…, which it compares
  // with +0.01), so the nearest value below -5.25, -5.26, would be called off the grid.
  { type: 'number', minimum: 5.25, maximum: 99999.99, multipleOf: 0.01 },
  { type: 'string', minLength: 3, maxLength: 5, pattern: '^[a-z]+$' },
  { type: 'string', format: 'email', maxLength: 40 },
  { type: 'string', format: 'date-time' },
  { type: 'string', format: 'uuid' },
  { type: 'string', format: 'ipv4' },
  { enum: ['PAID', 'PENDING', 1] },
  { type: 'boolean', const: true },
  { type: 'array', items: { type: 'string', maxLength: 3 }, minItems: 1, maxItems: 3, uniqueItems: true },
  { type: 'array', prefixItems: [{ type: 'integer' }, { type: 'string', format: 'date' }], items: false },
  {
    type: 'object',
    required: ['id', 'lines'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', pattern: '^ORD-\\d{4}$' },
      note: { anyOf: [{ type: 'string', maxLength: 10 }, { type: 'null' }] },
      lines: { type: 'array', minItems: 1, items: { $ref: '#/$defs/line' } },
    },
    $defs: {
      line: {
        type: 'object',
        required: ['sku', 'qty'],
        properties: {
          sku: { type: 'string', minLength: 2 },
          qty: { type: 'integer', minimum: 1, maximum: 99 },
        },
        unevaluatedProperties: false,
      },
    },
  },
  {
    type: 'object',
    required: ['shape'],
    properties: {
      shape: {
        oneOf: [
          {
            type: 'object',
            required: ['kind', 'r'],
            properties: { kind: { const: 'circle' }, r: { type: 'number', exclusiveMinimum: 0 } },
          },
          {
            type: 'object',
            required: ['kind', 'side'],
            properties: { kind: { const: 'square' }, side: { type: 'integer', minimum: 1 } },
          },
        ],
      },
    },
  },
  {
    type: 'object',
    properties: { a: { type: 'integer' }, b: { type: 'integer' }, c: { type: 'integer' } },
    minProperties: 2,
    maxProperties: 2,
  },
];

async function assertAllExact(schema: unknown, negatives: readonly NegativeInstance[]): Promise<void> {
  for (const negative of negatives) {
    const why = await judgeNegative(schema, negative);
    assert.equal(why, null, `${JSON.stringify(negative)}: ${why}`);
  }
}

describe('negative records under the independent validator', () => {
  it('each record of each small schema fails exactly its labelled rule, for several seeds', async (t) => {
    let total = 0;
    for (const schema of SCHEMAS)
      for (const seed of ['a', 'b', 'c']) {
        const { instances } = negativeInstances(schema, { seed });
        assert.ok(instances.length > 0, JSON.stringify(schema));
        total += instances.length;
        await assertAllExact(schema, instances);
      }
    t.diagnostic(
      `${SCHEMAS.length} schemas × 3 seeds: ${total} negative records, each failing exactly its rule`,
    );
  });

  it("the shop contract's Order: one record per rule kind at least, each failing exactly its rule", async (t) => {
    const { model } = await loadContract(path.join(repoRoot, 'examples/shop.contract.yaml'));
    assert.ok(model);
    const order = model.entities.find((e) => e.name === 'Order');
    assert.ok(order);
    const schema = entityToJsonSchema(model, order);
    const { instances, skipped } = negativeInstances(schema, { seed: 'shop' });
    await assertAllExact(schema, instances);

    // As `fixtura validate` reads it: decimals as x-fixtura-decimals, judged as the multipleOf they stand for.
    const exact = exactDecimals(schema);
    const decimals = negativeInstances(exact, { seed: 'shop' }).instances.filter(
      (n) => n.violates.keyword === 'x-fixtura-decimals',
    );
    assert.equal(decimals.length, 1);
    for (const n of decimals) {
      const asMultipleOf = {
        ...n,
        violates: {
          ...n.violates,
          keyword: 'multipleOf',
          schemaPath: n.violates.schemaPath.replace('x-fixtura-decimals', 'multipleOf'),
        },
      };
      assert.equal(await judgeNegative(schema, asMultipleOf), null, JSON.stringify(n));
    }

    const kinds = new Map<string, number>();
    for (const n of [...instances, ...decimals])
      kinds.set(n.violates.keyword, (kinds.get(n.violates.keyword) ?? 0) + 1);
    t.diagnostic(
      `shop Order: ${instances.length + decimals.length} negative records (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}); ` +
        `skipped ${skipped.map((s) => `${s.keyword} at ${s.path} (${s.reason})`).join('; ')}`,
    );
    for (const kind of [
      'type',
      'required',
      'additionalProperties',
      'format',
      'minimum',
      'maximum',
      'multipleOf',
      'x-fixtura-decimals',
      'enum',
    ])
      assert.ok(kinds.has(kind), `no ${kind} record`);
  });
});
