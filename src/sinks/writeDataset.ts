/**
 * @module Writes a whole dataset to a directory: one file per entity plus `manifest.json`. Every file is
 * staged inside the folder (`.fixtura/staging-…/`) and committed all or nothing once all are complete
 * (outputFolder.ts), so a failure, an interrupt or a kill leaves the earlier dataset or the new one, never a
 * mix. Entity names become file names by one rule (entityFileName.ts); names that would collide or take a
 * reserved name are refused before any work.
 */
import type { SourceMap } from '../contract/dsl/parseDsl.js';
import { ContractError } from '../model/issues.js';
import type { Model } from '../model/model.js';
import type { CompiledEntity } from '../engine/compileDataset.js';
import { createChunkProducer, defaultWorkers, type ChunkOptions } from '../engine/parallel/chunkProducer.js';
import { findTextFormat } from '../engine/encoders/textFormats.js';
import { ownFormats } from '../engine/values/formats/ownFormats.js';
import { planGeneration, type GenerateOptions } from '../engine/plan.js';
import { buildManifest, type Manifest, type ManifestFile } from '../provenance/manifest.js';
import { AtomicFile } from './atomicFile.js';
import { entityFileName, MANIFEST_FILE } from '../sources/entityFileName.js';
import { fileNameIssues } from './fileNameIssues.js';
import { OutputFolder } from './outputFolder.js';

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
  /** Stops the run between chunks; the staging folder is removed and nothing is put in place. */
  readonly signal?: AbortSignal;
  /** Called as rows are written: (rows written so far, total rows). */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Generates and writes the dataset; returns the manifest. Throws a ContractError before writing anything
 * when the contract or the request cannot be satisfied, and OutputRefused when a target in the folder is
 * not a regular file.
 * @example await writeDataset(model, { outDir: 'out', seed: 's1', counts: { Customer: 10 } })
 */
export async function writeDataset(model: Model, options: WriteDatasetOptions): Promise<Manifest> {
  return withOutputFolder(model, options, false, async (folder) => {
    const staged = await stageDataset(model, options, folder);
    return { value: staged.manifest, manifest: staged.manifest };
  });
}

/**
 * Checks the file names, opens the output folder, lets `stage` write into its staging folder, writes the
 * manifest `stage` returns and commits every staged file together; on any failure removes the staging.
 */
export async function withOutputFolder<T>(
  model: Model,
  options: WriteDatasetOptions,
  negative: boolean,
  stage: (folder: OutputFolder) => Promise<{ value: T; manifest: Manifest }>,
): Promise<T> {
  const format = options.format ?? 'jsonl';
  const issues = fileNameIssues(model, {
    extension: findTextFormat(format)?.extension ?? format,
    negative,
    ...(options.sourceMap ? { sourceMap: options.sourceMap } : {}),
    ...(options.contractPath !== undefined ? { contractPath: options.contractPath } : {}),
  });
  if (issues.length > 0) throw new ContractError(issues);
  // The plan's own problems (counts, domains) before the folder is touched.
  planGeneration(model, options);
  const lockOptions = options.signal ? { signal: options.signal } : {};
  const folder = await OutputFolder.open(options.outDir, lockOptions);
  try {
    const { value, manifest } = await stage(folder);
    options.signal?.throwIfAborted();
    const manifestFile = new AtomicFile(MANIFEST_FILE, folder.stagedPath(MANIFEST_FILE));
    manifestFile.write(JSON.stringify(manifest, null, 2) + '\n');
    manifestFile.finish();
    await folder.commit([...manifest.files.map((f) => f.path), MANIFEST_FILE], lockOptions);
    return value;
  } catch (error) {
    folder.discard();
    throw error;
  }
}

/**
 * Generates the dataset into the staging folder; returns the manifest to write beside it (not yet written).
 */
export async function stageDataset(
  model: Model,
  options: WriteDatasetOptions,
  folder: OutputFolder,
): Promise<{ manifest: Manifest }> {
  const clock = options.clock ?? (() => new Date());
  const started = clock();
  const format = options.format ?? 'jsonl';
  const plan = planGeneration(model, options);
  const workers = options.workers ?? defaultWorkers();
  const producer = createChunkProducer(
    { model, plan, format, ...(options.sourceMap ? { sourceMap: options.sourceMap } : {}) },
    {
      workers,
      ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
      ...(options.findFormat ? { findFormat: options.findFormat } : {}),
    },
  );
  const open: AtomicFile[] = [];
  let done = 0;
  const total = Object.values(plan.counts).reduce((a, b) => a + b, 0);
  // Everything after the producer exists is inside try: its worker threads must be closed on any failure,
  // or they keep the process alive.
  try {
    const names = producer.dataset.entities.map((e) => entityFileName(e.name, producer.format.extension));
    folder.checkTargets([...names, MANIFEST_FILE]);
    // Entities encoded in waves (engine/waves.ts) arrive interleaved: a file opens at its entity's first rows
    // and is finished at its last, so only the files of one wave group are open at a time.
    const byEntity = new Map<string, { file: AtomicFile; rows: number }>();
    const finished = new Map<string, ManifestFile>();
    const start = (entity: CompiledEntity) => {
      const name = entityFileName(entity.name, producer.format.extension);
      const file = new AtomicFile(name, folder.stagedPath(name));
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
        path: file.finalPath,
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
    const files = producer.dataset.entities.map((e) => finished.get(e.name) as ManifestFile);
    const endedAt = clock();
    const manifest = buildManifest({
      model,
      plan,
      contractPath: options.contractPath ?? null,
      format,
      runId: options.runId ?? null,
      files,
      ownFormats: options.findFormat ? ownFormats(model, options.findFormat) : [],
      run: {
        startedAt: started.toISOString(),
        finishedAt: endedAt.toISOString(),
        durationMs: endedAt.getTime() - started.getTime(),
        workers: producer.workers,
        git: options.git ?? null,
      },
    });
    return { manifest };
  } finally {
    // Closes descriptors still open after a failure; the staging folder itself goes with folder.discard().
    for (const file of open) file.close();
    await producer.close();
  }
}
