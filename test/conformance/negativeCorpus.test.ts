/**
 * @module Issue 6's corpus check for negative payloads: for 40 request bodies of GitHub's and of Stripe's
 * OpenAPI descriptions (every kind of rule the bodies impose represented, the rest spread evenly over the
 * operations that have one), every negative record Fixtura
 * returns is rejected by an independent validator (hyperjump, over a test-only conversion of the document) for
 * exactly the labelled reason, and every kind of rule the bodies impose (outside anyOf/oneOf branches, which
 * the valid record may not take) is broken at least once.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { valueAt } from '../../src/jsonSchema/jsonPointer.js';
import { loadSchemaDocument } from '../../src/contract/openapi/schemaDocument.js';
import { negativeDocument } from '../../src/engine/schema/negative/negativeDocument.js';
import type { NegativeResult } from '../../src/engine/schema/negative/negativeApi.js';
import { corpusDocument } from '../support/openapiCorpus.js';
import { assertOpenapiFormats } from '../support/openapiFormats.js';
import { OpenapiNegativeJudge, type RequestBody } from '../support/openapiNegativeJudge.js';
import { truncatedJson } from '../support/truncatedJson.js';

const BODIES = 40;
const SEED = 'negative-corpus';
/** Failures listed in a message; the rest are counted. */
const LISTED = 10;

assertOpenapiFormats();

/** The formats the independent validator asserts (JSON Schema's, and OpenAPI's `byte`). */
const ASSERTED_FORMATS = new Set([
  'date',
  'date-time',
  'time',
  'duration',
  'email',
  'idn-email',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'iri',
  'iri-reference',
  'uuid',
  'uri-template',
  'json-pointer',
  'relative-json-pointer',
  'regex',
  'byte',
]);

/** Keywords of the written schemas the walk can break, and what makes them breakable. */
const BREAKABLE: Readonly<Record<string, (value: unknown) => boolean>> = {
  type: () => true,
  enum: () => true,
  const: () => true,
  minimum: (v) => typeof v === 'number',
  maximum: (v) => typeof v === 'number',
  exclusiveMinimum: (v) => v === true || typeof v === 'number',
  exclusiveMaximum: (v) => v === true || typeof v === 'number',
  multipleOf: (v) => typeof v === 'number',
  minLength: (v) => typeof v === 'number' && v > 0,
  maxLength: (v) => typeof v === 'number',
  pattern: (v) => typeof v === 'string',
  format: (v) => typeof v === 'string' && ASSERTED_FORMATS.has(v),
  required: (v) => Array.isArray(v) && v.length > 0,
  additionalProperties: (v) => v === false,
  minItems: (v) => typeof v === 'number' && v > 0,
  maxItems: (v) => typeof v === 'number',
  uniqueItems: (v) => v === true,
  minProperties: (v) => typeof v === 'number' && v > 0,
  maxProperties: (v) => typeof v === 'number',
};

for (const name of ['github', 'stripe']) {
  test(`${name}: negative request bodies each fail the independent validator for exactly the labelled rule`, async (t) => {
    const corpus = corpusDocument(name);
    const written = JSON.parse(readFileSync(corpus.file, 'utf8')) as unknown;
    const doc = await loadSchemaDocument(corpus.file);
    const withBodies = doc.operations().filter((o) => o.request !== null);
    const all: (RequestBody & { id: string })[] = withBodies.map((o) => ({
      id: o.id,
      pointer: (o.request as string).slice(1),
    }));
    const judge = new OpenapiNegativeJudge(written, doc.rootFor('request'), all);
    // readOnly properties leave Fixtura's requests but not the test converter's schemas: such bodies are not judged.
    const eligible = all.filter((b) => !judge.readsReadOnly(b));
    const chosen = choose(written, eligible);

    const counts = new Map<string, number>();
    const skipped = new Map<string, number>();
    const failures: string[] = [];
    let records = 0;
    try {
      for (const body of chosen) {
        let result: NegativeResult;
        try {
          result = negativeDocument(doc, { operation: body.id }, { seed: SEED });
        } catch (error) {
          failures.push(`${body.id}: ${(error as Error).message}`);
          continue;
        }
        for (const s of result.skipped) skipped.set(s.keyword, (skipped.get(s.keyword) ?? 0) + 1);
        for (const negative of result.instances) {
          records++;
          const { keyword } = negative.violates;
          counts.set(keyword, (counts.get(keyword) ?? 0) + 1);
          const why = await judge.judge(body, negative);
          if (why !== null)
            failures.push(
              `${body.id} ${keyword} at ${negative.violates.path || '/'} ${truncatedJson(negative.record)}: ${why}`,
            );
        }
      }
    } finally {
      judge.release();
    }
    const present = breakableKinds(written, chosen);
    const missing = [...present].filter((k) => !counts.has(k));
    t.diagnostic(
      `${name}: ${chosen.length} request bodies, ${records} negative records (${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}); ` +
        `skipped ${[...skipped].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}; rule kinds the bodies impose: ${[...present].join(', ')}`,
    );
    assert.equal(failures.length, 0, `${failures.length} failures:\n${failures.slice(0, LISTED).join('\n')}`);
    assert.deepEqual(missing, [], `rule kinds of the bodies with no negative record: ${missing.join(', ')}`);
  });
}

/**
 * 40 bodies, deterministically: in document order, each body that contains a kind of rule no earlier choice
 * contains, then bodies spread evenly over the rest — so every kind the document's bodies have is judged.
 */
function choose(written: unknown, eligible: readonly RequestBody[]): RequestBody[] {
  const picked = new Set<RequestBody>();
  const covered = new Set<string>();
  for (const body of eligible) {
    const kinds = [...breakableKinds(written, [body])].filter((k) => !covered.has(k));
    if (kinds.length === 0 || picked.size >= BODIES) continue;
    picked.add(body);
    kinds.forEach((k) => covered.add(k));
  }
  const rest = eligible.filter((b) => !picked.has(b));
  const step = rest.length / Math.max(1, BODIES - picked.size);
  for (let i = 0; picked.size < Math.min(BODIES, eligible.length); i++)
    picked.add(rest[Math.floor(i * step)] as RequestBody);
  return eligible.filter((b) => picked.has(b));
}

/** Rules inside these hold only for values that take that branch: the valid record may never reach them. */
const CONDITIONAL = new Set(['anyOf', 'oneOf', 'not', 'if', 'then', 'else']);

/**
 * The breakable keywords the bodies' written schemas impose on every valid record (outside anyOf/oneOf/if
 * branches), the components they reach included.
 */
function breakableKinds(written: unknown, bodies: readonly RequestBody[]): Set<string> {
  const found = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) return v.forEach(walk);
    for (const [k, x] of Object.entries(v)) {
      if (k === '$ref' && typeof x === 'string') walk(valueAt(written, x.slice(1)));
      else if (k === 'properties' && x !== null && typeof x === 'object') Object.values(x).forEach(walk);
      else if (!CONDITIONAL.has(k) && k !== 'example' && k !== 'examples' && k !== 'default') {
        if (BREAKABLE[k]?.(x)) found.add(k);
        if (k !== 'enum') walk(x);
      }
    }
  };
  for (const b of bodies) walk(valueAt(written, b.pointer));
  return found;
}
