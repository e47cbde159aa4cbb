/**
 * @module CSV (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes) with a header row, turned into
 * records typed by the contract: numbers and booleans are converted, an empty cell is `null` for a nullable
 * field and an absent key otherwise (CSV cannot tell the two apart; Fixtura writes both as empty).
 */
import { createReadStream } from 'node:fs';
import { openRegularFile } from '../../input/regularFile.js';
import { findEntity, findField, type Entity, type Field, type Model } from '../../model/model.js';
import type { SourceRecord } from './sourceRecord.js';
import { celType } from '../../expression/expressionEnvironment.js';

const NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** What a derived field's CEL type is read as. */
// A derive typed only per row (`dyn`) is written as JSON text of whatever it gives (values/derivedValue.ts).
const DERIVED_KINDS: Readonly<Record<string, string>> = {
  int: 'integer',
  double: 'number',
  bool: 'boolean',
  dyn: 'json',
};

/**
 * The kind a cell is read as: a foreign key as the field it references, a derived field by its expression's
 * type, an aggregate as a number.
 */
function kindOf(model: Model, field: Field | undefined, depth = 0): string | undefined {
  if (field?.type.kind === 'aggregate') return 'number';
  if (field?.type.kind === 'derived')
    return DERIVED_KINDS[celType(model, { ...field, nullable: 0, optional: 0 }, true)];
  if (field?.type.kind !== 'fk' || depth > 8) return field?.type.kind;
  const entity = findEntity(model, field.type.entity);
  return kindOf(model, entity && findField(entity, field.type.field), depth + 1);
}

function typed(model: Model, field: Field | undefined, cell: string, quoted: boolean): unknown {
  // A quoted empty cell ("") is the empty string; an unquoted one is null or absent (as PostgreSQL's COPY reads them).
  if (cell === '' && quoted) return '';
  if (cell === '') return field && field.nullable > 0 ? null : undefined;
  const kind = kindOf(model, field);
  if ((kind === 'integer' || kind === 'number') && NUMBER.test(cell)) return Number(cell);
  if (kind === 'boolean' && (cell === 'true' || cell === 'false')) return cell === 'true';
  if (kind === 'json') {
    try {
      return JSON.parse(cell) as unknown;
    } catch {
      return cell;
    }
  }
  return cell;
}

/** Splits CSV text into rows of cells, each with the line it starts on and which cells were quoted and empty. */
async function* csvRows(
  file: string,
): AsyncGenerator<{ line: number; cells: string[]; quotedEmpty: ReadonlySet<number> }> {
  let cells: string[] = [];
  let quotedEmpty = new Set<number>();
  let cell = '';
  let cellQuoted = false;
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  let pendingCR = false;
  for await (const chunk of createReadStream('', {
    fd: openRegularFile(file, 'dataset file').fd,
    encoding: 'utf8',
    highWaterMark: 1 << 16,
  })) {
    for (const c of chunk as string) {
      if (pendingCR) {
        pendingCR = false;
        if (c === '\n') continue;
      }
      if (quoted) {
        if (c === '"') {
          quoted = false;
          afterQuote = true;
        } else {
          if (c === '\n') line++;
          cell += c;
        }
        continue;
      }
      if (c === '"') {
        if (afterQuote) cell += '"'; // a doubled quote inside a quoted cell
        quoted = true;
        cellQuoted = true;
        afterQuote = false;
      } else if (c === ',') {
        if (cellQuoted && cell === '') quotedEmpty.add(cells.length);
        cells.push(cell);
        cell = '';
        cellQuoted = false;
        afterQuote = false;
      } else if (c === '\n' || c === '\r') {
        if (cellQuoted && cell === '') quotedEmpty.add(cells.length);
        cells.push(cell);
        yield { line: rowLine, cells, quotedEmpty };
        cells = [];
        quotedEmpty = new Set();
        cell = '';
        cellQuoted = false;
        afterQuote = false;
        line++;
        rowLine = line;
        pendingCR = c === '\r';
      } else {
        cell += c;
        afterQuote = false;
      }
    }
  }
  if (cell !== '' || cellQuoted || cells.length > 0) {
    if (cellQuoted && cell === '') quotedEmpty.add(cells.length);
    cells.push(cell);
    yield { line: rowLine, cells, quotedEmpty };
  }
}

export async function* csvRecords(file: string, entity: Entity, model: Model): AsyncGenerator<SourceRecord> {
  let header: string[] | null = null;
  for await (const { line, cells, quotedEmpty } of csvRows(file)) {
    if (cells.length === 1 && cells[0] === '' && !quotedEmpty.has(0)) continue;
    if (!header) {
      header = cells;
      continue;
    }
    if (cells.length > header.length) {
      yield {
        line,
        malformed: `${cells.length} cells in a row under a header of ${header.length}`,
        expected: `${header.length} cells`,
      };
      continue;
    }
    const record: Record<string, unknown> = {};
    header.forEach((name, i) => {
      const value = typed(model, findField(entity, name), cells[i] ?? '', quotedEmpty.has(i));
      if (value !== undefined) record[name] = value;
    });
    yield { line, record };
  }
}
