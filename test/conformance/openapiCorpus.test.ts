/**
 * @module Issue 4's corpus check: every component schema of GitHub's, Stripe's and Kubernetes' OpenAPI
 * descriptions yields 20 instances through `sampleDocument`, each valid under an independent validator
 * (hyperjump) against the same schema converted by a test-only converter, not by Fixtura's own.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadSchemaDocument } from '../../src/contract/openapi/schemaDocument.js';
import { UnsatisfiableSchemaError } from '../../src/engine/schema/sampleApi.js';
import { sampleDocument } from '../../src/engine/schema/sampleDocument.js';
import { DIALECT, independentValidator, type IndependentValidator } from '../support/independentValidator.js';
import { corpusDocuments, type CorpusDocument } from '../support/openapiCorpus.js';
import { assertOpenapiFormats } from '../support/openapiFormats.js';
import { openapiComponentsToJsonSchema } from '../support/openapiToJsonSchema.js';
import { truncatedJson } from '../support/truncatedJson.js';

const INSTANCES = 20;
const SEED = 'corpus';
/** Failures listed in a message; the rest are counted. */
const LISTED = 15;
/** The slowest schemas named in the report, to show where sampling time goes. */
const SLOWEST = 5;

assertOpenapiFormats();

type Outcome = 'valid' | 'invalid' | 'refused' | 'crashed' | 'too-few';

interface SchemaResult {
  readonly pointer: string;
  readonly outcome: Outcome;
  /** Instances the independent validator rejects. */
  readonly invalid: number;
  readonly detail: string;
  /** Seconds `sampleDocument` took. */
  readonly sampling: number;
  /** Seconds the independent validator took. */
  readonly validating: number;
}

type Judgement = Pick<SchemaResult, 'outcome' | 'invalid' | 'detail'>;

for (const corpus of corpusDocuments) {
  test(`${corpus.name}: every component schema yields ${INSTANCES} instances, all valid under the independent validator`, async (t) => {
    const results = await sampleCorpus(corpus);
    const fullyValid = results.filter((r) => r.outcome === 'valid');
    const invalid = results.filter((r) => r.invalid > 0);
    const invalidInstances = invalid.reduce((sum, r) => sum + r.invalid, 0);
    const refused = results.filter((r) => r.outcome === 'refused');
    const missing = results.filter((r) => r.outcome !== 'valid' && r.outcome !== 'invalid');
    const seconds = (key: 'sampling' | 'validating') =>
      results.reduce((sum, r) => sum + r[key], 0).toFixed(1);

    t.diagnostic(
      `${corpus.name}: ${results.length} schemas, ${fullyValid.length} with ${INSTANCES}/${INSTANCES} valid, ` +
        `${refused.length} refused, ${missing.length - refused.length} crashed or short, ` +
        `${invalidInstances} invalid instances (in ${invalid.length} schemas), ` +
        `${seconds('sampling')} s sampling + ${seconds('validating')} s validating`,
    );
    const slowest = [...results].sort((a, b) => b.sampling - a.sampling).slice(0, SLOWEST);
    t.diagnostic(
      `${corpus.name}: slowest ${slowest.map((r) => `${r.pointer} ${r.sampling.toFixed(2)} s`).join(', ')}`,
    );
    for (const r of results.filter((r) => r.outcome !== 'valid'))
      t.diagnostic(`${r.pointer}: ${r.outcome} ${r.detail}`);

    await t.test('no instance is invalid', () => {
      assert.equal(
        invalidInstances,
        0,
        `${invalidInstances} invalid instances in ${invalid.length} schemas:\n${listed(invalid)}`,
      );
    });
    await t.test(`every component schema yields ${INSTANCES} instances`, () => {
      assert.equal(missing.length, 0, `${missing.length} schemas did not:\n${listed(missing)}`);
    });
  });
}

async function sampleCorpus(corpus: CorpusDocument): Promise<SchemaResult[]> {
  const converted = openapiComponentsToJsonSchema(JSON.parse(readFileSync(corpus.file, 'utf8')));
  const validator = await independentValidator(converted.schema, DIALECT.draft2020_12, [
    ...converted.fragments.values(),
  ]);
  const doc = await loadSchemaDocument(corpus.file);
  const listedByFixtura = new Set(doc.components());
  const unlisted = [...converted.fragments.keys()].filter((pointer) => !listedByFixtura.has(pointer));
  assert.deepEqual(unlisted, [], 'SchemaDocument.components() misses component schemas');

  const results: SchemaResult[] = [];
  try {
    for (const [pointer, fragment] of converted.fragments) {
      const started = performance.now();
      let instances: readonly unknown[] = [];
      let failure: Judgement | undefined;
      try {
        instances = sampleDocument(doc, { pointer }, { count: INSTANCES, seed: SEED });
      } catch (error) {
        failure =
          error instanceof UnsatisfiableSchemaError
            ? { outcome: 'refused', invalid: 0, detail: `${error.code}: ${error.message}` }
            : { outcome: 'crashed', invalid: 0, detail: briefly(error) };
      }
      const sampled = performance.now();
      const judgement = failure ?? judge(validator, instances, fragment);
      const validating = (performance.now() - sampled) / 1000;
      results.push({ pointer, ...judgement, sampling: (sampled - started) / 1000, validating });
    }
  } finally {
    validator.release();
  }
  return results;
}

function judge(validator: IndependentValidator, instances: readonly unknown[], fragment: string): Judgement {
  let invalid = 0;
  let first = '';
  for (const [i, instance] of instances.entries()) {
    const verdict = validator.check(instance, fragment);
    if (verdict.valid) continue;
    invalid++;
    first ||= `instance ${i + 1} ${truncatedJson(instance)}: ${verdict.errors.slice(0, 5).join('; ')}`;
  }
  const detail = `${invalid}/${instances.length} invalid; first: ${first}`;
  if (invalid > 0) return { outcome: 'invalid', invalid, detail };
  if (instances.length !== INSTANCES)
    return { outcome: 'too-few', invalid, detail: `${instances.length} instances` };
  return { outcome: 'valid', invalid, detail: '' };
}

/** The first lines of an error's stack, on one line. */
function briefly(error: unknown): string {
  return String((error as Error).stack ?? error)
    .split('\n')
    .slice(0, 3)
    .join(' | ');
}

function listed(results: readonly SchemaResult[]): string {
  const lines = results.slice(0, LISTED).map((r) => `  ${r.pointer}: ${r.outcome} ${r.detail}`.trimEnd());
  if (results.length > LISTED) lines.push(`  … and ${results.length - LISTED} more`);
  return lines.join('\n');
}
