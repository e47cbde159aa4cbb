/**
 * @module The seam for text output formats: how a row becomes bytes, and what frames the rows of a file.
 * Row bytes are written straight from the compiled field functions (no intermediate record object), and
 * depend only on the row index, so any worker can encode any range of rows.
 */
import type { CompiledEntity } from '../compiledDataset.js';
import type { ByteWriter } from './byteWriter.js';

export interface TextFormat {
  readonly name: string;
  /** File extension without the dot. */
  readonly extension: string;
  /** Text before the first row (e.g. a CSV header or `[`). */
  header(entity: CompiledEntity, fieldNames: readonly string[]): string;
  /** Text after the last row. */
  footer(entity: CompiledEntity): string;
  /** Compiles the row writer: appends row `row`, including its separator, to `out`. */
  compileRow(entity: CompiledEntity): (row: number, out: ByteWriter) => void;
}
