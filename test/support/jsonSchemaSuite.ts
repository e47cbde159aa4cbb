/**
 * @module Reading the official JSON-Schema-Test-Suite: every case (a schema and its tests) of a draft's
 * directory, required and optional, with whether it can be satisfied and whether it needs the suite's
 * remote documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the project keeps its copy of the suite (the machine cannot fetch it at test time). */
export const SUITE_ROOT = '/work/shared/conformance/json-schema-test-suite';

/** The suite's stand-in server for remote documents, which these tests do not serve. */
const REMOTES = 'http://localhost:1234';

export interface SuiteTest {
  readonly description: string;
  readonly data: unknown;
  readonly valid: boolean;
}

export interface SuiteCase {
  /** Path of the JSON file relative to the draft's directory, e.g. `optional/format/email.json`. */
  readonly file: string;
  /** The case's position in its file. */
  readonly index: number;
  readonly description: string;
  readonly schema: unknown;
  readonly tests: readonly SuiteTest[];
  /** At least one test instance is valid. A case with only invalid tests counts as unsatisfiable. */
  readonly satisfiable: boolean;
  /** The schema refers to a document served from http://localhost:1234 that it does not itself embed. */
  readonly needsRemotes: boolean;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? jsonFiles(path.join(dir, entry.name))
        : entry.name.endsWith('.json')
          ? [path.join(dir, entry.name)]
          : [],
    )
    .sort();
}

/** Every case under `SUITE_ROOT/<draft>`, in file order. */
export function suiteCases(draft: string): SuiteCase[] {
  const dir = path.join(SUITE_ROOT, draft);
  return jsonFiles(dir).flatMap((file) => {
    const cases = JSON.parse(readFileSync(file, 'utf8')) as {
      description: string;
      schema: unknown;
      tests: SuiteTest[];
    }[];
    return cases.map((c, index) => ({
      file: path.relative(dir, file),
      index,
      description: c.description,
      schema: c.schema,
      tests: c.tests,
      satisfiable: c.tests.some((t) => t.valid),
      needsRemotes: needsRemotes(c.schema),
    }));
  });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keywords whose values are data, not schemas: an `$id` or `$ref` inside them is not one. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'examples', 'default']);
const ROOT_BASE = 'https://fixtura.test/suite-case.json';

const withoutFragment = (uri: string): string => uri.split('#')[0]!;

/**
 * Whether the schema needs one of the suite's remote documents: a `$schema`, `$ref` or `$dynamicRef` that
 * resolves to http://localhost:1234 outside every resource the schema embeds with `$id`. Schemas that merely
 * use localhost as their own `$id` are self-contained and are kept.
 */
export function needsRemotes(schema: unknown): boolean {
  const embedded = new Set<string>();
  const references: string[] = [];
  const walk = (node: unknown, base: string): void => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, base));
    if (!isObject(node)) return;
    let here = base;
    if (typeof node.$id === 'string') {
      here = new URL(node.$id, base).href;
      embedded.add(withoutFragment(here));
    }
    for (const keyword of ['$ref', '$dynamicRef', '$schema'] as const) {
      const value = node[keyword];
      if (typeof value === 'string') references.push(withoutFragment(new URL(value, here).href));
    }
    for (const [key, value] of Object.entries(node)) if (!DATA_KEYWORDS.has(key)) walk(value, here);
  };
  walk(schema, ROOT_BASE);
  return references.some((uri) => uri.startsWith(REMOTES) && !embedded.has(uri));
}
