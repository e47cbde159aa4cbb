/**
 * @module JSON Lines, read in batches of whole lines per 1 MiB chunk with bounded memory (a batch per chunk,
 * not an async step per record, is what keeps validation near a bare parse loop); blank lines are skipped.
 */
import { createReadStream } from 'node:fs';
import { openRegularFile } from '../../input/regularFile.js';
import { StringDecoder } from 'node:string_decoder';
import type { SourceRecord } from './sourceRecord.js';

function parsed(text: string, line: number): SourceRecord {
  try {
    return { line, record: JSON.parse(text) as unknown };
  } catch (e) {
    return { line, malformed: (e as Error).message, expected: 'one JSON value per line' };
  }
}

/** A line holding nothing but spaces, tabs or a carriage return. */
function blank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

export async function* jsonlRecords(file: string): AsyncGenerator<SourceRecord[]> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let line = 0;
  for await (const chunk of createReadStream('', {
    fd: openRegularFile(file, 'dataset file').fd,
    highWaterMark: 1 << 20,
  })) {
    const lines = (carry + decoder.write(chunk as Buffer)).split('\n');
    carry = lines.pop() as string;
    const batch: SourceRecord[] = [];
    for (const text of lines) {
      line++;
      if (!blank(text)) batch.push(parsed(text, line));
    }
    yield batch;
  }
  const rest = carry + decoder.end();
  if (!blank(rest)) yield [parsed(rest, line + 1)];
}
