/**
 * @module Records as plain objects, for library users who want values rather than files (fixtures inside
 * a test, say). Same values as the files: both read the same compiled field functions.
 */
import type { JsonValue } from '../model/model.js';
import type { CompiledDataset } from './compiledDataset.js';
import { decoded } from './rowValues.js';

export type GeneratedRecord = Record<string, JsonValue>;

/**
 * The records of one entity, rows [start, end), in order.
 * @example [...records(dataset, 'Customer', 0, 1)] // [{ id: '031cada9-…', email: 'marquise-hamill8176@example.org', … }]
 */
export function* records(
  dataset: CompiledDataset,
  entity: string,
  start = 0,
  end?: number,
): Generator<GeneratedRecord> {
  const compiled = dataset.entities.find((e) => e.name === entity);
  if (!compiled)
    throw new Error(
      `unknown entity "${entity}"; the dataset has ${dataset.entities.map((e) => e.name).join(', ')}`,
    );
  const stop = Math.min(end ?? compiled.count, compiled.count);
  for (let row = start; row < stop; row++) {
    const record: GeneratedRecord = {};
    for (const field of compiled.fields) {
      const v = field.value(row);
      if (v === undefined) continue;
      record[field.name] = decoded(field, v) as JsonValue;
    }
    yield record;
  }
}
