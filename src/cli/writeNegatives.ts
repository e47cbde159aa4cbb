/**
 * @module `fixtura sample --profile negative`'s output: one JSON line per negative record,
 * `{"record": …, "violates": {"code", "path", "keyword", "schemaPath"}}` (with `"pointer"` first under
 * `--all`); with `--skipped`, the rules no record was kept for go to standard error as JSON lines too.
 */
import type { NegativeResult } from '../engine/schema/negative/negativeApi.js';
import type { CliIo } from './io.js';
import { writeWalkNotes, type WalkNotesOptions } from './walkNotes.js';

export type WriteNegativesOptions = WalkNotesOptions;

export function writeNegatives(io: CliIo, result: NegativeResult, options: WriteNegativesOptions): void {
  const head = options.pointer === undefined ? {} : { pointer: options.pointer };
  let out = '';
  for (const n of result.instances)
    out += `${JSON.stringify({ ...head, record: n.record, violates: n.violates })}\n`;
  io.stdout.write(out);
  writeWalkNotes(io, result, options, 'negative records');
}
