/**
 * @module Records whose fields are only their own: for an entity with a field named like a member of
 * Object.prototype (`constructor`, `toString`), a record without that field must not seem to hold the
 * inherited function. Every check reads `record[name]`; a null prototype makes that read honest.
 */
import type { SourceRecord } from './sourceRecord.js';

function own(item: SourceRecord): SourceRecord {
  if (!('record' in item)) return item;
  const { record } = item;
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return item;
  return { line: item.line, record: Object.assign(Object.create(null) as object, record) };
}

/**
 * The batches with each object record copied onto a null prototype. Only used for the few entities that need it,
 * since the copy costs a little per record.
 * @example for await (const batch of ownFieldsOnly(jsonlRecords('out/T.jsonl'))) batch[0].record.constructor // undefined when absent
 */
export async function* ownFieldsOnly(batches: AsyncIterable<SourceRecord[]>): AsyncGenerator<SourceRecord[]> {
  for await (const batch of batches) yield batch.map(own);
}
