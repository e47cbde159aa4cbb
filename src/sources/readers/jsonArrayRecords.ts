/**
 * @module A JSON array of records, split into its elements by a small scanner (strings, escapes, nesting) so
 * each record keeps the line it starts on and memory holds one record at a time.
 */
import { createReadStream } from 'node:fs';
import { openRegularFile } from '../../input/regularFile.js';
import type { SourceRecord } from './sourceRecord.js';

export async function* jsonArrayRecords(file: string): AsyncGenerator<SourceRecord> {
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let opened = false;
  let element = '';
  let elementLine = 0;
  for await (const chunk of createReadStream('', {
    fd: openRegularFile(file, 'dataset file').fd,
    encoding: 'utf8',
    highWaterMark: 1 << 16,
  })) {
    for (const c of chunk as string) {
      if (c === '\n') line++;
      if (!opened) {
        if (c === '[') opened = true;
        else if (!/\s/.test(c)) {
          yield {
            line,
            malformed: `unexpected "${c}" before the array`,
            expected: 'a JSON array of records',
          };
          return;
        }
        continue;
      }
      if (depth === 0 && !inString && (c === ',' || c === ']')) {
        if (element.trim() !== '') yield parse(element, elementLine);
        element = '';
        if (c === ']') return;
        continue;
      }
      if (element.trim() === '' && !/\s/.test(c)) elementLine = line;
      element += c;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
    }
  }
  yield { line, malformed: 'the file ends inside the array', expected: 'a closing "]"' };
}

function parse(text: string, line: number): SourceRecord {
  try {
    return { line, record: JSON.parse(text) as unknown };
  } catch (e) {
    return { line, malformed: (e as Error).message, expected: 'a JSON record' };
  }
}
