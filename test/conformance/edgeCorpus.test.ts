/**
 * @module Issue 6's corpus check for edge instances: for 40 request bodies of GitHub's and of Stripe's OpenAPI
 * descriptions (spread evenly over the operations that have one), every edge instance Fixtura returns is
 * valid under an independent validator (hyperjump, over a test-only conversion of the document).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { escapeToken, valueAt } from '../../src/jsonSchema/jsonPointer.js';
import { loadSchemaDocument } from '../../src/contract/openapi/schemaDocument.js';
import type { EdgeResult } from '../../src/engine/schema/edge/edgeApi.js';
import { edgeDocument } from '../../src/engine/schema/edge/edgeDocument.js';
import { DIALECT, independentValidator } from '../support/independentValidator.js';
import { corpusDocument } from '../support/openapiCorpus.js';
import { assertOpenapiFormats } from '../support/openapiFormats.js';
import { OpenapiNegativeJudge, type RequestBody } from '../support/openapiNegativeJudge.js';
import { openapiComponentsToJsonSchema } from '../support/openapiToJsonSchema.js';
import { truncatedJson } from '../support/truncatedJson.js';

const BODIES = 40;
const SEED = 'edge-corpus';
const LISTED = 10;

assertOpenapiFormats();

/** hyperjump misjudges multipleOf for negative multiples (see negativeInstances.test.ts): not a failure. */
function onlyNegativeMultipleOf(errors: readonly string[], instance: unknown): boolean {
  return errors.every((e) => {
    if (!/multipleOf/.test(e)) return /anyOf|oneOf|allOf|\$ref|properties|items/.test(e);
    const at = /^#(\S*)/.exec(e)?.[1] ?? '';
    const value = valueAt(instance, decodeURIComponent(at));
    return typeof value === 'number' && value < 0;
  });
}

for (const name of ['github', 'stripe']) {
  test(`${name}: edge instances of request bodies are all valid under the independent validator`, async (t) => {
    const corpus = corpusDocument(name);
    const written = JSON.parse(readFileSync(corpus.file, 'utf8')) as Record<string, unknown>;
    const doc = await loadSchemaDocument(corpus.file);
    const all: (RequestBody & { id: string })[] = doc
      .operations()
      .filter((o) => o.request !== null)
      .map((o) => ({ id: o.id, pointer: (o.request as string).slice(1) }));
    // readOnly properties leave Fixtura's requests but not the test converter's schemas: such bodies are not judged.
    const judge = new OpenapiNegativeJudge(written, doc.rootFor('request'), all);
    const eligible = all.filter((b) => !judge.readsReadOnly(b));
    judge.release();
    const step = eligible.length / BODIES;
    const chosen = Array.from(
      { length: Math.min(BODIES, eligible.length) },
      (_, i) => eligible[Math.floor(i * step)]!,
    );

    const schemas: Record<string, unknown> = {
      ...((written.components as Record<string, unknown> | undefined)?.schemas as Record<string, unknown>),
    };
    chosen.forEach((b, i) => (schemas[`__body_${i}`] = valueAt(written, b.pointer)));
    const { $defs } = openapiComponentsToJsonSchema({ openapi: '3.0.3', components: { schemas } }).schema;
    const fragments = chosen.map((_, i) => `#/$defs/${escapeToken(`__body_${i}`)}`);
    const validator = await independentValidator(
      { $schema: DIALECT.draft2020_12, $defs },
      DIALECT.draft2020_12,
      fragments,
    );

    const kinds = new Map<string, number>();
    const skipped = new Map<string, number>();
    const failures: string[] = [];
    let instances = 0;
    let tolerated = 0;
    try {
      chosen.forEach((body, i) => {
        let result: EdgeResult;
        try {
          result = edgeDocument(doc, { operation: body.id }, { seed: SEED });
        } catch (error) {
          failures.push(`${body.id}: ${(error as Error).message}`);
          return;
        }
        for (const s of result.skipped) skipped.set(s.kind, (skipped.get(s.kind) ?? 0) + 1);
        for (const { instance, hits } of result.instances) {
          instances++;
          for (const h of hits) kinds.set(h.kind, (kinds.get(h.kind) ?? 0) + 1);
          const verdict = validator.check(instance, fragments[i]);
          if (verdict.valid) continue;
          if (onlyNegativeMultipleOf(verdict.errors, instance)) tolerated++;
          else
            failures.push(
              `${body.id} ${hits.map((h) => `${h.kind} at ${h.path || '/'}`).join(', ')} ${truncatedJson(instance)}: ${verdict.errors.slice(0, 3).join('; ')}`,
            );
        }
      });
    } finally {
      validator.release();
    }
    t.diagnostic(
      `${name}: ${chosen.length} request bodies, ${instances} edge instances (hits: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}); ` +
        `skipped ${[...skipped].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}; ${tolerated} judged off the multipleOf grid by hyperjump's negative-multiple bug`,
    );
    assert.equal(failures.length, 0, `${failures.length} failures:\n${failures.slice(0, LISTED).join('\n')}`);
  });
}
