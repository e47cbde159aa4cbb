/**
 * @module Judges documents in worker processes, a fixed number at a time, each within a time budget: a
 * document that overruns it is a `timeout` failure, and its process is killed (by its id) and replaced, so one
 * pathological document cannot stall the run nor leave its memory behind.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { CorpusEntry } from './corpusDocuments.js';
import { causeOf, type DocumentResult } from './corpusFinding.js';
import type { CorpusRequest } from './corpusWorker.js';

export interface CorpusOptions {
  readonly workers: number;
  /** A document taking longer is a timeout. */
  readonly timeoutMs: number;
  /** Called as each document is done, in completion order. */
  readonly onResult?: (result: DocumentResult, done: number) => void;
}

type Reply = { id: number; result: DocumentResult } | { id: number; error: string };

/**
 * Judges every entry; the results come back in the entries' order, whatever order they finished in.
 *
 * @example
 * await runCorpus(corpusSlice(listCorpus()), { workers: 2, timeoutMs: 120_000 });
 * // [{ document: '1forge.com.json', schemas: 2, valid: 2, … }, …]
 */
export async function runCorpus(
  entries: readonly CorpusEntry[],
  options: CorpusOptions,
): Promise<DocumentResult[]> {
  const results: DocumentResult[] = new Array<DocumentResult>(entries.length);
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    let worker: ChildProcess | undefined;
    try {
      while (next < entries.length) {
        const id = next++;
        const entry = entries[id]!;
        worker ??= spawnWorker();
        const reply = await judgeIn(worker, { id, name: entry.name, file: entry.file }, options.timeoutMs);
        if (reply.kind !== 'result') {
          stop(worker);
          worker = undefined;
        }
        results[id] =
          reply.kind === 'result' ? reply.result : failedDocument(entry.name, reply.kind, reply.detail);
        options.onResult?.(results[id], ++done);
      }
    } finally {
      if (worker) stop(worker);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.workers) }, lane));
  return results;
}

function spawnWorker(): ChildProcess {
  return fork(new URL('./corpusWorker.js', import.meta.url), [], {
    // The largest documents (Microsoft Graph, 47 MB) need more than the default heap.
    execArgv: ['--max-old-space-size=6144'],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
}

function stop(worker: ChildProcess): void {
  worker.removeAllListeners();
  worker.stderr?.destroy();
  if (worker.exitCode === null && worker.pid !== undefined) worker.kill('SIGKILL');
}

type Outcome = { kind: 'result'; result: DocumentResult } | { kind: 'timeout' | 'crash'; detail: string };

function judgeIn(worker: ChildProcess, request: CorpusRequest, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    let stderr = '';
    const onStderr = (chunk: Buffer): void => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    };
    const finish = (outcome: Outcome): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      worker.stderr?.off('data', onStderr);
      resolve(outcome);
    };
    const timer = setTimeout(
      () => finish({ kind: 'timeout', detail: `over ${timeoutMs / 1000} s` }),
      timeoutMs,
    );
    const onMessage = (reply: Reply): void => {
      if (reply.id !== request.id) return;
      finish(
        'result' in reply ? { kind: 'result', result: reply.result } : { kind: 'crash', detail: reply.error },
      );
    };
    const onExit = (code: number | null, signal: string | null): void =>
      finish({
        kind: 'crash',
        detail: `the worker exited (${signal ?? code}): ${stderr.trim().slice(-600)}`,
      });
    worker.on('message', onMessage);
    worker.on('exit', onExit);
    worker.stderr?.on('data', onStderr);
    worker.send(request);
  });
}

function failedDocument(document: string, kind: 'timeout' | 'crash', detail: string): DocumentResult {
  const finding =
    kind === 'timeout'
      ? { document, pointer: 'document', kind: 'timeout' as const, cause: 'timeout', message: detail }
      : {
          document,
          pointer: 'document',
          kind: 'not-judged' as const,
          cause: `the corpus worker died: ${causeOf(detail.split('\n').find((l) => /Error|heap/.test(l)) ?? detail)}`,
          message: detail,
        };
  return {
    document,
    schemas: 0,
    valid: 0,
    refused: 0,
    invalid: 0,
    invalidInstances: 0,
    exits: [],
    roundTrip: 'none',
    findings: [finding],
    millis: 0,
  };
}
