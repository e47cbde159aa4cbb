/**
 * @module What the runner checks after a case's run (README.md, "What the runner checks"): every broken
 * promise as one line, so a failing case says all that went wrong at once.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BadInputCase } from './caseFormat.js';
import type { ProcessResult } from './runProcess.js';
import { changes, snapshot, type Scratch, type Snapshot } from './scratchFolder.js';

/**
 * A name a temporary file could have: Fixtura's own state folder inside `--out` (`.fixtura/`, holding staging
 * folders, the lock and the commit journal, removed once empty: docs/output.md), and, deliberately broad, any
 * "tmp" or "staging" name or `.tmp` suffix. A new path matching it after a run is a stray temporary file.
 */
export const TEMPORARY_NAME = /\.tmp$|tmp|staging|^\.fixtura$/i;

/** Exit codes that are never a right answer: an internal error and a V8 abort. */
const NEVER = new Map([
  [3, 'an internal error (exit 3)'],
  [134, 'an abort (exit 134)'],
]);

export function checkRun(
  c: BadInputCase,
  s: Scratch,
  before: Snapshot,
  r: ProcessResult,
  canary: string,
): string[] {
  const problems: string[] = [];
  if (r.timedOut) problems.push(`still running after its ${c.timeout} s timeout: killed (a hang)`);
  else if (r.signal !== null) problems.push(`ended by signal ${r.signal}`);
  else if (r.code !== null && NEVER.has(r.code)) problems.push(`ended in ${NEVER.get(r.code)}`);
  if (!r.timedOut && r.code !== c.exit) problems.push(`exit ${r.code ?? r.signal}, expected ${c.exit}`);
  for (const f of c.stderr) if (!r.stderr.includes(f)) problems.push(`stderr lacks ${JSON.stringify(f)}`);
  for (const f of c.stdout) if (!r.stdout.includes(f)) problems.push(`stdout lacks ${JSON.stringify(f)}`);
  if (r.code === 2) {
    const lower = r.stderr.toLowerCase();
    for (const word of ['expected', 'hint'])
      if (!lower.includes(word)) problems.push(`the exit-2 message has no "${word}" part`);
  }
  if (r.canaryShown)
    problems.push('the canary from ../outside/ appears in the output: a read outside the root');

  const { entries: after, leaks } = snapshot(s.root, canary);
  const outside = (p: string): boolean => p === 'outside' || p.startsWith(`outside${path.sep}`);
  for (const leak of leaks.filter((p) => !outside(p)))
    problems.push(`the canary from ../outside/ was written into ${leak}`);

  const outRel = path.relative(s.root, s.out);
  const inOut = (p: string): boolean => p === outRel || p.startsWith(outRel + path.sep);
  const cwdRel = path.relative(s.root, s.cwd);
  const created = c.creates.map((p) => path.join(cwdRel, p));
  const allowed = (p: string): boolean => created.some((k) => p === k || p.startsWith(k + path.sep));
  for (const k of created) if (!after.has(k)) problems.push(`${k} was to be created, and is not there`);

  const diff = changes(before, after);
  for (const d of diff) {
    const what = d.was === undefined ? 'created' : d.is === undefined ? 'removed' : 'changed';
    if (d.is !== undefined && !allowed(d.path) && TEMPORARY_NAME.test(path.basename(d.path)))
      problems.push(`a temporary file was left behind: ${d.path}`);
    else if (inOut(d.path) && r.code !== 0)
      problems.push(`the earlier dataset was ${what}: ${d.path}${d.was ? ` (was ${d.was})` : ''}`);
    else if (!inOut(d.path) && !allowed(d.path))
      problems.push(`${d.path} was ${what} outside out/${d.is ? ` (${d.is})` : ''}`);
  }
  if (r.code === 0) problems.push(...manifestProblems(s.out));
  return problems;
}

/** An exit-0 run leaves one complete dataset in out/: a manifest whose listed files have its hashes. */
function manifestProblems(out: string): string[] {
  let manifest: { files?: { path?: unknown; bytes?: unknown; sha256?: unknown }[] };
  try {
    manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as typeof manifest;
  } catch (e) {
    return [`out/manifest.json cannot be read after exit 0: ${(e as Error).message}`];
  }
  if (!Array.isArray(manifest.files)) return ['out/manifest.json lists no files'];
  const problems: string[] = [];
  for (const f of manifest.files) {
    const rel = String(f.path);
    if (path.isAbsolute(rel) || path.normalize(rel).startsWith('..')) {
      problems.push(`out/manifest.json lists ${rel}, outside out/`);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(out, rel));
    } catch (e) {
      problems.push(`out/manifest.json lists ${rel}, which cannot be read: ${(e as Error).message}`);
      continue;
    }
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (sha !== f.sha256 || bytes.length !== f.bytes)
      problems.push(`out/${rel} does not match the manifest (${bytes.length} bytes, sha256 ${sha})`);
  }
  return problems;
}

/** Entries of the runner's top folder that no case's scratch folder explains: a write above a scratch folder. */
export function strayEntries(parent: string, expected: ReadonlySet<string>): string[] {
  return readdirSync(parent).filter((n) => !expected.has(n));
}
