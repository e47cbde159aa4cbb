/**
 * @module What `fixtura sample --profile negative|edge` says on standard error besides its output: the rules
 * or edges nothing was kept for (with `--skipped`), and a note when the cap cut the list short.
 */
import type { CliIo } from './io.js';

export interface WalkNotesOptions {
  /** The component's pointer (for `--all`), written on every skipped line. */
  readonly pointer?: string;
  /** Whether the skipped entries are written. */
  readonly skipped: boolean;
  /** The cap the list was built under. */
  readonly max: number;
}

/**
 * @param noun what the list holds, plural: `negative records`, `edge instances`
 */
export function writeWalkNotes(
  io: CliIo,
  result: {
    readonly instances: readonly unknown[];
    readonly skipped: readonly unknown[];
    readonly truncated: boolean;
  },
  options: WalkNotesOptions,
  noun: string,
): void {
  const head = options.pointer === undefined ? {} : { pointer: options.pointer };
  if (options.skipped)
    io.stderr.write(result.skipped.map((s) => `${JSON.stringify({ ...head, skipped: s })}\n`).join(''));
  if (!result.truncated) return;
  const where = options.pointer === undefined ? '' : ` for ${options.pointer}`;
  const unit = noun.split(' ').at(-1) as string;
  const why =
    result.instances.length >= options.max
      ? `at ${options.max} ${unit} (raise -n for more)`
      : 'after 5000 values';
  io.stderr.write(`fixtura sample: ${noun}${where} stopped ${why}\n`);
}
