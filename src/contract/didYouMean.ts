/** @module Suggests the closest known name for a misspelt one, for error hints. */

/**
 * The candidate closest to `word` by edit distance, if it is close enough to be a likely typo; otherwise the
 * only candidate that begins with `word`.
 * @example didYouMean('strng', ['string', 'integer']) // "string"
 * @example didYouMean('gen', ['generate', 'sample']) // "generate"
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  const tolerance = word.length <= 2 ? 1 : Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= tolerance ? best : onlyExtension(word, candidates);
}

/** The one candidate that `word` begins (`gen` → `generate`, `--cov` → `--coverage`): a name cut short. */
function onlyExtension(word: string, candidates: readonly string[]): string | undefined {
  const stem = word.toLowerCase();
  // Below three letters a prefix says too little to be a likely meaning.
  if (stem.replace(/^-+/, '').length < 3) return undefined;
  const longer = candidates.filter((c) => c.toLowerCase().startsWith(stem));
  return longer.length === 1 ? longer[0] : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/** " Did you mean …?" phrased as a hint, or the fallback. */
export function suggest(word: string, candidates: readonly string[], fallback: string): string {
  const match = didYouMean(word, candidates);
  return match ? `did you mean "${match}"?` : fallback;
}
