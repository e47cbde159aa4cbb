/**
 * @module A fixed pool of chunk workers. Requests go out round-robin with a bounded number in flight;
 * results are yielded strictly in row order, so memory stays bounded whatever the row count. Each chunk's
 * buffer goes back to the worker that filled it once the consumer is done with it, so the same few buffers
 * circulate instead of one new megabyte per chunk waiting for the garbage collector.
 */
import { Worker } from 'node:worker_threads';
import { ContractError, type ContractIssue } from '../../model/issues.js';
import type { DatasetSpec, EncodedPart, EncodingUnit } from './chunkProducer.js';
import type { ChunkRequest } from './chunkWorker.js';

interface Pending {
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

export class WorkerPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private next = 0;

  constructor(size: number, spec: DatasetSpec) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./chunkWorker.js', import.meta.url), { workerData: spec });
      worker.on('message', (m: { id: number; bytes?: Uint8Array; issues?: ContractIssue[] }) => {
        const pending = this.pending.get(m.id);
        if (m.issues) pending?.reject(new ContractError(m.issues));
        else pending?.resolve(m.bytes as Uint8Array);
        this.pending.delete(m.id);
      });
      worker.on('error', (e) => this.failAll(e));
      return worker;
    });
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  private request(
    entity: string,
    start: number,
    end: number,
    wave: number | null,
  ): { promise: Promise<Uint8Array>; worker: Worker } {
    const id = this.nextId++;
    // A wave's ranges all go to one thread, in order: its windows hold what the earlier ranges computed.
    const index = wave === null ? this.next++ : wave;
    const worker = this.workers[index % this.workers.length] as Worker;
    const promise = new Promise<Uint8Array>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    // Rejected before the consumer reaches it (a failure fails every chunk in flight): awaited later, in order,
    // so the rejection is not an unhandled one meanwhile.
    promise.catch(() => undefined);
    const message: ChunkRequest = { kind: 'encode', id, entity, start, end };
    worker.postMessage(message);
    return { promise, worker };
  }

  async *chunks(
    entity: string,
    count: number,
    batchSize: number,
    onRows?: (rows: number) => void,
  ): AsyncIterable<Uint8Array> {
    function* units(): Generator<EncodingUnit> {
      for (let start = 0; start < count; start += batchSize)
        yield { entity, start, end: Math.min(count, start + batchSize), wave: null };
    }
    for await (const part of this.parts(units(), onRows)) yield part.bytes;
  }

  /** Encodes the units across the workers and yields their bytes in the units' order. */
  async *parts(units: Iterable<EncodingUnit>, onRows?: (rows: number) => void): AsyncIterable<EncodedPart> {
    type InFlight = { promise: Promise<Uint8Array>; worker: Worker; unit: EncodingUnit; opens: boolean };
    const inFlight: InFlight[] = [];
    // Three tasks per thread in flight, where a task is a chunk or a whole wave (several units for one
    // thread), so every thread has work queued and memory stays bounded.
    const limit = this.workers.length * 3;
    let tasks = 0;
    let lastWave: number | null = null;
    const pending = units[Symbol.iterator]();
    let next = pending.next();
    while (!next.done || inFlight.length > 0) {
      while (!next.done) {
        const unit = next.value;
        const opens = unit.wave === null || unit.wave !== lastWave;
        if (opens && tasks >= limit) break;
        if (opens) tasks++;
        lastWave = unit.wave;
        inFlight.push({ ...this.request(unit.entity, unit.start, unit.end, unit.wave), unit, opens });
        next = pending.next();
      }
      const head = inFlight.shift() as InFlight;
      // A task ends when the unit after it opens the next one (or nothing follows).
      if ((inFlight[0]?.opens ?? true) && tasks > 0) tasks--;
      const bytes = await head.promise;
      onRows?.(head.unit.end - head.unit.start);
      yield { entity: head.unit.entity, rows: head.unit.end - head.unit.start, bytes };
      // The consumer has written the chunk by the time it asks for the next one.
      const recycle: ChunkRequest = { kind: 'recycle', buffer: bytes.buffer as ArrayBuffer };
      head.worker.postMessage(recycle, [recycle.buffer]);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
