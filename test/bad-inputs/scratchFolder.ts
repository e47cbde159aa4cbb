/**
 * @module A case's scratch folder: `case/` (its files, an earlier dataset in `out/`, its `make` entries) and
 * `outside/` (files holding a canary), and the snapshots that show what a run changed in it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  cpSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import type { BadInputCase, MakeEntry } from './caseFormat.js';

/** The folders of one case's run: `root` holds `case/` (the working directory), `outside/`, `home/` and `tmpdir/`. */
export interface Scratch {
  readonly root: string;
  readonly cwd: string;
  readonly out: string;
  readonly outside: string;
  /** HOME and TMPDIR of the run: a file left there is a write outside --out, or a stray temporary file. */
  readonly home: string;
  readonly tmpdir: string;
}

/**
 * Files outside the case's folder that no input may read: each holds the canary, so a read that leaks shows
 * up in an output. `schema.json` is a schema whose only valid value is the canary, for `$ref`s to it.
 */
export function outsideFiles(canary: string): Record<string, string> {
  return {
    'secret.json': JSON.stringify({ db_password: canary }) + '\n',
    'creds.json': JSON.stringify({ db_password: canary, token: canary }) + '\n',
    'secret.yaml': `db_password: ${canary}\n`,
    'secret.txt': `${canary}\n`,
    'schema.json':
      JSON.stringify({ type: 'string', const: canary, default: canary, examples: [canary] }) + '\n',
  };
}

/** Lays out the scratch folder of `c` under `parent`, with `dataset` copied into `case/out/`. */
export function makeScratch(parent: string, c: BadInputCase, dataset: string, canary: string): Scratch {
  const root = path.join(parent, `${c.area}-${c.name}`);
  const s: Scratch = {
    root,
    cwd: path.join(root, 'case'),
    out: path.join(root, 'case', 'out'),
    outside: path.join(root, 'outside'),
    home: path.join(root, 'home'),
    tmpdir: path.join(root, 'tmpdir'),
  };
  cpSync(c.dir, s.cwd, {
    recursive: true,
    filter: (src) => path.basename(src) !== 'case.json' || path.dirname(src) !== c.dir,
  });
  cpSync(dataset, s.out, { recursive: true });
  for (const d of [s.outside, s.home, s.tmpdir]) mkdirSync(d, { recursive: true });
  for (const [name, text] of Object.entries(outsideFiles(canary)))
    writeFileText(path.join(s.outside, name), [{ text, times: 1 }]);
  for (const m of c.make) make(s.cwd, m);
  return s;
}

function make(cwd: string, m: MakeEntry): void {
  const target = path.join(cwd, m.path);
  mkdirSync(path.dirname(target), { recursive: true });
  switch (m.kind) {
    case 'directory':
      mkdirSync(target, { recursive: true });
      return;
    case 'fifo':
      execFileSync('mkfifo', [target]);
      return;
    case 'symlink':
      symlinkSync(m.target, target);
      return;
    case 'text':
      writeFileText(target, m.parts);
  }
}

/** Writes repeated parts in chunks, so a 20 MB file never needs a 20 MB string per part. */
function writeFileText(file: string, parts: readonly { text: string; times: number }[]): void {
  const fd = openSync(file, 'w');
  try {
    for (const { text, times } of parts) {
      const per = Math.max(1, Math.floor((1 << 20) / Math.max(1, text.length)));
      for (let left = times; left > 0; left -= per) writeSync(fd, text.repeat(Math.min(per, left)));
    }
  } finally {
    closeSync(fd);
  }
}

/** What a path is, as one comparable string: kind, mode, and the sha256 of a file or the target of a link. */
export type Snapshot = Map<string, string>;

/**
 * Every path under `root` (hidden ones included), relative to it, with what it is. Files are hashed, never
 * opened unless regular (a FIFO would block); `leaks` lists the regular files whose text holds the canary.
 */
export function snapshot(root: string, canary: string): { entries: Snapshot; leaks: string[] } {
  const entries: Snapshot = new Map();
  const leaks: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const rel = path.relative(root, full);
      const st = lstatSync(full);
      const mode = (st.mode & 0o7777).toString(8);
      if (st.isSymbolicLink()) entries.set(rel, `symlink → ${readlinkSync(full)}`);
      else if (st.isDirectory()) {
        entries.set(rel, `directory ${mode}`);
        walk(full);
      } else if (st.isFile()) {
        const bytes = readFileSync(full);
        entries.set(
          rel,
          `file ${mode} ${bytes.length} bytes sha256 ${createHash('sha256').update(bytes).digest('hex')}`,
        );
        if (bytes.includes(canary)) leaks.push(rel);
      } else entries.set(rel, st.isFIFO() ? 'fifo' : 'special file');
    }
  };
  walk(root);
  return { entries, leaks };
}

/** The paths added, removed or changed between two snapshots, each with what it was and is. */
export function changes(before: Snapshot, after: Snapshot): { path: string; was?: string; is?: string }[] {
  const all = new Set([...before.keys(), ...after.keys()]);
  const changed: { path: string; was?: string; is?: string }[] = [];
  for (const p of [...all].sort()) {
    const was = before.get(p);
    const is = after.get(p);
    if (was !== is)
      changed.push({ path: p, ...(was !== undefined ? { was } : {}), ...(is !== undefined ? { is } : {}) });
  }
  return changed;
}
