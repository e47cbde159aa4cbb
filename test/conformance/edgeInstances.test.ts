/**
 * @module Issue 6's law for edge instances, judged by the independent validator (hyperjump, never Fixtura's
 * Ajv): every instance `edgeInstances` returns is valid — on small schemas covering each kind of edge, and on
 * the shop contract's entities.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadContract } from '../../src/contract/loadContract.js';
import type { EdgeResult } from '../../src/engine/schema/edge/edgeApi.js';
import { edgeInstances } from '../../src/engine/schema/edge/edgeInstances.js';
import { entityToJsonSchema } from '../../src/modelExport/modelToJsonSchema.js';
import { DIALECT, independentValidator } from '../support/independentValidator.js';
import { repoRoot } from '../support/runCli.js';

const SCHEMAS: readonly unknown[] = [
  { type: 'integer', minimum: 1, maximum: 10, multipleOf: 3 },
  { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
  // Positive bounds: hyperjump's multipleOf misjudges negative multiples (see negativeInstances.test.ts).
  { type: 'number', minimum: 5.25, maximum: 99999.99, multipleOf: 0.01 },
  { type: 'string', minLength: 3, maxLength: 5, pattern: '^[a-z]+$' },
  { type: 'string', format: 'uuid', maxLength: 36 },
  { type: ['string', 'null'], format: 'date' },
  { enum: ['PAID', 'PENDING', 1] },
  { type: 'array', items: { type: 'string', maxLength: 3 }, minItems: 1, maxItems: 3, uniqueItems: true },
  {
    type: 'object',
    required: ['id', 'lines'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', pattern: '^ORD-\\d{4}$' },
      note: { anyOf: [{ type: 'string', maxLength: 10 }, { type: 'null' }] },
      paid: { type: 'boolean' },
      lines: { type: 'array', minItems: 1, maxItems: 4, items: { $ref: '#/$defs/line' } },
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
          {
            type: 'object',
            required: ['kind'],
            properties: { kind: { const: 'dot' } },
            additionalProperties: false,
          },
        ],
      },
    },
  },
];

async function assertAllValid(schema: unknown, result: EdgeResult): Promise<void> {
  const validator = await independentValidator(schema, DIALECT.draft2020_12);
  try {
    for (const { instance, hits } of result.instances) {
      const verdict = validator.check(instance);
      assert.ok(
        verdict.valid,
        `${JSON.stringify(instance)} (${JSON.stringify(hits)}): ${verdict.errors.join('; ')}`,
      );
    }
  } finally {
    validator.release();
  }
}

function kinds(result: EdgeResult): Map<string, number> {
  const out = new Map<string, number>();
  for (const { hits } of result.instances) for (const h of hits) out.set(h.kind, (out.get(h.kind) ?? 0) + 1);
  return out;
}

describe('edge instances under the independent validator', () => {
  it('each instance of each small schema is valid, for several seeds', async (t) => {
    let total = 0;
    for (const schema of SCHEMAS)
      for (const seed of ['a', 'b', 'c']) {
        const result = edgeInstances(schema, { seed });
        assert.ok(result.instances.length > 0, JSON.stringify(schema));
        total += result.instances.length;
        await assertAllValid(schema, result);
      }
    t.diagnostic(`${SCHEMAS.length} schemas × 3 seeds: ${total} edge instances, all valid`);
  });

  it("the shop contract's entities: every instance valid, the Order's bounds and enum values hit", async (t) => {
    const { model } = await loadContract(path.join(repoRoot, 'examples/shop.contract.yaml'));
    assert.ok(model);
    for (const entity of model.entities) {
      const schema = entityToJsonSchema(model, entity);
      const result = edgeInstances(schema, { seed: 'shop' });
      await assertAllValid(schema, result);
      const found = kinds(result);
      t.diagnostic(
        `shop ${entity.name}: ${result.instances.length} edge instances (${[...found].map(([k, n]) => `${k} ${n}`).join(', ')}); ` +
          `skipped ${result.skipped.map((s) => `${s.kind} at ${s.path} (${s.reason})`).join('; ') || 'none'}`,
      );
      if (entity.name === 'Order')
        for (const kind of ['minimum', 'maximum', 'enum'])
          assert.ok(found.has(kind), `Order: no ${kind} edge`);
    }
  });
});
