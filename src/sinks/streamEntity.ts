/**
 * @module One entity's records written to a stream (`fixtura generate --out -`): the same bytes as that
 * entity's file in the output folder, with no folder, no staging and no manifest. A stream cannot be taken
 * back, so everything that can be refused (the contract, the plan, the entity's name) is refused before the
 * first byte.
 */
import type { Model } from '../model/model.js';
import type { SourceMap } from '../contract/dsl/parseDsl.js';
import { createChunkProducer, defaultWorkers, type ChunkOptions } from '../engine/parallel/chunkProducer.js';
import { planGeneration, type GenerateOptions } from '../engine/plan.js';

export interface StreamEntityOptions extends GenerateOptions, ChunkOptions {
  /** The entity whose records are written; the model's others are planned (for counts and keys), not written. */
  readonly entity: string;
  /** `jsonl` (default), `json` or `csv`. */
  readonly format?: string;
  /** Stops between chunks. */
  readonly signal?: AbortSignal;
  /** Called as rows are written: (rows written so far, total rows). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Where each field was written, so a refusal names its line (as writeDataset's does). */
  readonly sourceMap?: SourceMap;
}

/**
 * Writes the entity's records through `write`, awaiting it between chunks (so a slow reader holds the
 * generator back instead of filling memory); returns the row count. Throws a ContractError before writing
 * when the contract or the request cannot be satisfied.
 * @example await streamEntity(model, { entity: 'Customer', counts: { Customer: 2 } }, (t) => process.stdout.write(t))
 * // writes two JSON lines: {"id":"…","email":"…",…}
 */
export async function streamEntity(
  model: Model,
  options: StreamEntityOptions,
  write: (text: string) => Promise<void> | void,
): Promise<{ rows: number }> {
  const plan = planGeneration(model, options);
  const producer = createChunkProducer(
    {
      model,
      plan,
      format: options.format ?? 'jsonl',
      ...(options.sourceMap ? { sourceMap: options.sourceMap } : {}),
    },
    {
      workers: options.workers ?? defaultWorkers(plan.counts[options.entity] ?? 0),
      ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
    },
  );
  try {
    const entity = producer.dataset.entities.find((e) => e.name === options.entity);
    if (!entity) throw new Error(`streamEntity: no entity "${options.entity}" in the dataset`);
    const fieldNames = model.entities.find((e) => e.name === entity.name)?.fields.map((f) => f.name) ?? [];
    const text = new TextDecoder();
    let done = 0;
    await write(producer.format.header(entity, fieldNames));
    for await (const chunk of producer.chunks(entity.name, (rows) =>
      options.onProgress?.((done += rows), entity.count),
    )) {
      options.signal?.throwIfAborted();
      // Decoded at once: a chunk's buffer may be reused for the next one.
      await write(typeof chunk === 'string' ? chunk : text.decode(chunk));
    }
    await write(producer.format.footer(entity));
    return { rows: entity.count };
  } finally {
    await producer.close();
  }
}
