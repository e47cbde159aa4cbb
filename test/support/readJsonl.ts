/**
 * @module The records of a JSONL file, as the e2e tests read what `fixtura generate` wrote.
 */
import { readFileSync } from 'node:fs';

/**
 * Every line of a JSONL file parsed, in order (the type is the caller's claim, not checked).
 * @example readJsonl<{ id: string }>('out/Customer.jsonl')[0] // { id: '6604b5fe-…' }
 */
export function readJsonl<T = Record<string, unknown>>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as T);
}
