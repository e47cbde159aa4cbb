/**
 * Negative records obey their labels on generated contracts: for every entity of an arbitrary model, every
 * record `negativeInstances` returns for the entity's JSON Schema fails the independent validator (hyperjump)
 * for exactly the labelled rule, and the same schema and seed give the same records.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { negativeInstances } from '../../src/engine/schema/negative/negativeInstances.js';
import { entityToJsonSchema } from '../../src/modelExport/modelToJsonSchema.js';
import { judgeNegative } from '../support/negativeJudge.js';
import { arbitraryModel } from './arbitraryModel.js';

it('every negative record of a generated entity schema fails exactly its labelled rule', async () => {
  await fc.assert(
    fc.asyncProperty(arbitraryModel, fc.string(), async (model, seed) => {
      for (const entity of model.entities) {
        const schema = entityToJsonSchema(model, entity);
        const result = negativeInstances(schema, { seed });
        assert.deepEqual(negativeInstances(schema, { seed }), result);
        for (const negative of result.instances) {
          const why = await judgeNegative(schema, negative);
          assert.equal(why, null, `${JSON.stringify(negative)} of ${JSON.stringify(schema)}: ${why}`);
        }
      }
    }),
    { numRuns: 40 },
  );
});
