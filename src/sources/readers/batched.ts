/** @module Groups a reader's records into arrays, so the validation loop takes one async step per batch. */
import type { SourceRecord } from './sourceRecord.js';

const BATCH = 1024;

export async function* batched(records: AsyncIterable<SourceRecord>): AsyncGenerator<SourceRecord[]> {
  let batch: SourceRecord[] = [];
  for await (const record of records) {
    batch.push(record);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
