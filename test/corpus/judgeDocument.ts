/**
 * @module Judges one document of the corpus: `fixtura sample --all -n 5` with every instance checked by the
 * independent validator under the strict reading, each refusal checked by independent samplers and its proof
 * by an independent checker (checkProof.ts), then
 * `fixtura generate -n 20` and `fixtura validate` on the result. The commands run in-process through the
 * CLI's own entry point, so their exit codes are the ones a user sees, without a process start each.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DIALECT,
  independentValidator,
  schemaProblems,
  type IndependentValidator,
} from '../support/independentValidator.js';
import { assertOpenapiFormats } from '../support/openapiFormats.js';
import { componentSchemas, openapiComponentsToJsonSchema } from '../support/openapiToJsonSchema.js';
import { runCli, type CliResult } from '../support/runCli.js';
import { causeOf, type DocumentResult, type Finding } from './corpusFinding.js';
import { invalidCause } from './invalidCause.js';
import { checkProof } from './checkProof.js';
import { multipleOfDefect } from './multipleOfDefect.js';
import { checkRefusal, JSF_DRAWS_PER_DOCUMENT } from './refusalProof.js';
import { setAsideUnjudgeable } from './setAsideUnjudgeable.js';

/** Instances asked of each schema, and rows of each entity in the round trip (issue 14). */
export const INSTANCES = 5;
export const ROWS = 20;
const SEED = 'corpus';

assertOpenapiFormats();

type Sampled = Record<string, unknown[] | { error: { code: string; message: string } }>;

/**
 * Judges the document at `file`, reported as `name`.
 *
 * @example
 * await judgeDocument('xkcd.com.json', '/…/api/xkcd.com.json');
 * // { document: 'xkcd.com.json', schemas: 1, valid: 1, refused: 0, …, roundTrip: 'ok', findings: [] }
 */
export async function judgeDocument(name: string, given: string): Promise<DocumentResult> {
  // The round trip runs in a temporary folder, so the document is named absolutely.
  const file = path.resolve(given);
  const started = Date.now();
  const findings: Finding[] = [];
  const found = (pointer: string, kind: Finding['kind'], cause: string, message: string): void => {
    // Long enough for a refusal's message and its checked proof.
    findings.push({ document: name, pointer, kind, cause, message: message.slice(0, 1200) });
  };
  const counts = { schemas: 0, valid: 0, refused: 0, invalid: 0, invalidInstances: 0 };
  const exits: number[] = [];
  const document = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const { prefix, schemas } = componentSchemas(document);
  counts.schemas = Object.keys(schemas).length;

  const sample = await runCli(['sample', file, '--all', '-n', String(INSTANCES), '--seed', SEED]);
  exits.push(sample.code);
  if (sample.code === 3) found('sample', 'exit-3', `sample: ${internalError(sample)}`, sample.stderr);
  else if (sample.code === 2)
    found('sample', 'sample-refused', `sample: ${causeOf(sample.stderr)}`, sample.stderr);
  else if (counts.schemas > 0) {
    let validator: IndependentValidator | undefined;
    try {
      const converted = openapiComponentsToJsonSchema(document);
      const fragments = [...converted.fragments.values()];
      // The schemas hyperjump cannot compile are set aside, each reported, and the rest is judged.
      let judged = converted.schema;
      let unjudgeable = new Map<string, string>();
      try {
        validator = await independentValidator(judged, DIALECT.draft2020_12, fragments);
      } catch (error) {
        if ((error as Error).name !== 'InvalidSchemaError') throw error;
        const aside = await setAsideUnjudgeable(converted.schema, (s) =>
          schemaProblems(s, DIALECT.draft2020_12),
        );
        if (!aside) throw error;
        ({ schema: judged, unjudgeable } = aside);
        validator = await independentValidator(
          judged,
          DIALECT.draft2020_12,
          fragments.filter((f) => !unjudgeable.has(f)),
        );
      }
      const sampled = JSON.parse(sample.stdout) as Sampled;
      const budget = { draws: JSF_DRAWS_PER_DOCUMENT };
      for (const [pointer, fragment] of converted.fragments) {
        const result = sampled[pointer];
        const check = (instance: unknown) => validator!.check(instance, fragment);
        const setAside = unjudgeable.get(fragment);
        if (result === undefined) {
          found(pointer, 'too-few', 'missing from sample --all', `${pointer} is not in the output`);
        } else if (setAside !== undefined) {
          found(
            pointer,
            'not-judged',
            `the corpus could not judge this schema: ${causeOf(setAside)}`,
            setAside,
          );
        } else if (!Array.isArray(result)) {
          counts.refused++;
          const original = schemas[decodeName(pointer.slice(prefix.length))];
          const { counterexample, cutShort } = checkRefusal({
            converted: judged,
            fragment,
            original,
            document,
            check,
            budget,
          });
          const refusal = `${result.error.code}: ${result.error.message}`;
          if (counterexample)
            found(
              pointer,
              'wrong-refusal',
              `refused ${causeOf(refusal)}`,
              `${refusal}; disproved by ${counterexample.sampler}: ${JSON.stringify(counterexample.instance).slice(0, 200)} is valid`,
            );
          else {
            const proof = checkProof({
              code: result.error.code,
              message: result.error.message,
              converted: converted.schema,
              fragment,
              check: (instance, at) => validator!.check(instance, at),
            });
            if (proof.verdict === 'proven')
              found(
                pointer,
                'proven-refusal',
                `refused ${causeOf(refusal)}`,
                `${refusal}; checked: ${proof.proof}`,
              );
            else if (proof.verdict === 'false')
              found(
                pointer,
                'false-proof',
                `refused ${causeOf(refusal)}`,
                `${refusal}; the proof does not check out: ${proof.why}`,
              );
            else
              found(
                pointer,
                'unproven-refusal',
                `refused ${causeOf(refusal)}`,
                `${refusal} (${cutShort ? "json-schema-faker's draws for this document ran out first; " : ''}the checker: ${proof.why})`,
              );
          }
        } else {
          const verdicts = result.map((instance) => {
            const verdict = check(instance);
            const defect = verdict.valid ? undefined : multipleOfDefect(verdict.errors, instance, judged);
            return { instance, verdict, defect };
          });
          const bad = verdicts.filter((v) => !v.verdict.valid && v.defect === undefined);
          const defects = verdicts.filter((v) => v.defect !== undefined);
          if (bad.length > 0) {
            counts.invalid++;
            counts.invalidInstances += bad.length;
            const first = bad[0]!;
            const error = first.verdict.errors[0] ?? 'invalid';
            found(
              pointer,
              'invalid',
              invalidCause(error, first.instance, judged),
              `${error} in ${JSON.stringify(first.instance).slice(0, 300)}`,
            );
          } else if (result.length < INSTANCES) {
            found(pointer, 'too-few', 'fewer instances than asked', `${result.length} of ${INSTANCES}`);
          } else {
            counts.valid++;
            const first = defects[0];
            if (first)
              found(
                pointer,
                'judge-defect',
                "hyperjump's multipleOf rejects an exact multiple (a floating-point remainder)",
                `${first.defect} in ${JSON.stringify(first.instance).slice(0, 200)}`,
              );
          }
        }
      }
    } catch (error) {
      found(
        'sample',
        'not-judged',
        `the corpus could not judge: ${causeOf((error as Error).message)}`,
        String(error),
      );
    } finally {
      validator?.release();
    }
  }

  const roundTrip = hasObjectComponents(schemas) ? await generateThenValidate(file, exits, found) : 'none';
  return { document: name, ...counts, exits, roundTrip, findings, millis: Date.now() - started };
}

