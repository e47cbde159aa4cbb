/**
 * @module Runs mutants through a worker thread, one at a time, under a time budget each: a mutant that
 * overruns it is a HANG, and its thread is stopped and replaced. Counts every outcome.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Outcome, Verdict } from './judgeMutant.js';
import type { MutantRequest } from './fuzzWorker.js';
import { mutate } from './mutate.js';
import type { SeedDocument } from './seeds.js';

export interface FuzzOptions {
  readonly seed: string;
  readonly seeds: readonly SeedDocument[];
  /** Stop after this many mutants… */
  readonly mutants?: number;
  /** …or after this long, whichever comes first. */
  readonly millis?: number;
  /** A mutant taking longer is a HANG. */
  readonly timeoutMs: number;
  /** Called for every crash, invalid dataset and hang. */
  readonly onFinding?: (finding: Finding) => void;
  /** Called for each refusal whose message lacks a location, expected, found or hint. */
  readonly onDefect?: (finding: Finding) => void;
}

/** A mutant worth a corpus case: its name and text, and what happened. */
export interface Finding {
  readonly index: number;
  readonly seedName: string;
  readonly name: string;
  readonly text: string;
  readonly verdict: Verdict;
}

export interface FuzzSummary {
  readonly mutants: number;
  readonly millis: number;
  readonly counts: Readonly<Record<Outcome, number>>;
  /** Refusals with an issue lacking a location, an expected value or a hint. */
  readonly messageDefects: number;
  readonly findings: readonly Finding[];
}

/** The mutant number `index` of a run: which document, and its text. */
export function mutantOf(
  seeds: readonly SeedDocument[],
  seed: string,
  index: number,
): { seedName: string; text: string } {
  const doc = seeds[index % seeds.length] as SeedDocument;
  return { seedName: doc.name, text: mutate(doc, `${seed}:${index}`) };
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const started = Date.now();
  const root = mkdtempSync(path.join(os.tmpdir(), 'fixtura-fuzz-'));
  const counts: Record<Outcome, number> = { ok: 0, refused: 0, crash: 0, invalid: 0, hang: 0 };
  const findings: Finding[] = [];
  let messageDefects = 0;
  let generation = 0;
  const spawn = (): Worker =>
    new Worker(new URL('./fuzzWorker.js', import.meta.url), {
      workerData: { dir: path.join(root, String(generation++)) },
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
  let worker = spawn();
  const limit = options.mutants ?? Infinity;
  const until = options.millis === undefined ? Infinity : started + options.millis;
  let index = 0;
  try {
    for (; index < limit && Date.now() < until; index++) {
      const { seedName, text } = mutantOf(options.seeds, options.seed, index);
      const request: MutantRequest = {
        id: index,
        name: seedName,
        text,
        format: index % 5 === 4 ? 'csv' : 'jsonl',
      };
      const current = worker;
      const verdict = await new Promise<Verdict>((resolve) => {
        const timer = setTimeout(
          () =>
            resolve({
              outcome: 'hang',
              messageDefect: false,
              detail: `over ${options.timeoutMs} ms`,
              stage: '',
            }),
          options.timeoutMs,
        );
        const done = (v: Verdict): void => {
          clearTimeout(timer);
          current.off('message', onMessage);
          current.off('error', onError);
          current.off('exit', onExit);
          resolve(v);
        };
        const onMessage = (m: { id: number; verdict: Verdict }): void => {
          if (m.id === index) done(m.verdict);
        };
        const onError = (e: Error): void =>
          done({ outcome: 'crash', messageDefect: false, detail: `worker died: ${e.message}`, stage: '' });
        const onExit = (code: number): void =>
          done({ outcome: 'crash', messageDefect: false, detail: `worker exited with ${code}`, stage: '' });
        current.on('message', onMessage);
        current.on('error', onError);
        current.on('exit', onExit);
        current.postMessage(request);
      });
      if (verdict.outcome === 'hang' || verdict.detail.startsWith('worker')) {
        current.removeAllListeners();
        await current.terminate();
        worker = spawn();
      }
      counts[verdict.outcome]++;
      if (verdict.messageDefect) {
        messageDefects++;
        options.onDefect?.({ index, seedName, name: seedName, text, verdict });
      }
      if (verdict.outcome === 'crash' || verdict.outcome === 'invalid' || verdict.outcome === 'hang') {
        const finding = { index, seedName, name: seedName, text, verdict };
        findings.push(finding);
        options.onFinding?.(finding);
      }
    }
  } finally {
    await worker.terminate();
    rmSync(root, { recursive: true, force: true });
  }
  return { mutants: index, millis: Date.now() - started, counts, messageDefects, findings };
}
