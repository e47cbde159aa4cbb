/** @module The model of one of the contracts in examples/, for tests that start from the shipped examples. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContract, type Model } from '../../src/index.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');

/**
 * Loads `examples/<name>`, failing the test with the contract's issues when it does not load.
 * @example const shop = await exampleModel('shop.contract.yaml');
 */
export async function exampleModel(name: string): Promise<Model> {
  const { model, issues } = await loadContract(path.join(EXAMPLES, name));
  assert.ok(model, issues.map((i) => i.message).join('\n'));
  return model;
}