async function generateThenValidate(
  file: string,
  exits: number[],
  found: (pointer: string, kind: Finding['kind'], cause: string, message: string) => void,
): Promise<'ok' | 'refused' | 'failed'> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'fixtura-corpus-'));
  try {
    // One worker thread: the corpus already runs one document per core.
    const generate = await runCli(
      ['generate', file, '-n', String(ROWS), '--out', out, '--seed', SEED, '--workers', '1', '--quiet'],
      out,
    );
    exits.push(generate.code);
    if (generate.code === 2 && LOCATED.test(generate.stderr)) return 'refused';
    if (generate.code !== 0) {
      const cause = generate.code === 3 ? internalError(generate) : causeOf(generate.stderr);
      found(
        'generate',
        generate.code === 3 ? 'exit-3' : 'round-trip',
        `generate exit ${generate.code}: ${cause}`,
        generate.stderr,
      );
      return 'failed';
    }
    const validate = await runCli(['validate', file, out, '--format', 'json', '--max-issues', '3'], out);
    exits.push(validate.code);
    if (validate.code === 0) return 'ok';
    if (validate.code === 3)
      found('validate', 'exit-3', `validate exit 3: ${internalError(validate)}`, validate.stderr);
    else
      found(
        'validate',
        'round-trip',
        `validate exit ${validate.code}: ${validateCause(validate)}`,
        firstIssue(validate),
      );
    return 'failed';
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** A refusal is located when it names a JSON pointer or a file position. */
const LOCATED = /#\/\S|\.(?:json|ya?ml):\d+/;

interface ValidateJson {
  issues?: { code?: string; entity?: string; field?: string; message?: string; actual?: string }[];
}

function parsedIssues(result: CliResult): ValidateJson['issues'] {
  try {
    return (JSON.parse(result.stdout) as ValidateJson).issues;
  } catch {
    return undefined;
  }
}

function validateCause(result: CliResult): string {
  const issue = parsedIssues(result)?.[0];
  return issue ? `${issue.code} ${causeOf(issue.message ?? '')}` : causeOf(result.stderr);
}

function firstIssue(result: CliResult): string {
  const issue = parsedIssues(result)?.[0];
  return issue
    ? `${issue.entity}${issue.field ?? ''}: ${issue.code}: ${issue.message} (found ${issue.actual})`
    : result.stderr;
}

/** The internal error's first line and the first frame inside Fixtura, which is what tells two crashes apart. */
function internalError(result: CliResult): string {
  const lines = result.stderr.split('\n');
  const frame = lines
    .find((l) => /dist\/src\//.test(l))
    ?.replace(/^.*dist\/src\//, '')
    .replace(/:\d+:\d+\)?$/, '');
  return `${causeOf(lines[0] ?? '')}${frame ? ` at ${frame}` : ''}`;
}

function hasObjectComponents(schemas: Record<string, unknown>): boolean {
  return Object.values(schemas).some(
    (s) =>
      typeof s === 'object' &&
      s !== null &&
      ((s as Record<string, unknown>).type === 'object' || 'properties' in s),
  );
}

/** A component's name from its pointer token. */
function decodeName(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}
