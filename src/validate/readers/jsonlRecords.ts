/** @module JSON Lines, read line by line with bounded memory; blank lines are skipped. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SourceRecord } from './sourceRecord.js';

export async function* jsonlRecords(file: string): AsyncGenerator<SourceRecord> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    try {
      yield { line, record: JSON.parse(text) as unknown };
    } catch (e) {
      yield { line, malformed: (e as Error).message, expected: 'one JSON value per line' };
    }
  }
}
