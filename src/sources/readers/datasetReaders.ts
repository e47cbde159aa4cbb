/**
 * @module The dataset readers, one per format, in an array rather than a switch: a format is one entry here
 * (its name, the file extensions that select it, and how it opens a file), and every command that reads a
 * dataset picks it up (issue 15).
 */
import type { Entity, Model } from '../../model/model.js';
import { batched } from './batched.js';
import { csvRecords } from './csvRecords.js';
import { jsonArrayRecords } from './jsonArrayRecords.js';
import { jsonlRecords } from './jsonlRecords.js';
import type { SourceRecord } from './sourceRecord.js';

export interface DatasetReader {
  readonly name: string;
  /** Lower-case, with the dot: `.jsonl`. */
  readonly extensions: readonly string[];
  /** The records of `file`, in batches; CSV types its cells by the entity's fields (and the model's, for keys). */
  open(file: string, entity: Entity, model: Model): AsyncGenerator<SourceRecord[]>;
}

export const datasetReaders = [
  { name: 'jsonl', extensions: ['.jsonl', '.ndjson'], open: (file: string) => jsonlRecords(file) },
  { name: 'json', extensions: ['.json'], open: (file: string) => batched(jsonArrayRecords(file)) },
  {
    name: 'csv',
    extensions: ['.csv'],
    open: (file: string, entity: Entity, model: Model) => batched(csvRecords(file, entity, model)),
  },
] as const satisfies readonly DatasetReader[];

/** The formats a dataset file may have: the readers' names. */
export type DatasetFormat = (typeof datasetReaders)[number]['name'];
