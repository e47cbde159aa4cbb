/**
 * @module Writes to the command's standard output with back-pressure: a slow reader holds the generator back
 * instead of filling memory, and a reader that goes away (`| head -1`, EPIPE) stops the run quietly.
 */
import type { CliIo } from './io.js';

/** Thrown by the writer once the reader has closed the pipe: the run stops, and that is not a failure. */
export class ReaderGone extends Error {
  override readonly name = 'ReaderGone';
}

interface Stream {
  write(text: string): unknown;
  once?(event: 'drain' | 'error', listener: (error?: Error) => void): unknown;
  on?(event: 'error', listener: (error: Error) => void): unknown;
  off?(event: 'drain' | 'error', listener: (error?: Error) => void): unknown;
}

/**
 * @example const write = stdoutWriter(io); await write('{"id":1}\n');
 */
export function stdoutWriter(io: CliIo): (text: string) => Promise<void> {
  const out = io.stdout as Stream;
  let gone: Error | null = null;
  out.on?.('error', (error) => {
    gone = error;
  });
  return async (text) => {
    if (gone) throw new ReaderGone((gone as Error).message);
    if (out.write(text) !== false || !out.once) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        out.off?.('drain', done);
        out.off?.('error', done);
        resolve();
      };
      out.once?.('drain', done);
      out.once?.('error', done);
    });
    if (gone) throw new ReaderGone((gone as Error).message);
  };
}
