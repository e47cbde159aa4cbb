/**
 * @module Issue 4's conformance on the official JSON-Schema-Test-Suite (draft 2020-12 and draft 7, required and
 * optional): `sampleSchema` gives valid instances of satisfiable schemas and refuses unsatisfiable ones, every
 * instance judged by an independent validator (hyperjump, formats asserted), never by Fixtura's own Ajv.
 */
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { UnsatisfiableSchemaError } from '../../src/engine/schema/sampleApi.js';
import { sampleSchema } from '../../src/engine/schema/sampleSchema.js';
import { suiteCases, type SuiteCase } from '../support/jsonSchemaSuite.js';
import {
  caseValidator,
  DRAFT_2020_12,
  DRAFT_7,
  schemaOfCase,
  type SuiteDraft,
} from '../support/suiteCaseValidator.js';
import { expectedDisagreements, gapFor } from '../support/suiteValidatorGaps.js';
import { truncatedJson } from '../support/truncatedJson.js';

const INSTANCES = 5;
const SEED = 'conformance';
const SATISFIABLE_THRESHOLD = 0.99;
const REFUSAL_THRESHOLD = 0.8;
/**
 * Issue 4 sets thresholds for draft 2020-12; draft 7 now meets them too, so they are asserted for both (set
 * this to false to report draft 7's rates without failing). Invalid instances fail in every draft.
 */
const DRAFT_7_THRESHOLDS_ASSERTED = true;
/** Failures listed in a message; the rest are counted. */
const LISTED = 15;
/** The slowest cases named in the report, to show where sampling time goes. */
const SLOWEST = 5;

type Outcome =
  /** Exactly five instances, all valid. */
  | 'valid'
  /** At least one instance the independent validator rejects: always a failure. */
  | 'invalid'
  /** `UnsatisfiableSchemaError`. */
  | 'refused'
  /** Any other error. */
  | 'crashed'
  /** Valid instances, but not five of them. */
  | 'too-few'
  /** Left out because the independent validator cannot judge the schema (see suiteValidatorGaps.ts). */
  | 'excluded';

interface CaseResult {
  readonly draft: SuiteDraft;
  readonly case: SuiteCase;
  readonly outcome: Outcome;
  readonly detail: string;
  /** Seconds `sampleSchema` took. */
  readonly seconds: number;
}

const name = (r: CaseResult): string =>
  `${r.draft.name}/${r.case.file} #${r.case.index} "${r.case.description}"`;
const percent = (part: number, whole: number): string =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;

async function sampleCase(draft: SuiteDraft, c: SuiteCase): Promise<CaseResult> {
  const gap = gapFor(draft.name, c);
  if (gap?.remedy.kind === 'exclude')
    return { draft, case: c, outcome: 'excluded', detail: gap.reason, seconds: 0 };
  const started = performance.now();
  let instances: readonly unknown[] = [];
  let failure: Pick<CaseResult, 'outcome' | 'detail'> | undefined;
  try {
    instances = sampleSchema(schemaOfCase(draft, c), { count: INSTANCES, seed: SEED, file: c.file });
  } catch (error) {
    failure =
      error instanceof UnsatisfiableSchemaError
        ? { outcome: 'refused', detail: `${error.code}: ${error.message}` }
        : { outcome: 'crashed', detail: briefly(error) };
  }
  const seconds = (performance.now() - started) / 1000;
  return { draft, case: c, seconds, ...(failure ?? (await judge(draft, c, instances))) };
}

