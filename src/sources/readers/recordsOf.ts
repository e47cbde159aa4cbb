/** @module The records of one dataset file, in batches, read by the reader its format calls for. */
import type { Entity, Model } from '../../model/model.js';
import type { DatasetFile } from '../datasetFiles.js';
import { batched } from './batched.js';
import { csvRecords } from './csvRecords.js';
import { jsonArrayRecords } from './jsonArrayRecords.js';
import { jsonlRecords } from './jsonlRecords.js';
import { ownFieldsOnly } from './ownFieldsOnly.js';
import type { SourceRecord } from './sourceRecord.js';

/**
 * CSV cells are typed by the entity's fields (and the model, for the fields foreign keys reference).
 * @example for await (const batch of recordsOf({ entity: 'Order', file: 'out/Order.jsonl', format: 'jsonl' }, order, model)) …
 */
export function recordsOf(source: DatasetFile, entity: Entity, model: Model): AsyncGenerator<SourceRecord[]> {
  const batches = readerOf(source, entity, model);
  return entity.fields.some((f) => f.name in Object.prototype) ? ownFieldsOnly(batches) : batches;
}

function readerOf(source: DatasetFile, entity: Entity, model: Model): AsyncGenerator<SourceRecord[]> {
  switch (source.format) {
    case 'jsonl':
      return jsonlRecords(source.file);
    case 'json':
      return batched(jsonArrayRecords(source.file));
    case 'csv':
      return batched(csvRecords(source.file, entity, model));
  }
}
