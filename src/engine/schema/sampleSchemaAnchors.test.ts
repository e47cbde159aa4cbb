/**
 * Regression tests for anchors and lookarounds in AWS patterns the corpus judged once ADR 018 judged AWS
 * documents schema by schema (issue 14): those with strings get instances, those without are refused with
 * the anchor that proves it, and an object that needs such a value says why it needs one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { UnsatisfiableSchemaError } from './sampleApi.js';
import { sampleSchema } from './sampleSchema.js';

const ajv = new Ajv2020({ strict: false });

function refusal(schema: unknown): UnsatisfiableSchemaError {
  try {
    sampleSchema(schema, { count: 1 });
  } catch (error) {
    if (error instanceof UnsatisfiableSchemaError) return error;
    throw error;
  }
  assert.fail(`expected a refusal for ${JSON.stringify(schema)}`);
}

// The patterns as AWS publishes them (storagegateway, iottwinmaker, sagemaker, opsworkscm).
const IPV4 = '^((25[0-5]|(2[0-4]|1[0-9]|[1-9]|)[0-9])(\\.(?!$)|$)){4}';
const S3_LOCATION = '.*(^arn:((aws)|(aws-cn)|(aws-us-gov)):s3:::)([a-zA-Z0-9_-]+$).*';
const METADATA_VALUE = '^\\([\\p\\{L\\}\\p\\{Z\\}\\p\\{N\\}_.:\\/=\\+\\-@]*\\)$\\{1,256\\}';
const PRIVATE_KEY =
  '\\(\\?ms\\)\\s*^-----BEGIN \\(\\?-s:.*\\)PRIVATE KEY-----$.*\\?^-----END \\(\\?-s:.*\\)PRIVATE KEY-----$\\s*';

describe('anchors and lookarounds inside repetitions and after optional text', () => {
  it('draws through a lookahead and a $ in a repeated alternation: (\\.(?!$)|$){4} gives dotted quads', () => {
    const schema = { type: 'string', pattern: IPV4, minLength: 7, maxLength: 15 };
    const validate = ajv.compile(schema);
    for (const v of sampleSchema(schema, { count: 20, seed: 'ipv4' })) {
      assert.ok(validate(v), String(v));
      assert.match(String(v), /^\d+\.\d+\.\d+\.\d+$/);
    }
  });

  it('draws through a ^ after a .* that may match nothing: .*(^arn:…:s3:::)([…]+$).* gives S3 ARNs', () => {
    const schema = { type: 'string', pattern: S3_LOCATION, minLength: 0, maxLength: 1024 };
    const validate = ajv.compile(schema);
    for (const v of sampleSchema(schema, { count: 20, seed: 's3' })) {
      assert.ok(validate(v), String(v));
      assert.match(String(v), /^arn:aws(-cn|-us-gov)?:s3:::/);
    }
  });
});

describe('patterns an anchor proves empty', () => {
  it('refuses a $ before a literal {1,256} every match consumes, saying so at the pattern', () => {
    const error = refusal({ type: 'string', pattern: METADATA_VALUE, minLength: 1, maxLength: 256 });
    assert.equal(error.code, 'schema/string-conflict');
    assert.match(error.message, /\$ at offset 40 comes before text every match must consume/);
    assert.match(error.message, /\(#\/pattern\)/);
  });

  it('refuses a ^ after a literal "(?ms)" every match consumes, saying so at the pattern', () => {
    const error = refusal({ type: 'string', pattern: PRIVATE_KEY, maxLength: 4096 });
    assert.equal(error.code, 'schema/string-conflict');
    assert.match(error.message, /\^ at offset 11 comes after text every match must consume/);
  });

  it('an object whose minProperties needs a value no additionalProperties value satisfies names both in its proof', () => {
    const error = refusal({
      type: 'object',
      minProperties: 1,
      additionalProperties: { type: 'string', pattern: METADATA_VALUE },
    });
    assert.equal(error.code, 'schema/string-conflict');
    assert.match(
      error.message,
      /^minProperties 1 \(#\/minProperties\) asks for 1 property, and every property's value falls under additionalProperties \(#\/additionalProperties\), which no value satisfies: no string matches .*\$ at offset 40 comes before text/,
    );
    assert.deepEqual(
      error.locations.map((l) => l.pointer),
      ['/minProperties', '/additionalProperties/pattern'],
    );
  });

  it('an object that could build too few of its minProperties says how many, and why one failed', () => {
    const error = refusal({
      type: 'object',
      minProperties: 2,
      properties: { a: { type: 'string' } },
      additionalProperties: { type: 'string', pattern: METADATA_VALUE },
    });
    assert.match(
      error.message,
      /^minProperties 2 \(#\/minProperties\) asks for 2 properties and only 1 could be built: /,
    );
  });
});
