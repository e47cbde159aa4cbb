/**
 * @module Standard input for `fixtura sample -`, read so that it always ends: a terminal is refused (nobody
 * types a schema), a stream that stalls for the idle timeout is given up, and one over the size limit stops.
 */
import { InputError } from '../input/inputError.js';

/** How much standard input may hold and how long it may stall. */
export interface StdinLimits {
  readonly maxBytes: number;
  readonly idleMs: number;
}

type Input = NodeJS.ReadableStream & { isTTY?: boolean; destroy?: () => void };

/**
 * All of a stream's text.
 * @throws InputError for a terminal, a stall or too many bytes
 */
export async function readStdin(stream: Input, limits: StdinLimits): Promise<string> {
  if (stream.isTTY)
    throw new InputError('input/stdin-terminal', 'standard input is a terminal', {
      where: '<stdin>',
      expected: 'a schema piped or redirected into standard input',
      found: 'a terminal',
      hint: 'fixtura sample - < schema.json, or name the file: fixtura sample schema.json',
    });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (error: InputError | null): void => {
      clearTimeout(timer);
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      if (error) {
        stream.destroy?.();
        reject(error);
      } else resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(
        () =>
          finish(
            new InputError('input/stdin-stalled', `standard input sent nothing for ${limits.idleMs} ms`, {
              where: '<stdin>',
              expected: `data at least every ${limits.idleMs} ms, then the end of input`,
              found: `${total} bytes, then nothing`,
              hint: 'close the writing end of the pipe, or raise FIXTURA_READ_TIMEOUT (seconds)',
            }),
          ),
        limits.idleMs,
      );
    };
    const onData = (chunk: Buffer | string): void => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += buffer.length;
      if (total > limits.maxBytes)
        return finish(
          new InputError('input/too-large', `standard input holds more than ${limits.maxBytes} bytes`, {
            where: '<stdin>',
            expected: `a document of at most ${limits.maxBytes} bytes`,
            found: `more than ${limits.maxBytes} bytes`,
            hint: 'save the document to a file and split it with $ref, or see docs/input-safety.md',
          }),
        );
      chunks.push(buffer);
      arm();
    };
    const onEnd = (): void => finish(null);
    const onError = (e: Error): void =>
      finish(
        new InputError('input/unreadable', `standard input cannot be read: ${e.message}`, {
          where: '<stdin>',
          expected: 'a readable standard input',
          found: e.message,
          hint: 'pipe or redirect a schema into fixtura sample -',
        }),
      );
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
    arm();
  });
}
