/**
 * @module Whether a command's output is what a page shows, once what legitimately varies is set aside:
 * durations (`640 ms`, `2.3 s`) and the scratch folder's absolute path are normalised on both sides, `…` inside
 * a shown line stands for any text (a seed shown as `"3f2a…"`), and a shown line that is only `…` stands for any
 * number of lines (output the page leaves out).
 */

const DURATION = /\b\d+(?:\.\d+)? ?(?:ms|s)\b/g;

/** Output lines with durations and the scratch path normalised, trailing blanks and blank tail removed. */
export function normaliseOutput(text: string, scratch: string): string[] {
  const lines = text
    .split(scratch + '/')
    .join('')
    .split(scratch)
    .join('.')
    .replace(DURATION, '<duration>')
    .split('\n')
    .map((l) => l.trimEnd());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function linePattern(shown: string): RegExp {
  const parts = shown.replace(DURATION, '<duration>').split('…');
  return new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*?')}$`);
}

/**
 * @example shownOutputMatches(['manifest → out/manifest.json (seed "3f2a…", 640 ms)', '…'],
 *   ['manifest → out/manifest.json (seed "3f2a9c…", <duration>)', 'more']) // true
 */
export function shownOutputMatches(shown: readonly string[], actual: readonly string[]): boolean {
  const patterns = shown.map((s) => (s.trim() === '…' ? null : linePattern(s.trimEnd())));
  const memo = new Map<string, boolean>();
  const match = (p: number, a: number): boolean => {
    const key = `${p},${a}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (p === patterns.length) result = a === actual.length;
    else {
      const pattern = patterns[p];
      if (pattern === null || pattern === undefined) {
        result = false;
        for (let k = a; k <= actual.length && !result; k++) result = match(p + 1, k);
      } else result = a < actual.length && pattern.test(actual[a] as string) && match(p + 1, a + 1);
    }
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}