async function judge(
  draft: SuiteDraft,
  c: SuiteCase,
  instances: readonly unknown[],
): Promise<Pick<CaseResult, 'outcome' | 'detail'>> {
  const validator = await caseValidator(draft, c);
  try {
    for (const [i, instance] of instances.entries()) {
      const verdict = validator.check(instance);
      if (verdict.valid) continue;
      const gap = gapFor(draft.name, c);
      const note =
        gap?.remedy.kind === 'known-false-negative'
          ? ` (note: the validator may be wrong here: ${gap.reason})`
          : '';
      const which = `instance ${i + 1} of ${instances.length} ${truncatedJson(instance)}`;
      return { outcome: 'invalid', detail: `${which} is invalid: ${verdict.errors.join('; ')}${note}` };
    }
  } finally {
    validator.release();
  }
  if (instances.length !== INSTANCES) return { outcome: 'too-few', detail: `${instances.length} instances` };
  return { outcome: 'valid', detail: '' };
}

/** The first lines of an error's stack, on one line. */
function briefly(error: unknown): string {
  return String((error as Error).stack ?? error)
    .split('\n')
    .slice(0, 3)
    .join(' | ');
}

function listed(results: readonly CaseResult[]): string {
  const lines = results.slice(0, LISTED).map((r) => `  ${name(r)}: ${r.outcome} ${r.detail}`.trimEnd());
  if (results.length > LISTED) lines.push(`  … and ${results.length - LISTED} more`);
  return lines.join('\n');
}

async function runDraft(t: TestContext, draft: SuiteDraft, thresholdsAsserted: boolean): Promise<void> {
  const started = performance.now();
  const cases = suiteCases(draft.name);
  const results: CaseResult[] = [];
  for (const c of cases.filter((c) => !c.needsRemotes)) results.push(await sampleCase(draft, c));
  const seconds = (performance.now() - started) / 1000;

  const judged = results.filter((r) => r.outcome !== 'excluded');
  const satisfiable = judged.filter((r) => r.case.satisfiable);
  const unsatisfiable = judged.filter((r) => !r.case.satisfiable);
  const fullyValid = satisfiable.filter((r) => r.outcome === 'valid');
  const refused = unsatisfiable.filter((r) => r.outcome === 'refused');
  const invalid = results.filter((r) => r.outcome === 'invalid');
  const satisfiableMisses = satisfiable.filter((r) => r.outcome !== 'valid');
  const unrefused = unsatisfiable.filter((r) => r.outcome !== 'refused');

  t.diagnostic(
    `${draft.name}: ${cases.length} cases, ${cases.length - results.length} skipped (need the suite's remotes), ` +
      `${results.length - judged.length} excluded (validator gap), ${seconds.toFixed(1)} s`,
  );
  t.diagnostic(
    `${draft.name}: satisfiable ${fullyValid.length}/${satisfiable.length} give ${INSTANCES}/${INSTANCES} valid ` +
      `(${percent(fullyValid.length, satisfiable.length)}, threshold ${SATISFIABLE_THRESHOLD * 100}%)`,
  );
  t.diagnostic(
    `${draft.name}: unsatisfiable ${refused.length}/${unsatisfiable.length} refused ` +
      `(${percent(refused.length, unsatisfiable.length)}, threshold ${REFUSAL_THRESHOLD * 100}%)`,
  );
  const satisfiableAfterAll = unrefused.filter((r) => r.outcome === 'valid');
  t.diagnostic(
    `${draft.name}: of the ${unrefused.length} unsatisfiable cases not refused, ${satisfiableAfterAll.length} gave ` +
      `${INSTANCES} instances the independent validator accepts: satisfiable after all, though the suite lists only invalid tests`,
  );
  t.diagnostic(`${draft.name}: cases with an invalid instance: ${invalid.length}`);
  const slowest = [...results].sort((a, b) => b.seconds - a.seconds).slice(0, SLOWEST);
  t.diagnostic(
    `${draft.name}: slowest ${slowest.map((r) => `${name(r)} ${r.seconds.toFixed(2)} s`).join(', ')}`,
  );
  for (const r of [...satisfiableMisses, ...unrefused]) t.diagnostic(`${name(r)}: ${r.outcome} ${r.detail}`);

  await t.test('no sampled instance is invalid', () => {
    assert.equal(invalid.length, 0, `${invalid.length} cases gave an invalid instance:\n${listed(invalid)}`);
  });
  const todo = thresholdsAsserted ? false : 'draft 7 thresholds are reported, not asserted (issue 4)';
  await t.test(
    `at least ${SATISFIABLE_THRESHOLD * 100}% of satisfiable cases give ${INSTANCES} valid instances out of ${INSTANCES}`,
    { todo },
    () => {
      assert.ok(
        fullyValid.length >= SATISFIABLE_THRESHOLD * satisfiable.length,
        `${fullyValid.length}/${satisfiable.length} satisfiable cases fully valid; the others:\n${listed(satisfiableMisses)}`,
      );
    },
  );
  // A case with no valid test is only likely unsatisfiable: five instances the independent validator accepts
  // prove it satisfiable (e.g. {} for "unevaluatedProperties can't see inside cousins"), and refusing it would
  // be wrong. The threshold applies to the rest: the cases nothing has shown to be satisfiable.
  const unproven = unsatisfiable.filter((r) => r.outcome !== 'valid');
  const refusedUnproven = unproven.filter((r) => r.outcome === 'refused');
  t.diagnostic(
    `${draft.name}: unsatisfiable and not proven satisfiable: ${refusedUnproven.length}/${unproven.length} refused ` +
      `(${percent(refusedUnproven.length, unproven.length)}, threshold ${REFUSAL_THRESHOLD * 100}%)`,
  );
  await t.test(
    `at least ${REFUSAL_THRESHOLD * 100}% of unsatisfiable cases (none of whose instances validate) are refused`,
    { todo },
    () => {
      assert.ok(
        refusedUnproven.length >= REFUSAL_THRESHOLD * unproven.length,
        `${refusedUnproven.length}/${unproven.length} unsatisfiable cases refused; the others:\n${listed(unproven.filter((r) => r.outcome !== 'refused'))}`,
      );
    },
  );
}

