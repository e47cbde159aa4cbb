/**
 * Every code example in README.md and docs/*.md runs, so a page can never show a command that fails, output the
 * tool no longer prints, or a file the repository does not ship.
 *
 * - Each page runs in its own scratch folder holding a copy of examples/ (what the npm package ships); its blocks
 *   run in page order, so a block may use files an earlier block of the same page wrote (`out/`).
 * - ```console: each `$ ` command runs under bash with stderr merged into stdout; the output shown under it must
 *   match (see shownOutput.ts for what may vary). A command shown without output must exit 0, or 1 (problems
 *   found: `validate` on a dataset the page broke on purpose); 2 (bad input, such as a missing file) fails.
 * - ```sh / ```bash: each line runs and must exit 0.
 * - ```ts / ```js: compiled by TypeScript (strict) against the package's public API, `from 'fixtura'` read as
 *   dist/src/index.js, then run with node; it must exit 0.
 * - `npx fixtura` and `fixtura` are `node bin/fixtura.js` of this checkout; `$GITHUB_SHA` is a fixed value.
 * - A block that cannot run says why on the line before its fence: `<!-- doc-test: skip (reason) -->`; skips
 *   are counted and printed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import ts from 'typescript';
import { consoleSteps, docBlocks, shCommands, type DocBlock } from './docBlocks.js';
import { normaliseOutput, shownOutputMatches } from './shownOutput.js';
import { repoRoot } from '../support/runCli.js';

const PAGES = [
  'README.md',
  ...readdirSync(path.join(repoRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
const GITHUB_SHA = '3f2a9c51e0d24b7a8c6f1e3d9b5a7c2e4f6d8a01';
const root = mkdtempSync(path.join(os.tmpdir(), 'fixtura-doc-examples-'));
const shims = path.join(root, 'bin');
mkdirSync(shims);
const cli = path.join(repoRoot, 'bin', 'fixtura.js');
writeFileSync(
  path.join(shims, 'npx'),
  `#!/bin/sh\nif [ "$1" = fixtura ]; then shift; exec node '${cli}' "$@"; fi\n` +
    `echo "doc examples run only npx fixtura, not npx $1" >&2; exit 127\n`,
);
writeFileSync(path.join(shims, 'fixtura'), `#!/bin/sh\nexec node '${cli}' "$@"\n`);
chmodSync(path.join(shims, 'npx'), 0o755);
chmodSync(path.join(shims, 'fixtura'), 0o755);

const skipped: string[] = [];
let ran = 0;
after(() => {
  process.stdout.write(
    `doc examples: ${ran} blocks run, ${skipped.length} skipped\n${skipped.map((s) => `  skipped ${s}\n`).join('')}`,
  );
  rmSync(root, { recursive: true, force: true });
});

function scratchFor(page: string): string {
  const dir = path.join(root, page.replace(/[/.]/g, '-'));
  mkdirSync(dir);
  cpSync(path.join(repoRoot, 'examples'), path.join(dir, 'examples'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  return dir;
}

function shell(command: string, cwd: string): { code: number; output: string } {
  const result = spawnSync('bash', ['-c', `set -o pipefail\nexec 2>&1\n${command}`], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PATH: `${shims}:${process.env['PATH'] ?? ''}`, GITHUB_SHA, NO_COLOR: '1' },
  });
  return {
    code: result.status ?? 128,
    output: `${result.stdout}${result.error ? String(result.error) : ''}`,
  };
}

/** Every ts/js block of every page compiled in one program; the diagnostics of each block by its file. */
function compileAll(files: readonly string[]): Map<string, string> {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [path.join(repoRoot, 'node_modules', '@types')],
    allowJs: true,
  });
  const emitted = program.emit();
  const problems = new Map<string, string>();
  for (const d of [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics]) {
    if (!d.file) continue;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    const text = `${line + 1}:${character + 1} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    problems.set(d.file.fileName, [problems.get(d.file.fileName), text].filter(Boolean).join('\n'));
  }
  return problems;
}

const pages = PAGES.map((page) => ({
  page,
  blocks: docBlocks(page, readFileSync(path.join(repoRoot, page), 'utf8')),
  scratch: scratchFor(page),
}));
const sourceOf = new Map<DocBlock, string>();
for (const { blocks, scratch } of pages)
  for (const block of blocks)
    if (block.kind === 'ts' && block.skip === null) {
      const file = path.join(scratch, `example-line-${block.line}.ts`);
      const api = path.join(repoRoot, 'dist', 'src', 'index.js');
      writeFileSync(file, block.text.replace(/from '(fixtura)'/g, `from '${api}'`));
      sourceOf.set(block, file);
    }
const diagnostics = compileAll([...sourceOf.values()]);

function runConsole(block: DocBlock, scratch: string): void {
  for (const step of consoleSteps(block.text, block.line)) {
    const { code, output } = shell(step.command, scratch);
    const actual = normaliseOutput(output, scratch);
    if (step.output.length === 0)
      assert.ok(
        code === 0 || code === 1,
        `${block.file}:${step.line}: $ ${step.command}\nexited ${code}:\n${actual.join('\n')}`,
      );
    else
      assert.ok(
        shownOutputMatches(step.output, actual),
        `${block.file}:${step.line}: $ ${step.command}\nthe page shows:\n${step.output.join('\n')}\n` +
          `the command printed (exit ${code}):\n${actual.join('\n')}`,
      );
  }
}

function runSh(block: DocBlock, scratch: string): void {
  for (const command of shCommands(block.text, block.line)) {
    const { code, output } = shell(command.text, scratch);
    assert.equal(code, 0, `${block.file}:${command.line}: ${command.text}\nexited ${code}:\n${output}`);
  }
}

function runTs(block: DocBlock, scratch: string): void {
  const file = sourceOf.get(block) as string;
  const problems = diagnostics.get(file);
  assert.equal(
    problems,
    undefined,
    `${block.file}:${block.line}: the example does not compile:\n${problems}`,
  );
  const { code, output } = shell(`node '${file.replace(/\.ts$/, '.js')}'`, scratch);
  assert.equal(code, 0, `${block.file}:${block.line}: the example exited ${code}:\n${output}`);
}

it('ships examples/, which the pages use, in the npm package', () => {
  const files = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { files: string[] })
    .files;
  assert.ok(files.includes('examples'), `package.json "files" is ${JSON.stringify(files)}`);
});

for (const { page, blocks, scratch } of pages) {
  if (blocks.length === 0) continue;
  describe(`the examples of ${page} run as shown`, { timeout: 600_000 }, () => {
    for (const block of blocks) {
      const name = `${page}:${block.line} (${block.kind})`;
      if (block.skip !== null) {
        skipped.push(`${name}: ${block.skip}`);
        it(name, { skip: block.skip }, () => undefined);
        continue;
      }
      it(name, () => {
        ran++;
        if (block.kind === 'console') runConsole(block, scratch);
        else if (block.kind === 'sh') runSh(block, scratch);
        else runTs(block, scratch);
      });
    }
  });
}
