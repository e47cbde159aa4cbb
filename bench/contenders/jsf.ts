/**
 * @module Contender: json-schema-faker fed the JSON Schema a user gets from `fixtura schema`, one record per
 * call. jsf knows nothing of uniqueness, foreign keys or date bounds, so it does less work than the others.
 */
import { join } from 'node:path';
import { createGeneratorSync, type JsonSchema } from 'json-schema-faker';
import { loadContract } from '../../src/contract/loadContract.js';
import { modelToJsonSchema } from '../../src/modelExport/modelToJsonSchema.js';
import { openJsonl } from '../jsonlFile.js';
import { contenderOptions, measure } from '../measure.js';

/** Keywords jsf does not understand; a jsf user would delete them from `fixtura schema` output. */
function isForeignKeyword(key: string): boolean {
  return key.startsWith('x-fixtura-') || key === 'formatMinimum' || key === 'formatMaximum';
}

function stripForeignKeywords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripForeignKeywords);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !isForeignKeyword(key))
      .map(([key, inner]) => [key, stripForeignKeywords(inner)]),
  );
}

const options = contenderOptions();
const contract = await loadContract(options.contract);
if (!contract.model) throw new Error(`cannot load ${options.contract}`);
const { $defs } = modelToJsonSchema(contract.model);
const schemaOf = (entity: string): JsonSchema => {
  const schema = $defs[entity];
  if (!schema) throw new Error(`${options.contract} has no entity ${entity}`);
  return stripForeignKeywords(schema) as JsonSchema;
};
const customerSchema = schemaOf('Customer');
const orderSchema = schemaOf('Order');

async function generate(): Promise<void> {
  // jsf 0.6 seeds its own Mulberry32 PRNG; one generator for both entities, so each record gets the next
  // seed and order ids never replay customer ids.
  const jsf = createGeneratorSync({ seed: 42 });
  const customers = openJsonl(join(options.out, 'Customer.jsonl'));
  for (let i = 0; i < options.customers; i++) {
    const full = customers.append(jsf.generate(customerSchema));
    if (full) await full;
  }
  await customers.close();
  const orders = openJsonl(join(options.out, 'Order.jsonl'));
  for (let i = 0; i < options.orders; i++) {
    const full = orders.append(jsf.generate(orderSchema));
    if (full) await full;
  }
  await orders.close();
}

await measure(options.customers + options.orders, generate);
