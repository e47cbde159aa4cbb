/**
 * @module A JSONL file written the way a careful script does: ~1000 lines per write() call, waiting for
 * 'drain' when the stream's buffer is full so memory stays bounded. Both peers share it so their I/O is
 * identical and the comparison is about generation.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

const LINES_PER_WRITE = 1000;

export interface JsonlFile {
  /** Returns a promise only when the stream asked to wait; awaiting every row would cost the peers time. */
  append(record: unknown): Promise<void> | undefined;
  close(): Promise<void>;
}

/** Opens `path` for writing one JSON.stringify'd record per line. */
export function openJsonl(path: string): JsonlFile {
  const stream = createWriteStream(path);
  let batch = '';
  let lines = 0;
  function flush(): Promise<void> | undefined {
    const ready = stream.write(batch);
    batch = '';
    lines = 0;
    return ready ? undefined : once(stream, 'drain').then(() => undefined);
  }
  return {
    append(record) {
      batch += JSON.stringify(record) + '\n';
      return ++lines === LINES_PER_WRITE ? flush() : undefined;
    },
    async close() {
      if (lines > 0) await flush();
      stream.end();
      await finished(stream);
    },
  };
}
