/**
 * @module A fixed pool of chunk workers. Requests go out round-robin with a bounded number in flight;
 * results are yielded strictly in row order, so memory stays bounded whatever the row count. Each chunk's
 * buffer goes back to the worker that filled it once the consumer is done with it, so the same few buffers
 * circulate instead of one new megabyte per chunk waiting for the garbage collector.
 */
import { Worker } from 'node:worker_threads';
import type { DatasetSpec } from './chunkProducer.js';
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
      worker.on('message', (m: { id: number; bytes: Uint8Array }) => {
        this.pending.get(m.id)?.resolve(m.bytes);
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
  ): { promise: Promise<Uint8Array>; worker: Worker } {
    const id = this.nextId++;
    const worker = this.workers[this.next++ % this.workers.length] as Worker;
    const promise = new Promise<Uint8Array>((resolve, reject) => this.pending.set(id, { resolve, reject }));
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
    type InFlight = { promise: Promise<Uint8Array>; worker: Worker; rows: number };
    const inFlight: InFlight[] = [];
    const limit = this.workers.length * 3;
    let start = 0;
    while (start < count || inFlight.length > 0) {
      while (start < count && inFlight.length < limit) {
        const end = Math.min(count, start + batchSize);
        inFlight.push({ ...this.request(entity, start, end), rows: end - start });
        start = end;
      }
      const head = inFlight.shift() as InFlight;
      const bytes = await head.promise;
      onRows?.(head.rows);
      yield bytes;
      // The consumer has written the chunk by the time it asks for the next one.
      const recycle: ChunkRequest = { kind: 'recycle', buffer: bytes.buffer as ArrayBuffer };
      head.worker.postMessage(recycle, [recycle.buffer]);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
