import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { sampleSchema } from './sampleSchema.js';

/** The judge: Ajv 2020-12, configured apart from the sampler's own verifier. */
const judge = new Ajv2020({ strict: false, allErrors: true });

function instancesOf(schema: object, seed: string): unknown[] {
  const validate = judge.compile(schema);
  const out = sampleSchema(schema, { count: 12, seed });
  for (const v of out) assert.ok(validate(v), `${JSON.stringify(v)}: ${judge.errorsText(validate.errors)}`);
  return out;
}

describe('a oneOf whose branches overlap', () => {
  it('breaks each other branch through a property the chosen one leaves free (ix-api.net service configs)', () => {
    // As ix-api.net writes it: five kinds of service config that share their required properties, each with
    // a property or a requirement of its own, and no discriminating enum. An instance of one kind gives a
    // wrongly typed value to each property only another kind declares, and leaves out what another requires.
    const shared = {
      id: { type: 'string' },
      type: { type: 'string' },
      vlan: { type: 'integer' },
    };
    const kind = (own: object, required: string[] = []) => ({
      type: 'object',
      required: ['id', 'type', 'vlan', ...required],
      properties: { ...shared, ...own },
    });
    instancesOf(
      {
        oneOf: [
          kind({ asns: { type: 'array', items: { type: 'integer' } }, listed: { type: 'boolean' } }, [
            'asns',
            'listed',
          ]),
          kind({}),
          kind({ role: { type: 'string', enum: ['root', 'leaf'] } }),
          kind({ macs: { type: 'array', items: { type: 'string' } } }),
          kind({ handover: { type: 'integer' }, cloud_vlan: { type: 'integer' } }, [
            'handover',
            'cloud_vlan',
          ]),
        ],
      },
      'services',
    );
  });

  it('reaches the branch that leaves a property free, by giving it a value the other branch forbids', () => {
    const out = instancesOf(
      { oneOf: [{ properties: { kind: { const: 'a' } } }, { required: ['x'] }] },
      'kind',
    );
    assert.ok(
      out.some((v) => v !== null && typeof v === 'object' && 'x' in v),
      JSON.stringify(out),
    );
  });

  it('has instances when two $ref branches each constrain a property the other leaves free', () => {
    instancesOf(
      {
        $defs: {
          A: { type: 'object', properties: { a: { type: 'string' } } },
          B: { type: 'object', properties: { b: { type: 'integer' } } },
        },
        oneOf: [{ $ref: '#/$defs/A' }, { $ref: '#/$defs/B' }],
      },
      'refs',
    );
  });

  it('has instances when one branch is the other plus a required property', () => {
    instancesOf(
      {
        type: 'object',
        oneOf: [
          { properties: { id: { type: 'integer' } } },
          {
            properties: { id: { type: 'integer' }, name: { type: 'string', maxLength: 3 } },
            required: ['id'],
          },
        ],
      },
      'superset',
    );
  });

  it('has instances with three branches that all accept the empty object', () => {
    instancesOf(
      {
        type: 'object',
        oneOf: [
          { properties: { a: { type: 'string' } } },
          { properties: { b: { type: 'boolean' } } },
          { properties: { c: { enum: [1, 2] } } },
        ],
      },
      'three',
    );
  });

  it('has instances when the branches differ only in an enum of the same property', () => {
    instancesOf(
      {
        type: 'object',
        required: ['t'],
        properties: { t: { type: 'string' } },
        oneOf: [{ properties: { t: { enum: ['a', 'b'] } } }, { properties: { t: { enum: ['b', 'c'] } } }],
      },
      'enums',
    );
  });
});
