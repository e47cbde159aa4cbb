/**
 * @module Produces an entity's encoded rows as ordered chunks, in this thread or across worker threads.
 *
 * Because every row is a pure function of its index, a chunk is the same bytes whichever thread encodes
 * it, so the output is identical for any worker count and any batch size (ARCHITECTURE §2).
 */
import os from 'node:os';
import type { SourceMap } from '../../contract/dsl/parseDsl.js';
import type { Model } from '../../model/model.js';
import { compileDataset, type CompiledDataset } from '../compileDataset.js';
import { findTextFormat } from '../encoders/textFormats.js';
import type { TextFormat } from '../encoders/textFormat.js';
import type { Plan } from '../plan.js';
import { rangeEncoder } from './encodeRange.js';
import { WorkerPool } from './workerPool.js';

/** What a worker needs to rebuild the same compiled dataset: plain data only. */
export interface DatasetSpec {
  readonly model: Model;
  readonly plan: Plan;
  readonly format: string;
  readonly sourceMap?: SourceMap;
}

export interface ChunkOptions {
  /** Worker threads; 1 encodes in this thread. Default: available cores. */
  readonly workers?: number;
  /** Rows per chunk. Default 8192. */
  readonly batchSize?: number;
}

export interface ChunkProducer {
  readonly dataset: CompiledDataset;
  readonly format: TextFormat;
  /** The entity's rows, encoded, in order; `onRows` reports progress. */
  chunks(entity: string, onRows?: (rows: number) => void): AsyncIterable<string | Uint8Array>;
  close(): Promise<void>;
}

export const DEFAULT_BATCH_SIZE = 8192;

/** The default worker count: every available core. */
export function defaultWorkers(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** Compiles the dataset here (so contract problems surface before any worker starts) and sets up encoding. */
export function createChunkProducer(spec: DatasetSpec, options: ChunkOptions = {}): ChunkProducer {
  const format = findTextFormat(spec.format);
  if (!format) throw new Error(`unknown output format "${spec.format}"`);
  const dataset = compileDataset(spec.model, spec.plan, spec.sourceMap);
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const workers = Math.max(1, Math.floor(options.workers ?? defaultWorkers()));
  const pool = workers > 1 ? new WorkerPool(workers, spec) : null;

  const encode = rangeEncoder(dataset, format);
  async function* inline(entity: string, onRows?: (rows: number) => void): AsyncIterable<Uint8Array> {
    const count = dataset.entities.find((e) => e.name === entity)?.count ?? 0;
    for (let start = 0; start < count; start += batchSize) {
      const end = Math.min(count, start + batchSize);
      const text = encode(entity, start, end);
      onRows?.(end - start);
      yield text;
    }
  }

  return {
    dataset,
    format,
    chunks(entity, onRows) {
      if (!pool) return inline(entity, onRows);
      const count = dataset.entities.find((e) => e.name === entity)?.count ?? 0;
      return pool.chunks(entity, count, batchSize, onRows);
    },
    close: async () => {
      await pool?.close();
    },
  };
}
