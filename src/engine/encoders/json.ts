/** @module A JSON array of records, one record per line. */
import { compileJsonObject } from './jsonl.js';
import type { TextFormat } from './textFormat.js';

export const json: TextFormat = {
  name: 'json',
  extension: 'json',
  header: (entity) => (entity.count === 0 ? '[' : '[\n'),
  footer: (entity) => (entity.count === 0 ? ']\n' : '\n]\n'),
  compileRow(entity) {
    const object = compileJsonObject(entity);
    // The separator belongs to the row, so any range of rows encodes on its own.
    return (row, out) => {
      if (row !== 0) out.text(',\n');
      object(row, out);
    };
  },
};
