/**
 * The shapes of Kubernetes' OpenAPI document that once made `generate` refuse it with `openapi/not-a-schema`:
 * JSONSchemaProps has properties named `definitions`, `patternProperties` and `dependencies`, whose values are
 * schemas of maps, not maps of schemas (`…/properties/definitions/type` was read as a schema named `type`).
 * With IntOrString (`format: int-or-string`) and `x-kubernetes-*` extensions, the round trip exits 0 (issue 14).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../support/runCli.js';

const PROPS = '#/components/schemas/io.k8s.JSONSchemaProps';
const mapOfProps = { type: 'object', additionalProperties: { $ref: PROPS } };
const document = {
  openapi: '3.0.0',
  info: { title: 'Kubernetes shapes', version: 'v1.27' },
  paths: {},
  components: {
    schemas: {
      'io.k8s.JSONSchemaProps': {
        type: 'object',
        description: 'a JSON-Schema following Specification Draft 4',
        properties: {
          $schema: { type: 'string' },
          definitions: mapOfProps,
          patternProperties: mapOfProps,
          dependencies: {
            type: 'object',
            additionalProperties: { type: 'array', items: { type: 'string' } },
          },
          type: { type: 'string' },
          'x-kubernetes-int-or-string': { type: 'boolean' },
        },
      },
      'io.k8s.IntOrString': { type: 'string', format: 'int-or-string' },
      'io.k8s.Port': {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', default: '' },
          targetPort: { allOf: [{ $ref: '#/components/schemas/io.k8s.IntOrString' }], default: {} },
        },
        'x-kubernetes-map-type': 'atomic',
      },
    },
  },
};

describe("Kubernetes' document shapes", () => {
  it('a property named definitions holding a map of schemas is generated and validated', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fixtura-k8s-'));
    const contract = path.join(dir, 'k8s.openapi.json');
    const out = path.join(dir, 'out');
    writeFileSync(contract, JSON.stringify(document));
    const g = await runCli(['generate', contract, '-n', '5', '--out', out]);
    assert.equal(g.code, 0, g.stderr);
    assert.doesNotMatch(g.stderr, /not-a-schema/);
    const v = await runCli(['validate', contract, out]);
    assert.equal(v.code, 0, v.stdout + v.stderr);
  });
});
