/**
 * @module Validator peer: the loop people write by hand — read JSONL line by line, JSON.parse, call one
 * compiled Ajv validator per entity. It checks only the schema: no references, no uniqueness.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadContract } from '../../src/contract/loadContract.js';
import { modelToJsonSchema } from '../../src/modelExport/modelToJsonSchema.js';
import { measure } from '../measure.js';

const [contract, dir, rows] = process.argv.slice(2) as [string, string, string];
const { model } = await loadContract(contract);
if (!model) throw new Error(`cannot load ${contract}`);
const { $id: _id, ...schema } = modelToJsonSchema(model);
const ajv = new Ajv2020({ allErrors: true, strict: false, multipleOfPrecision: 6 });
addFormats.default(ajv, { keywords: true });
ajv.addSchema(schema, 'contract');

await measure(Number(rows), async () => {
  let invalid = 0;
  for (const entity of model.entities) {
    const validate = ajv.compile({ $ref: `contract#/$defs/${entity.name}` });
    const lines = createInterface({
      input: createReadStream(path.join(dir, `${entity.name}.jsonl`), 'utf8'),
      crlfDelay: Infinity,
    });
    for await (const line of lines) if (!validate(JSON.parse(line))) invalid++;
  }
  if (invalid > 0) throw new Error(`${invalid} invalid records`);
});
