/**
 * @module The runnable code blocks of a Markdown page: fenced ```console / ```sh / ```bash blocks (commands) and
 * ```ts / ```typescript / ```js blocks (programs), each with its line, and the reason it is not run when an
 * HTML comment `<!-- doc-test: skip (reason) -->` is the last non-blank line before its fence.
 */

export type DocBlockKind = 'console' | 'sh' | 'ts';

export interface DocBlock {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly kind: DocBlockKind;
  readonly text: string;
  /** Why the block is not run; null when it runs. */
  readonly skip: string | null;
}

/** A console block's command (continuation lines joined) and the output the page shows after it. */
export interface ConsoleStep {
  readonly command: string;
  readonly line: number;
  readonly output: readonly string[];
}

const KINDS: Readonly<Record<string, DocBlockKind>> = {
  console: 'console',
  sh: 'sh',
  bash: 'sh',
  shell: 'sh',
  ts: 'ts',
  typescript: 'ts',
  js: 'ts',
  javascript: 'ts',
};

const SKIP = /^<!--\s*doc-test:\s*skip\s*\((.+)\)\s*-->$/;
const FENCE = /^```(\S*)\s*$/;

/**
 * @example docBlocks('x.md', '<!-- doc-test: skip (needs a server) -->\n```sh\ncurl x\n```\n')
 * // [{ file: 'x.md', line: 2, kind: 'sh', text: 'curl x', skip: 'needs a server' }]
 */
export function docBlocks(file: string, markdown: string): DocBlock[] {
  const lines = markdown.split('\n');
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] as string);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !/^```\s*$/.test(lines[end] as string)) end++;
    const kind = KINDS[(open[1] ?? '').toLowerCase()];
    if (kind) {
      // The marker is the last non-blank line before the fence (Prettier puts a blank line between them).
      let k = i - 1;
      while (k >= 0 && (lines[k] as string).trim() === '') k--;
      const before = k >= 0 ? SKIP.exec((lines[k] as string).trim()) : null;
      blocks.push({
        file,
        line: i + 1,
        kind,
        text: lines.slice(i + 1, end).join('\n'),
        skip: before?.[1] ?? null,
      });
    }
    i = end;
  }
  return blocks;
}

/** Joins lines that end with a backslash to the next, as a shell would. */
function logicalLines(text: string, firstLine: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let pending: { text: string; line: number } | null = null;
  text.split('\n').forEach((raw, k) => {
    const line = pending ?? { text: '', line: firstLine + k };
    line.text += pending ? `\n${raw}` : raw;
    pending = /\\$/.test(raw) ? line : null;
    if (!pending) out.push(line);
  });
  if (pending) out.push(pending);
  return out;
}

/**
 * A console block as commands (`$ `-prefixed lines) each with the output shown under it.
 * @example consoleSteps('$ echo hi\nhi', 10) // [{ command: 'echo hi', line: 11, output: ['hi'] }]
 */
export function consoleSteps(text: string, fenceLine: number): ConsoleStep[] {
  const steps: { command: string; line: number; output: string[] }[] = [];
  for (const { text: line, line: at } of logicalLines(text, fenceLine + 1)) {
    if (line.startsWith('$ ')) steps.push({ command: line.slice(2), line: at, output: [] });
    else if (steps.length > 0) steps[steps.length - 1]?.output.push(...line.split('\n'));
    else throw new Error(`line ${at}: a console block starts with output, not with a "$ " command`);
  }
  return steps;
}

/**
 * An sh block's commands: its logical lines without blank lines and comment lines.
 * @example shCommands('# make it\nnpx fixtura generate a.yaml \\\n  -n 3\n', 4)
 * // [{ text: 'npx fixtura generate a.yaml \\\n  -n 3', line: 6 }]
 */
export function shCommands(text: string, fenceLine: number): { text: string; line: number }[] {
  return logicalLines(text, fenceLine + 1).filter(
    (l) => l.text.trim() !== '' && !l.text.trim().startsWith('#'),
  );
}