test('draft 2020-12: Fixtura samples valid instances of satisfiable schemas and refuses the rest', async (t) => {
  await runDraft(t, DRAFT_2020_12, true);
});

test('draft 7: Fixtura samples valid instances of satisfiable schemas and refuses the rest', async (t) => {
  await runDraft(t, DRAFT_7, DRAFT_7_THRESHOLDS_ASSERTED);
});

test('the independent validator agrees with the suite on its own instances, except the documented gaps', async () => {
  const surprises: string[] = [];
  for (const draft of [DRAFT_2020_12, DRAFT_7]) {
    for (const c of suiteCases(draft.name).filter((c) => !c.needsRemotes)) {
      const gap = gapFor(draft.name, c);
      const expected = gap ? expectedDisagreements(gap, c) : [];
      const fixed = gap?.remedy.kind === 'rewrite' || gap?.remedy.kind === 'secondary-check';
      const where = `${draft.name}/${c.file} "${c.description}"`;
      const raw = await disagreements(draft, c, false);
      if (raw.join('\n') !== expected.join('\n'))
        surprises.push(`${where}: disagrees on [${raw.join(', ')}], documented [${expected.join(', ')}]`);
      if (fixed) {
        const remedied = await disagreements(draft, c, true);
        if (remedied.length > 0)
          surprises.push(`${where}: still disagrees after the remedy on [${remedied}]`);
      }
    }
  }
  assert.deepEqual(surprises, [], `update test/support/suiteValidatorGaps.ts:\n${surprises.join('\n')}`);
});

/** The descriptions of the case's tests on which the independent validator and the suite disagree. */
async function disagreements(draft: SuiteDraft, c: SuiteCase, remedies: boolean): Promise<string[]> {
  const validator = await caseValidator(draft, c, { remedies });
  try {
    const out: string[] = [];
    for (const t of c.tests) if (validator.check(t.data).valid !== t.valid) out.push(t.description);
    return out;
  } finally {
    validator.release();
  }
}
