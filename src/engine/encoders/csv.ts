/**
 * @module CSV (RFC 4180): a header of field names, then one line per record. Null and absent values are
 * both empty cells (CSV cannot tell them apart); the empty string is a quoted empty cell `""`, as PostgreSQL's
 * COPY writes it, so it reads back as a string; other values are quoted only when they must be.
 */
import { PRESENT, type CompiledField } from '../compiledDataset.js';
import type { FieldValue } from '../values/valueDomain.js';
import type { TextFormat } from './textFormat.js';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV cell. */
export function csvCell(v: FieldValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  if (v === '') return '""';
  return NEEDS_QUOTES.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
}

export const csv: TextFormat = {
  name: 'csv',
  extension: 'csv',
  header: (_entity, names) => names.map(csvCell).join(',') + '\n',
  footer: () => '',
  compileRow(entity) {
    const fields = entity.fields;
    const plain = fields.map((f) => f.encoding !== 'string' && f.encoding !== 'json');
    const n = fields.length;
    return (row, out) => {
      for (let i = 0; i < n; i++) {
        if (i > 0) out.byte(44);
        const field = fields[i] as CompiledField;
        if (field.presence !== null && field.presence(row) !== PRESENT) continue;
        if (field.writeText !== null) field.writeText(row, out);
        else {
          const v = field.value(row);
          if (typeof v === 'number') out.number(v);
          else out.text(plain[i] && v !== '' ? String(v) : csvCell(v));
        }
      }
      out.byte(10);
    };
  },
};
