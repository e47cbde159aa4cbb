/** @module A bad-input case: its case.json read and checked against the format in test/bad-inputs/README.md. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The areas README.md lists; a folder under test/bad-inputs/ that is not one of them is a mistake. */
export const AREAS = [
  'output',
  'reads',
  'limits',
  'numbers',
  'contracts',
  'datasets',
  'schemas',
  'cli',
  'fuzz',
] as const;

/** Exit codes a case may state: 3 (internal error) and aborts are never a right answer. */
const EXITS = [0, 1, 2, 130];

export type MakeEntry =
  | { readonly kind: 'fifo' | 'directory'; readonly path: string }
  | { readonly kind: 'symlink'; readonly path: string; readonly target: string }
  | {
      readonly kind: 'text';
      readonly path: string;
      readonly parts: readonly { readonly text: string; readonly times: number }[];
    };

export interface BadInputCase {
  readonly area: string;
  readonly name: string;
  /** The case's folder in the source tree. */
  readonly dir: string;
  readonly why: string;
  readonly argv: readonly string[];
  readonly exit: number;
  readonly stderr: readonly string[];
  readonly stdout: readonly string[];
  readonly stdin?: string;
  readonly env: Readonly<Record<string, string>>;
  /** Seconds. */
  readonly timeout: number;
  readonly make: readonly MakeEntry[];
  readonly creates: readonly string[];
}

export const DEFAULT_TIMEOUT_SECONDS = 30;

/** Every `<area>/<name>/` folder holding a case.json under the corpus folder, sorted. */
export function discoverCases(corpus: string): { area: string; name: string; dir: string }[] {
  const found: { area: string; name: string; dir: string }[] = [];
  for (const area of readdirSync(corpus).sort()) {
    if (!statSync(path.join(corpus, area)).isDirectory()) continue;
    for (const name of readdirSync(path.join(corpus, area)).sort()) {
      const dir = path.join(corpus, area, name);
      if (statSync(dir).isDirectory()) found.push({ area, name, dir });
    }
  }
  return found;
}

const KEYS = new Set([
  'why',
  'argv',
  'exit',
  'stderr',
  'stdout',
  'stdin',
  'env',
  'timeout',
  'make',
  'creates',
]);

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
/** A path relative to the case's working directory, which may reach ../outside but never an absolute path. */
const isRelative = (v: unknown): v is string => typeof v === 'string' && v !== '' && !path.isAbsolute(v);

/**
 * The case in `dir`, or an Error listing every way its case.json breaks the format, so a typo in a key or a
 * missing fragment fails loudly instead of silently checking less.
 */
export function readCase(area: string, name: string, dir: string): BadInputCase {
  const problems: string[] = [];
  if (!(AREAS as readonly string[]).includes(area))
    problems.push(`area "${area}" is not one of ${AREAS.join(', ')}`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) problems.push(`case name "${name}" is not lower-case-with-dashes`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8'));
  } catch (e) {
    throw new Error(`${area}/${name}/case.json cannot be read: ${(e as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error(`${area}/${name}/case.json must hold an object`);
  const c = raw as Record<string, unknown>;
  for (const key of Object.keys(c)) if (!KEYS.has(key)) problems.push(`unknown key "${key}"`);
  if (typeof c.why !== 'string' || c.why.trim() === '') problems.push('"why" must be a sentence');
  if (!isStrings(c.argv)) problems.push('"argv" must be an array of strings');
  if (typeof c.exit !== 'number' || !EXITS.includes(c.exit))
    problems.push(`"exit" must be one of ${EXITS.join(', ')}`);
  if (c.stderr !== undefined && !isStrings(c.stderr)) problems.push('"stderr" must be an array of strings');
  if (c.exit === 2 && (!isStrings(c.stderr) || c.stderr.length === 0))
    problems.push('an exit-2 case must list the stderr fragments that locate its message');
  if (c.stdout !== undefined && !isStrings(c.stdout)) problems.push('"stdout" must be an array of strings');
  if (c.stdin !== undefined && typeof c.stdin !== 'string') problems.push('"stdin" must be a string');
  if (
    c.env !== undefined &&
    (typeof c.env !== 'object' || c.env === null || !Object.values(c.env).every((v) => typeof v === 'string'))
  )
    problems.push('"env" must map names to strings');
  if (c.timeout !== undefined && !(typeof c.timeout === 'number' && c.timeout > 0 && c.timeout <= 300))
    problems.push('"timeout" must be a number of seconds from 0 to 300');
  if (c.creates !== undefined && !(Array.isArray(c.creates) && c.creates.every(isRelative)))
    problems.push('"creates" must be an array of relative paths');
  const make = c.make ?? [];
  if (!Array.isArray(make)) problems.push('"make" must be an array');
  else make.forEach((m, i) => problems.push(...makeProblems(m, i)));
  if (problems.length > 0) throw new Error(`${area}/${name}/case.json:\n  ${problems.join('\n  ')}`);
  return {
    area,
    name,
    dir,
    why: c.why as string,
    argv: c.argv as string[],
    exit: c.exit as number,
    stderr: (c.stderr as string[] | undefined) ?? [],
    stdout: (c.stdout as string[] | undefined) ?? [],
    ...(c.stdin !== undefined ? { stdin: c.stdin as string } : {}),
    env: (c.env as Record<string, string> | undefined) ?? {},
    timeout: (c.timeout as number | undefined) ?? DEFAULT_TIMEOUT_SECONDS,
    make: make as MakeEntry[],
    creates: (c.creates as string[] | undefined) ?? [],
  };
}

function makeProblems(m: unknown, i: number): string[] {
  const at = `make[${i}]`;
  if (typeof m !== 'object' || m === null) return [`${at} must be an object`];
  const e = m as Record<string, unknown>;
  const problems = isRelative(e.path) ? [] : [`${at}.path must be a relative path`];
  switch (e.kind) {
    case 'fifo':
    case 'directory':
      break;
    case 'symlink':
      if (typeof e.target !== 'string' || e.target === '') problems.push(`${at}.target must be a path`);
      break;
    case 'text':
      if (
        !Array.isArray(e.parts) ||
        !e.parts.every(
          (p: { text?: unknown; times?: unknown }) =>
            typeof p === 'object' &&
            p !== null &&
            typeof p.text === 'string' &&
            (p.times === undefined || (Number.isSafeInteger(p.times) && (p.times as number) >= 0)),
        )
      )
        problems.push(`${at}.parts must be [{ "text": string, "times"?: whole number }]`);
      else
        e.parts = e.parts.map((p: { text: string; times?: number }) => ({
          text: p.text,
          times: p.times ?? 1,
        }));
      break;
    default:
      problems.push(`${at}.kind must be fifo, symlink, directory or text`);
  }
  return problems;
}
