/**
 * @module Drives the generator into any sink: the rows of every entity as the chunk producer encodes them,
 * each entity's header and footer, and the manifest; committed when every entity is complete, aborted on any
 * failure or an aborted signal, so the sink's target holds the new dataset whole or the previous one.
 */
import type { SourceMap } from '../contract/dsl/parseDsl.js';
import type { Model } from '../model/model.js';
import type { CompiledEntity } from '../engine/compiledDataset.js';
import { createChunkProducer, type ChunkOptions } from '../engine/parallel/chunkProducer.js';
import { findTextFormat, textFormats } from '../engine/encoders/textFormats.js';
import { ownFormats } from '../engine/values/formats/ownFormats.js';
import { planGeneration, type GenerateOptions } from '../engine/plan.js';
import { records } from '../engine/records.js';
import { buildManifest, type Manifest, type ManifestFile } from '../provenance/manifest.js';
import type { EntitySink, Sink, SinkPart } from './sink.js';

export interface GenerateIntoOptions extends GenerateOptions, ChunkOptions {
  /** `jsonl` (default), `json` or `csv`. */
  readonly format?: string;
  readonly runId?: string;
  /** Recorded in the manifest. */
  readonly contractPath?: string;
  readonly sourceMap?: SourceMap;
  /** The wall clock, passed in: only the manifest's `run` section reads it. */
  readonly clock?: () => Date;
  readonly git?: { readonly commit: string; readonly dirty: boolean } | null;
  /** Stops the run between parts; the sink aborts and keeps its previous output. */
  readonly signal?: AbortSignal;
  /** Called as rows are written: (rows written so far, total rows). */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Generates the dataset into `sink` and commits it; returns the manifest. Throws a ContractError before the
 * sink is touched when the contract or the request cannot be satisfied; on any later failure the sink aborts.
 * @example
 * const sink = memorySink();
 * await generateInto(model, sink, { seed: 's1', counts: { Customer: 2, Order: 3 } });
 * sink.records('Customer'); // [{ id: '…', email: '…@example.org', … }, { … }]
 */
export async function generateInto(
  model: Model,
  sink: Sink,
  options: GenerateIntoOptions = {},
): Promise<Manifest> {
  const manifest = await stageInto(model, sink, options);
  try {
    options.signal?.throwIfAborted();
    await sink.commit(manifest);
    return manifest;
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

const encoder = new TextEncoder();

/** Framing text (a CSV header, JSON's brackets) as a part of no rows. */
function framing(text: string): SinkPart {
  return { rows: 0, bytes: encoder.encode(text), records: () => [] };
}

/**
 * Begins a run on `sink` and writes every entity into it; returns the manifest to commit, not yet committed
 * (a profile may add its own targets first: negativeDataset.ts). On failure the sink is aborted.
 */
export async function stageInto(model: Model, sink: Sink, options: GenerateIntoOptions): Promise<Manifest> {
  const clock = options.clock ?? (() => new Date());
  const format = options.format ?? 'jsonl';
  const textFormat = findTextFormat(format);
  if (!textFormat)
    throw new Error(
      `unknown output format "${format}"; expected one of ${textFormats.map((f) => f.name).join(', ')}`,
    );
  // The plan's own problems (counts, domains) before the sink is touched.
  const plan = planGeneration(model, options);
  await sink.begin({
    model,
    format,
    extension: textFormat.extension,
    ...(options.sourceMap ? { sourceMap: options.sourceMap } : {}),
    ...(options.contractPath !== undefined ? { contractPath: options.contractPath } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  try {
    const started = clock();
    const producer = createChunkProducer(
      { model, plan, format, ...(options.sourceMap ? { sourceMap: options.sourceMap } : {}) },
      {
        // Left out, the producer chooses from the row count (defaultWorkers) and says what it chose.
        ...(options.workers !== undefined ? { workers: options.workers } : {}),
        ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
        ...(options.findFormat ? { findFormat: options.findFormat } : {}),
      },
    );
    // Everything after the producer exists is inside try: its worker threads must be closed on any failure,
    // or they keep the process alive.
    try {
      const { dataset } = producer;
      // Entities encoded in waves (engine/waves.ts) arrive interleaved: an entity opens at its first rows and
      // is finished at its last, so only the entities of one wave group are open at a time.
      const byEntity = new Map<string, { out: EntitySink; rows: number }>();
      const finished = new Map<string, ManifestFile>();
      const start = async (entity: CompiledEntity) => {
        const columns = model.entities.find((e) => e.name === entity.name)?.fields.map((f) => f.name) ?? [];
        const out = await sink.open({ name: entity.name, columns, rows: entity.count });
        await out.write(framing(producer.format.header(entity, columns)));
        const state = { out, rows: 0 };
        byEntity.set(entity.name, state);
        return state;
      };
      const finish = async (entity: CompiledEntity, out: EntitySink) => {
        await out.write(framing(producer.format.footer(entity)));
        const written = await out.finish();
        finished.set(entity.name, {
          entity: entity.name,
          path: written.target,
          rows: entity.count,
          bytes: written.bytes,
          sha256: written.sha256,
        });
      };
      const entities = new Map(dataset.entities.map((e) => [e.name, e]));
      let done = 0;
      const total = Object.values(plan.counts).reduce((a, b) => a + b, 0);
      for await (const part of producer.parts((rows) => options.onProgress?.((done += rows), total))) {
        options.signal?.throwIfAborted();
        const entity = entities.get(part.entity) as CompiledEntity;
        const state = byEntity.get(part.entity) ?? (await start(entity));
        const first = state.rows;
        await state.out.write({
          rows: part.rows,
          bytes: part.bytes,
          records: () => records(dataset, entity.name, first, first + part.rows),
        });
        state.rows += part.rows;
        if (state.rows === entity.count) await finish(entity, state.out);
      }
      // Entities without rows get their header and footer; the manifest lists them in contract order.
      for (const entity of dataset.entities) {
        if (finished.has(entity.name)) continue;
        const state = byEntity.get(entity.name);
        // A producer that stopped short would otherwise be committed as a complete dataset.
        if (state) throw new Error(`${entity.name}: ${state.rows} of ${entity.count} rows were produced`);
        await finish(entity, (await start(entity)).out);
      }
      const endedAt = clock();
      return buildManifest({
        model,
        plan,
        contractPath: options.contractPath ?? null,
        format,
        runId: options.runId ?? null,
        files: dataset.entities.map((e) => finished.get(e.name) as ManifestFile),
        ownFormats: options.findFormat ? ownFormats(model, options.findFormat) : [],
        run: {
          startedAt: started.toISOString(),
          finishedAt: endedAt.toISOString(),
          durationMs: endedAt.getTime() - started.getTime(),
          // What ran: a user's format keeps the run on one thread (ADR 025).
          workers: producer.workers,
          git: options.git ?? null,
        },
      });
    } finally {
      await producer.close();
    }
  } catch (error) {
    await sink.abort();
    throw error;
  }
}
