/**
 * @module CSV (RFC 4180): a header of field names, then one line per record. Null and absent values are
 * both empty cells (CSV cannot tell them apart); values are quoted only when they must be.
 */
import type { CompiledEntity } from '../compileDataset.js';
import type { FieldValue } from '../values/valueDomain.js';
import type { TextFormat } from './textFormat.js';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV cell. */
export function csvCell(v: FieldValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  return NEEDS_QUOTES.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
}

export const csv: TextFormat = {
  name: 'csv',
  extension: 'csv',
  header: (_entity, names) => names.map(csvCell).join(',') + '\n',
  footer: () => '',
  compileRow(entity) {
    const values = entity.fields.map((f) => f.value);
    const plain = entity.fields.map((f) => f.encoding !== 'string');
    const n = values.length;
    return (row, out) => {
      for (let i = 0; i < n; i++) {
        if (i > 0) out.text(',');
        const v = (values[i] as (row: number) => FieldValue)(row);
        if (v === null || v === undefined) continue;
        out.text(plain[i] ? String(v) : csvCell(v));
      }
      out.text('\n');
    };
  },
};
