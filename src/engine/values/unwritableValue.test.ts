import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ContractError } from '../../contract/issues.js';
import { parseDsl } from '../../contract/dsl/parseDsl.js';
import { compileDataset } from '../compileDataset.js';
import { planGeneration } from '../plan.js';
import { records } from '../records.js';
import { modelToJsonSchema } from '../../model/modelToJsonSchema.js';

const contract = (derive: string, b = 'integer(>=0,<=1)') => `entities:
  A:
    fields:
      - a: integer(>=0,<=3)
      - b: ${b}
      - x: ${derive}
`;

function generateAll(text: string): unknown[] {
  const { model, sourceMap } = parseDsl(text, 'c.yaml');
  assert.ok(model);
  const dataset = compileDataset(model, planGeneration(model, { counts: { A: 50 } }), sourceMap);
  return [...records(dataset, 'A')];
}

test('a derive dividing a double by zero stops with the field located, instead of writing Infinity', () => {
  assert.throws(
    () => generateAll(contract('derive(double(a) / double(b))')),
    (e: unknown) =>
      e instanceof ContractError &&
      e.issues[0]?.code === 'generate/unwritable-value' &&
      e.issues[0]?.location?.line === 6 &&
      /Infinity|NaN/.test(e.issues[0]?.found ?? ''),
  );
});

test('an int derive dividing by zero stops instead of writing a null its schema refuses', () => {
  assert.throws(() => generateAll(contract('derive(a / b)')), /division by zero/);
});

test('a derive is null only where an input is null, and its schema then allows null', () => {
  const text = contract('derive(double(b) / 2.0)', 'integer(>=1,<=3) nullable(0.5)');
  const rows = generateAll(text) as { b: unknown; x: unknown }[];
  assert.ok(rows.some((r) => r.x === null));
  for (const r of rows) assert.equal(r.x === null, r.b === null);
  const { model } = parseDsl(text, 'c.yaml');
  const schema = modelToJsonSchema(model!) as { $defs: { A: { properties: { x: { type: unknown } } } } };
  assert.deepEqual(schema.$defs.A.properties.x.type, ['number', 'null']);
});
