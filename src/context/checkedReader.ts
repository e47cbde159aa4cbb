/** @module A user's dataset reader, checked once where it enters (`addReader`). */
import type { DatasetReader } from '../sources/readers/datasetReaders.js';
import { FixturaUsageError } from './fixturaUsageError.js';

const EXTENSION = /^\.[a-z0-9]+(?:\.[a-z0-9]+)*$/;

/**
 * The reader, or a FixturaUsageError: its name and its extensions must be its own, so a file is read by one
 * reader whichever order they were added in.
 * @param readers the readers already registered: the built-in ones and the context's own
 */
export function checkedReader(reader: DatasetReader, readers: readonly DatasetReader[]): DatasetReader {
  const name = typeof reader?.name === 'string' ? reader.name : JSON.stringify(reader?.name);
  const refuse = (problem: string, hint: string): never => {
    throw new FixturaUsageError('context/invalid-reader', `addReader(${name}): ${problem}; ${hint}`);
  };
  if (typeof reader?.name !== 'string' || reader.name === '')
    refuse('the name is empty', 'name the format, e.g. tsv');
  if (readers.some((r) => r.name === reader.name))
    refuse(`a reader named "${name}" is already registered`, 'give this one another name');
  if (!Array.isArray(reader.extensions) || reader.extensions.length === 0)
    refuse('it lists no extensions', 'give the file extensions it reads, e.g. [".tsv"]');
  for (const extension of reader.extensions) {
    if (typeof extension !== 'string' || !EXTENSION.test(extension))
      refuse(`${JSON.stringify(extension)} is not a lower-case extension with its dot`, 'write e.g. ".tsv"');
    const owner = readers.find((r) => r.extensions.includes(extension));
    if (owner)
      refuse(`${extension} is read by the reader "${owner.name}" already`, 'choose another extension');
  }
  if (typeof reader.open !== 'function')
    refuse('open is not a function', 'give open(file, entity, model), yielding batches of { line, record }');
  return reader;
}
