/**
 * @module `fixtura sample --profile edge`'s output: one JSON line per edge instance — the instance alone, or
 * `{"instance": …, "hits": [...]}` with `--explain` (and `{"pointer": …, "instance": …}` under `--all`); with
 * `--skipped`, the edges no valid instance was found for go to standard error as JSON lines.
 */
import type { EdgeResult } from '../engine/schema/edge/edgeApi.js';
import type { CliIo } from './io.js';
import { writeWalkNotes, type WalkNotesOptions } from './walkNotes.js';

export interface WriteEdgesOptions extends WalkNotesOptions {
  /** Whether each line carries the hits as well. */
  readonly explain: boolean;
}

export function writeEdges(io: CliIo, result: EdgeResult, options: WriteEdgesOptions): void {
  const head = options.pointer === undefined ? null : { pointer: options.pointer };
  let out = '';
  for (const { instance, hits } of result.instances) {
    const line = options.explain ? { ...head, instance, hits } : head ? { ...head, instance } : instance;
    out += `${JSON.stringify(line)}\n`;
  }
  io.stdout.write(out);
  writeWalkNotes(io, result, options, 'edge instances');
}
