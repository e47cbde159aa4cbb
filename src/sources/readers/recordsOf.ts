/** @module The records of one dataset file, in batches, read by the reader its format names (datasetReaders.ts). */
import type { Entity, Model } from '../../model/model.js';
import type { DatasetFile } from '../datasetFiles.js';
import { datasetReaders, type DatasetReader } from './datasetReaders.js';
import { ownFieldsOnly } from './ownFieldsOnly.js';
import type { SourceRecord } from './sourceRecord.js';

/**
 * CSV cells are typed by the entity's fields (and the model, for the fields foreign keys reference).
 * @param readers the readers the file's format names one of (a per-run context adds its own)
 * @example for await (const batch of recordsOf({ entity: 'Order', file: 'out/Order.jsonl', format: 'jsonl' }, order, model)) …
 */
export function recordsOf(
  source: DatasetFile,
  entity: Entity,
  model: Model,
  readers: readonly DatasetReader[] = datasetReaders,
): AsyncGenerator<SourceRecord[]> {
  const batches = readerOf(source, entity, model, readers);
  return entity.fields.some((f) => f.name in Object.prototype) ? ownFieldsOnly(batches) : batches;
}

function readerOf(
  source: DatasetFile,
  entity: Entity,
  model: Model,
  readers: readonly DatasetReader[],
): AsyncGenerator<SourceRecord[]> {
  const reader = readers.find((r) => r.name === source.format);
  if (!reader) throw new Error(`no dataset reader for format "${source.format}"`);
  return reader.open(source.file, entity, model);
}
