import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProofCheck } from './checkProof.js';
import { checkProofIn } from './checkProofIn.js';
import { emptyByAnchor } from './emptyByAnchor.js';

// sagemaker's metadata value and map, opsworkscm's private key (AWS, as published), and neighbours with strings.
const VALUE = '^\\([\\p\\{L\\}\\p\\{Z\\}\\p\\{N\\}_.:\\/=\\+\\-@]*\\)$\\{1,256\\}';
const KEY =
  '\\(\\?ms\\)\\s*^-----BEGIN \\(\\?-s:.*\\)PRIVATE KEY-----$.*\\?^-----END \\(\\?-s:.*\\)PRIVATE KEY-----$\\s*';
const document = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {},
  components: {
    schemas: {
      Value: { type: 'string', pattern: VALUE, minLength: 1, maxLength: 256 },
      Map: { type: 'object', minProperties: 1, additionalProperties: { $ref: '#/components/schemas/Value' } },
      Declared: {
        type: 'object',
        minProperties: 1,
        properties: { a: { type: 'string' } },
        additionalProperties: { $ref: '#/components/schemas/Value' },
      },
      Grouped: { type: 'string', pattern: '(a^b)' },
    },
  },
};

const checked = (name: string, message: string): Promise<ProofCheck> =>
  checkProofIn(document, name, 'schema/string-conflict', message);

const claim = '$ at offset 40 comes before text every match must consume, and without the m flag …';

test('an anchor after or before text that cannot match empty proves a pattern empty, read apart from Fixtura', () => {
  assert.match(emptyByAnchor(KEY) ?? '', /^\^ at offset 11 comes after "\\\\\(\\\\\?ms\\\\\)\\\\s\*"/);
  assert.match(
    emptyByAnchor('^\\(a*\\)$\\{1,256\\}') ?? '',
    /^\$ at offset 7 comes before "\\\\\{1,256\\\\\}"/,
  );
  assert.match(emptyByAnchor('/^[a-z]+$/') ?? '', /^\^ at offset 1 comes after "\/"/);
  // Text that may be empty, a top-level |, an anchor in a group, or a lookaround before it: no proof.
  for (const pattern of ['^[a-z]+$', '.*(^arn:aws)x$.*', 'a|^b', '(a^b)', '(?=a)^a', 'a\\b^'])
    assert.equal(emptyByAnchor(pattern), undefined, pattern);
});

test("a string-conflict that names an anchor is proven on a string's pattern", async () => {
  const result = await checked('Value', `no string matches /…/: ${claim}`);
  assert.equal(result.verdict, 'proven');
  assert.match(result.verdict === 'proven' ? result.proof : '', /#\/\$defs\/Value\/pattern: \$ at offset/);
});

test('an object whose minProperties asks for a property, none declared, is proven through additionalProperties', async () => {
  const result = await checked('Map', `minProperties 1 … asks for 1 property, …: ${claim}`);
  assert.equal(result.verdict, 'proven');
  assert.match(
    result.verdict === 'proven' ? result.proof : '',
    /#\/\$defs\/Map\/minProperties asks for a property, none is declared, so every value falls under #\/\$defs\/Map\/additionalProperties: #\/\$defs\/Value\/pattern: /,
  );
});

test('an anchor proof the checker cannot read is undecided, never false', async () => {
  // "a" may be the property: minProperties is met without additionalProperties.
  assert.equal((await checked('Declared', `minProperties 1 …: ${claim}`)).verdict, 'undecided');
  // Fixtura reads anchors inside groups; the checker reads the top level only.
  assert.equal(
    (
      await checked(
        'Grouped',
        `no string matches /(a^b)/: ^ at offset 2 comes after text every match must consume`,
      )
    ).verdict,
    'undecided',
  );
});
