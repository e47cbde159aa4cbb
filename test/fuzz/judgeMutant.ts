/**
 * @module Judges one mutant as a user would meet it: load it as a contract; when it loads, generate a few
 * rows of every entity into a folder and validate them against the same contract. Every outcome but a
 * located refusal or a valid dataset is a finding.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadContract } from '../../src/contract/loadContract.js';
import { ContractError, type ContractIssue } from '../../src/model/issues.js';
import { writeDataset } from '../../src/sinks/writeDataset.js';
import { datasetFiles } from '../../src/sources/datasetFiles.js';
import { validate } from '../../src/validate/validateDataset.js';

/** What became of a mutant (HANG is decided by the runner, which can stop the thread). */
export type Outcome = 'ok' | 'refused' | 'crash' | 'invalid' | 'hang';

export interface Verdict {
  readonly outcome: Outcome;
  /** A refusal some issue of which lacks a location, an expected value or a hint. */
  readonly messageDefect: boolean;
  /** For a crash or an invalid dataset: what happened, in a line or two. */
  readonly detail: string;
  /** The stage: load, generate or validate. */
  readonly stage: string;
}

const ROWS = 5;

/** The first issue lacking a part of an actionable message, as JSON (or '' when none does). */
function firstDefect(issues: readonly ContractIssue[]): string {
  const found = issues.find(
    (i) =>
      (i.location as unknown) === null ||
      [i.expected, i.found, i.hint].some((part) => typeof part !== 'string' || part.trim() === ''),
  );
  return found ? JSON.stringify(found) : '';
}

function defective(issues: readonly ContractIssue[]): boolean {
  return issues.some(
    (i) =>
      (i.location as unknown) === null ||
      [i.expected, i.found, i.hint].some((part) => typeof part !== 'string' || part.trim() === ''),
  );
}

function describe(e: unknown): string {
  const error = e as Error;
  return `${error?.name ?? 'Error'}: ${String(error?.message ?? e).slice(0, 300)}\n${(error?.stack ?? '').split('\n').slice(1, 6).join('\n')}`;
}

/** Writes the mutant as `dir/name`, loads it, generates into `dir/out` and validates what was written. */
export async function judgeMutant(
  dir: string,
  name: string,
  text: string,
  format: 'jsonl' | 'csv',
): Promise<Verdict> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, text);
  let stage = 'load';
  try {
    const parsed = await loadContract(file);
    if (!parsed.model)
      return {
        outcome: 'refused',
        messageDefect: defective(parsed.issues),
        detail: firstDefect(parsed.issues),
        stage,
      };
    stage = 'generate';
    const out = path.join(dir, 'out');
    try {
      await writeDataset(parsed.model, {
        outDir: out,
        format,
        seed: 'fuzz',
        count: ROWS,
        workers: 1,
        sourceMap: parsed.sourceMap,
        clock: () => new Date(0),
      });
    } catch (e) {
      if (e instanceof ContractError)
        return {
          outcome: 'refused',
          messageDefect: defective(e.issues),
          detail: firstDefect(e.issues),
          stage,
        };
      // The file system refusing a name (too long, say): the CLI's exit 2 "cannot write the dataset", with
      // no location or hint, so a message defect.
      const io = e as NodeJS.ErrnoException;
      if (typeof io.code === 'string' && typeof io.syscall === 'string')
        return { outcome: 'refused', messageDefect: true, detail: io.message, stage };
      throw e;
    }
    stage = 'validate';
    for (const f of readdirSync(out)) {
      const written = readFileSync(path.join(out, f), 'utf8');
      // JSON has neither; a CSV cell is a bare token.
      if (/(^|[:,[])\s*-?(NaN|Infinity)\s*($|[,}\]\n])/m.test(written))
        return { outcome: 'invalid', messageDefect: false, detail: `${f} holds NaN or Infinity`, stage };
    }
    const { files, issues } = datasetFiles(parsed.model, [out]);
    const result = await validate(parsed.model, files, { maxIssues: 3 }, issues);
    if (!result.valid) {
      const first = result.issues
        .slice(0, 3)
        .map((i) => JSON.stringify(i).slice(0, 300))
        .join('\n');
      return { outcome: 'invalid', messageDefect: false, detail: first, stage };
    }
    return { outcome: 'ok', messageDefect: false, detail: '', stage };
  } catch (e) {
    return { outcome: 'crash', messageDefect: false, detail: describe(e), stage };
  }
}
