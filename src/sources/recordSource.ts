/**
 * @module Where the records of one entity come from: a dataset file, an in-memory array, or an async iterable.
 * `validate` and `measureCoverage` read records only through this interface, so records that never touch a
 * file (the service's, the mock server's) are checked exactly as files are (issue 15).
 */
import type { Entity, Model } from '../model/model.js';
import type { DatasetFile } from './datasetFiles.js';
import type { DatasetReader } from './readers/datasetReaders.js';
import { recordsOf } from './readers/recordsOf.js';
import type { SourceRecord } from './readers/sourceRecord.js';

export interface RecordSource {
  /** The entity whose records these are. */
  readonly entity: string;
  /** How issues name the source, as their `file`: a file's path, or a name such as `memory:Order`. */
  readonly name: string;
  /**
   * One pass over the records, in batches, each with its `line`: a file's line, or the record's 1-based position
   * in an array or iterable. Called once per pass: `validate` reads a source again to confirm duplicates and
   * to read parent keys ahead of a self-reference.
   */
  records(entity: Entity, model: Model): AsyncIterable<SourceRecord[]>;
}

const BATCH = 1024;

async function* positioned(
  items: Iterable<unknown> | AsyncIterable<unknown>,
): AsyncGenerator<SourceRecord[]> {
  let batch: SourceRecord[] = [];
  let line = 0;
  for await (const record of items) {
    batch.push({ line: ++line, record });
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Records held in memory; issues name them `memory:<entity>` (or `name`) and the record's 1-based position.
 * @example await validate(model, [memorySource('Customer', [{ customer_id: 1, email: 'a@example.com' }])])
 */
export function memorySource(
  entity: string,
  records: readonly unknown[],
  name = `memory:${entity}`,
): RecordSource {
  return { entity, name, records: () => positioned(records) };
}

/**
 * Records from an iterable or async iterable that `open` makes afresh for each pass (a stream is read once,
 * and `validate` may read a source more than once).
 * @example iterableSource('Order', () => database.streamOrders(), 'orders table')
 */
export function iterableSource(
  entity: string,
  open: () => Iterable<unknown> | AsyncIterable<unknown>,
  name = `iterable:${entity}`,
): RecordSource {
  return { entity, name, records: () => positioned(open()) };
}

/**
 * A dataset file as a record source, read by the reader its format names.
 * @param readers the readers to find it among (default the built-in ones; a per-run context adds its own)
 */
export function fileSource(file: DatasetFile, readers?: readonly DatasetReader[]): RecordSource {
  return {
    entity: file.entity,
    name: file.file,
    records: (entity, model) => recordsOf(file, entity, model, readers),
  };
}

/** What `validate` and `measureCoverage` take: record sources, or dataset files as `datasetFiles` finds them. */
export type RecordInput = RecordSource | DatasetFile;

/** The record source of an input: a dataset file is read by its format's reader. */
export function toRecordSource(input: RecordInput): RecordSource {
  return 'records' in input ? input : fileSource(input);
}
