/** @module Encodes a range of rows of one entity: the unit of work a worker does. */
import type { CompiledDataset } from '../compiledDataset.js';
import { ByteWriter } from '../encoders/byteWriter.js';
import type { TextFormat } from '../encoders/textFormat.js';

/**
 * Caches each entity's row writer, then encodes rows [start, end); the bytes are handed out and `next` (or a
 * new buffer) takes their place for the following range.
 */
export function rangeEncoder(
  dataset: CompiledDataset,
  format: TextFormat,
): (entity: string, start: number, end: number, next?: Uint8Array) => Uint8Array {
  const writers = new Map<string, (row: number, out: ByteWriter) => void>();
  const out = new ByteWriter();
  return (entity, start, end, next) => {
    let writeRow = writers.get(entity);
    if (!writeRow) {
      const compiled = dataset.entities.find((e) => e.name === entity);
      if (!compiled) throw new Error(`unknown entity "${entity}"`);
      writeRow = format.compileRow(compiled);
      writers.set(entity, writeRow);
    }
    for (let row = start; row < end; row++) writeRow(row, out);
    return out.take(next);
  };
}
