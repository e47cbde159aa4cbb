/**
 * @module `fixtura sample --profile negative`'s output: one JSON line per negative record,
 * `{"record": …, "violates": {"code", "path", "keyword", "schemaPath"}}` (with `"pointer"` first under
 * `--all`); with `--skipped`, the rules no record was kept for go to standard error as JSON lines too.
 */
import type { NegativeResult } from '../engine/schema/negative/negativeApi.js';
import type { CliIo } from './io.js';

export interface WriteNegativesOptions {
  /** The component's pointer, written on every line (for `--all`). */
  readonly pointer?: string;
  /** Whether the skipped rules are written to standard error. */
  readonly skipped: boolean;
  /** The cap the records were built under, for the note when it cut them short. */
  readonly max: number;
}

export function writeNegatives(io: CliIo, result: NegativeResult, options: WriteNegativesOptions): void {
  const head = options.pointer === undefined ? {} : { pointer: options.pointer };
  let out = '';
  for (const n of result.instances)
    out += `${JSON.stringify({ ...head, record: n.record, violates: n.violates })}\n`;
  io.stdout.write(out);
  if (options.skipped)
    io.stderr.write(result.skipped.map((s) => `${JSON.stringify({ ...head, skipped: s })}\n`).join(''));
  if (result.truncated) {
    const where = options.pointer === undefined ? '' : ` for ${options.pointer}`;
    const why =
      result.instances.length >= options.max
        ? `at ${options.max} records (raise -n for more)`
        : 'after 5000 values';
    io.stderr.write(`fixtura sample: negative records${where} stopped ${why}\n`);
  }
}
