/**
 * @module Writes a whole dataset to a directory: one file per entity plus `manifest.json`. Every file is
 * written to a temporary name and renamed only once all of them are complete, so a failure (bad input,
 * a full disk, an interrupt) leaves whatever was there before untouched.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { SourceMap } from '../contract/dsl/parseDsl.js';
import type { Model } from '../model/model.js';
import type { CompiledEntity } from '../engine/compileDataset.js';
import { createChunkProducer, defaultWorkers, type ChunkOptions } from '../engine/parallel/chunkProducer.js';
import { planGeneration, type GenerateOptions } from '../engine/plan.js';
import { buildManifest, type Manifest, type ManifestFile } from '../provenance/manifest.js';
import { AtomicFile } from './atomicFile.js';

export interface WriteDatasetOptions extends GenerateOptions, ChunkOptions {
  readonly outDir: string;
  /** `jsonl` (default), `json` or `csv`. */
  readonly format?: string;
  readonly runId?: string;
  /** Recorded in the manifest. */
  readonly contractPath?: string;
  readonly sourceMap?: SourceMap;
  /** The wall clock, passed in: only the manifest's `run` section reads it. */
  readonly clock?: () => Date;
  readonly git?: { readonly commit: string; readonly dirty: boolean } | null;
  /** Stops the run between chunks; every temporary file is removed and nothing is renamed into place. */
  readonly signal?: AbortSignal;
  /** Called as rows are written: (rows written so far, total rows). */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Generates and writes the dataset; returns the manifest. Throws a ContractError before writing anything
 * when the contract or the request cannot be satisfied.
 * @example await writeDataset(model, { outDir: 'out', seed: 's1', counts: { Customer: 10 } })
 */
export async function writeDataset(model: Model, options: WriteDatasetOptions): Promise<Manifest> {
  const clock = options.clock ?? (() => new Date());
  const started = clock();
  const format = options.format ?? 'jsonl';
  const plan = planGeneration(model, options);
  const workers = options.workers ?? defaultWorkers();
  const producer = createChunkProducer(
    { model, plan, format, ...(options.sourceMap ? { sourceMap: options.sourceMap } : {}) },
    { workers, ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}) },
  );
  const total = Object.values(plan.counts).reduce((a, b) => a + b, 0);
  let done = 0;
  const open: AtomicFile[] = [];
  const files: ManifestFile[] = [];
  // Everything after the producer exists is inside try: its worker threads must be closed on any failure,
  // or they keep the process alive.
  try {
    mkdirSync(options.outDir, { recursive: true });
    // Entities encoded in waves (engine/waves.ts) arrive interleaved: a file opens at its entity's first rows
    // and is finished at its last, so only the files of one wave group are open at a time.
    const byEntity = new Map<string, { file: AtomicFile; rows: number }>();
    const finished = new Map<string, ManifestFile>();
    const start = (entity: CompiledEntity) => {
      const file = new AtomicFile(path.join(options.outDir, `${entity.name}.${producer.format.extension}`));
      open.push(file);
      const fieldNames = model.entities.find((e) => e.name === entity.name)?.fields.map((f) => f.name) ?? [];
      file.write(producer.format.header(entity, fieldNames));
      const state = { file, rows: 0 };
      byEntity.set(entity.name, state);
      return state;
    };
    const finish = (entity: CompiledEntity, file: AtomicFile) => {
      file.write(producer.format.footer(entity));
      finished.set(entity.name, {
        entity: entity.name,
        path: `${entity.name}.${producer.format.extension}`,
        rows: entity.count,
        bytes: file.bytes,
        sha256: file.finish(),
      });
    };
    const entities = new Map(producer.dataset.entities.map((e) => [e.name, e]));
    for await (const part of producer.parts((rows) => options.onProgress?.((done += rows), total))) {
      options.signal?.throwIfAborted();
      const entity = entities.get(part.entity) as CompiledEntity;
      const state = byEntity.get(part.entity) ?? start(entity);
      state.file.write(part.bytes);
      state.rows += part.rows;
      if (state.rows === entity.count) finish(entity, state.file);
    }
    // Entities without rows get their header and footer; the manifest lists files in contract order.
    for (const entity of producer.dataset.entities)
      if (!finished.has(entity.name)) finish(entity, start(entity).file);
    files.push(...producer.dataset.entities.map((e) => finished.get(e.name) as ManifestFile));
    const endedAt = clock();
    const manifest = buildManifest({
      model,
      plan,
      contractPath: options.contractPath ?? null,
      format,
      runId: options.runId ?? null,
      files,
      run: {
        startedAt: started.toISOString(),
        finishedAt: endedAt.toISOString(),
        durationMs: endedAt.getTime() - started.getTime(),
        workers,
        git: options.git ?? null,
      },
    });
    const manifestFile = new AtomicFile(path.join(options.outDir, 'manifest.json'));
    open.push(manifestFile);
    manifestFile.write(JSON.stringify(manifest, null, 2) + '\n');
    manifestFile.finish();
    for (const file of open) file.commit();
    return manifest;
  } catch (error) {
    for (const file of open) file.abort();
    throw error;
  } finally {
    await producer.close();
  }
}
