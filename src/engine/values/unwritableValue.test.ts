import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ContractError } from '../../model/issues.js';
import { parseDsl } from '../../contract/dsl/parseDsl.js';
import { compileDataset } from '../compileDataset.js';
import { planGeneration } from '../plan.js';
import { records } from '../records.js';
import { modelToJsonSchema } from '../../modelExport/modelToJsonSchema.js';

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

test('a derive over a nullable input is refused before generating unless guarded or nullable (ADR 015)', () => {
  const refused = parseDsl(contract('derive(double(b) / 2.0)', 'integer(>=1,<=3) nullable(0.5)'), 'c.yaml');
  assert.equal(refused.model, null);
  assert.deepEqual(
    refused.issues.map((i) => [i.code, i.location?.line]),
    [['dsl/derive-without-value', 6]],
  );
  const guarded = contract('"derive(b == null ? 0.0 : double(b) / 2.0)"', 'integer(>=1,<=3) nullable(0.5)');
  for (const r of generateAll(guarded) as { b: unknown; x: unknown }[]) assert.notEqual(r.x, null);
});

test('a nullable derive is null where an input is null, and its schema allows null', () => {
  const text = contract('derive(double(b) / 2.0) nullable(0.01)', 'integer(>=1,<=3) nullable(0.5)');
  const rows = generateAll(text) as { b: unknown; x: unknown }[];
  assert.ok(rows.some((r) => r.x === null));
  for (const r of rows) if (r.b === null) assert.equal(r.x, null);
  const { model } = parseDsl(text, 'c.yaml');
  const schema = modelToJsonSchema(model!) as {
    $defs: { A: { properties: { x: { anyOf: unknown } } } };
  };
  assert.deepEqual(schema.$defs.A.properties.x.anyOf, [{ type: 'number' }, { type: 'null' }]);
});

test('a derive that gives no value in a row the types did not show stops the run there, never writing null', () => {
  // `in` lets a null through the contract check; the engine then meets the row and stops.
  const text = contract(`"derive(b in [1, 2] ? 'low' : string(b * 2))"`, 'integer(>=1,<=3) nullable(0.5)');
  assert.throws(
    () => generateAll(text),
    (e: unknown) =>
      e instanceof ContractError &&
      e.issues[0]?.code === 'generate/unwritable-value' &&
      e.issues[0]?.location?.line === 6 &&
      /row \d+/.test(e.issues[0]?.message ?? '') &&
      /b is null or absent/.test(e.issues[0]?.found ?? ''),
  );
});

test('a derive giving a list stops the run rather than write null in its place', () => {
  assert.throws(
    () => generateAll(contract('derive(dyn([a, 2]))')),
    (e: unknown) =>
      e instanceof ContractError &&
      e.issues[0]?.code === 'generate/unwritable-value' &&
      /a list, map or bytes/.test(e.issues[0]?.found ?? ''),
  );
});
