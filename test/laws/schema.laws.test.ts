/**
 * The engine and the JSON Schema export must agree: every generated record validates against the schema of
 * its entity under Ajv (draft 2020-12, with ajv-formats), for generated contracts.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { compileDataset } from '../../src/engine/compileDataset.js';
import { planGeneration } from '../../src/engine/plan.js';
import { records } from '../../src/engine/records.js';
import { modelToJsonSchema } from '../../src/modelExport/modelToJsonSchema.js';
import { arbitraryModel } from './arbitraryModel.js';
import { formatValidators } from '../../src/engine/values/formats/jsonSchemaFormats.js';

function validator(): Ajv2020 {
  // Ajv checks multipleOf by floating-point division (0.29 / 0.01 = 28.999999999999996, and the error grows
  // with magnitude), so exact two-decimal values need a tolerance; see docs/contract-dsl.md.
  const ajv = new Ajv2020({ allErrors: true, strict: true, multipleOfPrecision: 6 });
  for (const keyword of ['x-fixtura-fk', 'x-fixtura-unique', 'x-fixtura-key']) ajv.addKeyword(keyword);
  addFormats.default(ajv, { keywords: true });
  // Formats ajv-formats does not know (idn-email, iri, …) are asserted with Fixtura's validators.
  for (const [name, check] of Object.entries(formatValidators)) ajv.addFormat(name, check);
  return ajv;
}

it('every generated record validates against its entity schema (Ajv, draft 2020-12)', () => {
  const ajv = validator();
  fc.assert(
    fc.property(arbitraryModel, fc.string(), (model, seed) => {
      // Compiled once per entity in a fresh document, so the $id of one run never clashes with another's.
      const { $id: _id, ...schema } = modelToJsonSchema(model);
      const dataset = compileDataset(model, planGeneration(model, { seed, count: 150 }));
      for (const entity of model.entities) {
        const validate = ajv.compile({ ...schema, $ref: `#/$defs/${entity.name}` });
        for (const record of records(dataset, entity.name)) {
          assert.ok(
            validate(record),
            `${entity.name} ${JSON.stringify(record)}: ${ajv.errorsText(validate.errors)}`,
          );
        }
      }
    }),
    { numRuns: 80 },
  );
});
