/**
 * @module Produces an entity's encoded rows as ordered chunks, in this thread or across worker threads.
 *
 * Because every row is a pure function of its index, a chunk is the same bytes whichever thread encodes
 * it, so the output is identical for any worker count and any batch size (ARCHITECTURE §2).
 */
import os from 'node:os';
import { MAX_WORKERS } from '../../model/limits.js';
import type { SourceMap } from '../../contract/dsl/parseDsl.js';
import type { Model } from '../../model/model.js';
import { spotCheckRules } from '../ruleSpotCheck.js';
import { compileDataset, type CompileOptions } from '../compileDataset.js';
import type { CompiledDataset } from '../compiledDataset.js';
import { ownFormats } from '../values/formats/ownFormats.js';
import { findTextFormat } from '../encoders/textFormats.js';
import type { TextFormat } from '../encoders/textFormat.js';
import type { Plan } from '../plan.js';
import { waveCount, waveRanges, type RowRange } from '../waves.js';
import { rangeEncoder } from './encodeRange.js';
import { WorkerPool } from './workerPool.js';

/** What a worker needs to rebuild the same compiled dataset: plain data only. */
export interface DatasetSpec {
  readonly model: Model;
  readonly plan: Plan;
  readonly format: string;
  readonly sourceMap?: SourceMap;
}

export interface ChunkOptions extends CompileOptions {
  /**
   * Worker threads; 1 encodes in this thread. Default: available cores. A run whose `findFormat` resolves a
   * format of the model to a user's own encodes in this thread whatever is asked: a worker cannot receive
   * a format's functions (ADR 025).
   */
  readonly workers?: number;
  /** Rows per chunk. Default 8192. */
  readonly batchSize?: number;
}

export interface ChunkProducer {
  readonly dataset: CompiledDataset;
  readonly format: TextFormat;
  /** The threads that encode: as asked, or 1 for a run that uses a user's own format. */
  readonly workers: number;
  /** The entity's rows, encoded, in order; `onRows` reports progress. Bytes are valid as `parts`' are. */
  chunks(entity: string, onRows?: (rows: number) => void): AsyncIterable<string | Uint8Array>;
  /**
   * Every entity's rows, encoded: each entity's chunks in row order, the entities of a wave group interleaved
   * wave by wave (waves.ts), the others one after another in contract order. A part's bytes are valid until
   * the next part is asked for: their buffer is then reused (write or copy them first).
   */
  parts(onRows?: (rows: number) => void): AsyncIterable<EncodedPart>;
  close(): Promise<void>;
}

/** Encoded rows of one entity. */
export interface EncodedPart {
  readonly entity: string;
  readonly rows: number;
  readonly bytes: Uint8Array;
}

/**
 * A range of rows to encode, and the thread it must go to when it is part of a wave (`null`: any), so the
 * wave's later ranges find the values its earlier ones left in that thread's windows.
 */
export interface EncodingUnit extends RowRange {
  readonly wave: number | null;
}

/**
 * The ranges `parts` encodes, in order, none longer than `batchSize` rows: the entities outside waves first,
 * then the waves. Threads meet an entity's code cold the first time (a few times slower until the JIT has
 * compiled it); met at the start, the cold ranges overlap the other threads' start, where at the end they
 * were the last ranges, with one thread finishing them while the others had nothing left.
 */
export function* encodingUnits(dataset: CompiledDataset, batchSize: number): Generator<EncodingUnit> {
  const { groups } = dataset.waves;
  const inWaves = new Set(groups.flatMap((g) => [g.root, ...g.followers.map((f) => f.entity)]));
  const countOf = (name: string) => dataset.entities.find((e) => e.name === name)?.count ?? 0;
  for (const entity of dataset.entities) {
    if (inWaves.has(entity.name)) continue;
    for (let start = 0; start < entity.count; start += batchSize)
      yield { entity: entity.name, start, end: Math.min(entity.count, start + batchSize), wave: null };
  }
  let wave = 0;
  for (const entity of dataset.entities) {
    const group = groups.find((g) => g.root === entity.name);
    if (!group) continue;
    for (let w = 0; w < waveCount(group, entity.count); w++, wave++)
      for (const range of waveRanges(group, w, countOf(group.root)))
        for (let start = range.start; start < range.end; start += batchSize)
          yield { entity: range.entity, start, end: Math.min(range.end, start + batchSize), wave };
  }
}

export const DEFAULT_BATCH_SIZE = 8192;

/**
 * Below this many rows in all, the default is one thread. Worker threads each load and compile the engine,
 * and the main thread still writes every byte, so on the project's two cores two workers lost to one thread
 * at 400 000 shop rows (1.65 s against 1.22 s), drew at a million, and won from two million
 * (docs/adr/026-a-fast-start.md).
 */
export const PARALLEL_MIN_ROWS = 1_000_000;

/**
 * The default worker count for a run of `rows` rows in all: one thread for a small run, else every available
 * core, up to the limit of `--workers`. Output is the same for any count; this only decides what is fastest.
 */
export function defaultWorkers(rows: number = Infinity): number {
  if (rows < PARALLEL_MIN_ROWS) return 1;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.min(cores, MAX_WORKERS);
}

/**
 * Compiles the dataset here too, so contract problems surface here, as a ContractError, before a row is
 * encoded; and sets up encoding.
 */
export function createChunkProducer(spec: DatasetSpec, options: ChunkOptions = {}): ChunkProducer {
  const format = findTextFormat(spec.format);
  if (!format) throw new Error(`unknown output format "${spec.format}"`);
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const find = options.findFormat;
  const rows = Object.values(spec.plan.counts).reduce((a, b) => a + b, 0);
  // A user's format is a function in this thread, which worker threads cannot receive (ADR 025).
  const workers =
    find && ownFormats(spec.model, find).length > 0
      ? 1
      : Math.max(1, Math.floor(options.workers ?? defaultWorkers(rows)));
  // The threads load the engine while this one compiles: a larger contract's compile no longer delays them.
  const pool = workers > 1 ? new WorkerPool(workers, spec) : null;
  let dataset: CompiledDataset;
  try {
    dataset = compileDataset(spec.model, spec.plan, spec.sourceMap, find ? { findFormat: find } : {});
    spotCheckRules(spec.model, dataset, spec.sourceMap);
  } catch (error) {
    void pool?.close();
    throw error;
  }

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

  async function* inlineParts(onRows?: (rows: number) => void): AsyncIterable<EncodedPart> {
    // The consumer is done with a part when it asks for the next: its buffer takes the following part after
    // next, so two buffers take turns instead of a new megabyte per part.
    let spare: Uint8Array | undefined;
    for (const unit of encodingUnits(dataset, batchSize)) {
      const bytes = encode(unit.entity, unit.start, unit.end, spare);
      spare = new Uint8Array(bytes.buffer);
      onRows?.(unit.end - unit.start);
      yield { entity: unit.entity, rows: unit.end - unit.start, bytes };
    }
  }

  return {
    dataset,
    format,
    workers,
    chunks(entity, onRows) {
      if (!pool) return inline(entity, onRows);
      const count = dataset.entities.find((e) => e.name === entity)?.count ?? 0;
      return pool.chunks(entity, count, batchSize, onRows);
    },
    parts(onRows) {
      return pool ? pool.parts(encodingUnits(dataset, batchSize), onRows) : inlineParts(onRows);
    },
    close: async () => {
      await pool?.close();
    },
  };
}
