/**
 * @module Generation profiles: `realistic` (the default), `edge` (rows that hit every coverage target of the
 * contract, then realistic ones), and `mixed:edge=S` (a realistic dataset in which a deterministic share S of
 * the rows are edge rows, evenly spread). The presets `pr` and `nightly` name a profile and row counts (see
 * presets.ts). Part of the plan: the same profile, seed and counts give the same bytes.
 */

export type Profile =
  | { readonly kind: 'realistic' }
  | { readonly kind: 'edge' }
  | { readonly kind: 'mixed'; readonly edge: number };

export const REALISTIC: Profile = { kind: 'realistic' };

/** Edge rows of an entity at most: issue 6 asks for every target within 64 rows. */
export const MAX_EDGE_ROWS = 64;

/**
 * Reads `realistic`, `edge` or `mixed:edge=0.1`; a problem text for anything else.
 * @example parseProfile('mixed:edge=0.25') // { kind: 'mixed', edge: 0.25 }
 */
export function parseProfile(text: string): Profile | { readonly problem: string } {
  if (text === 'realistic') return REALISTIC;
  if (text === 'edge') return { kind: 'edge' };
  const m = /^mixed:edge=(\d*\.?\d+)$/.exec(text);
  if (m) {
    const share = Number(m[1]);
    if (share > 0 && share <= 1) return { kind: 'mixed', edge: share };
    return { problem: `the edge share of "${text}" must be above 0 and at most 1` };
  }
  return { problem: `unknown profile "${text}"` };
}

/** How a profile is written back (in the manifest and messages). */
export function profileName(profile: Profile): string {
  return profile.kind === 'mixed' ? `mixed:edge=${profile.edge}` : profile.kind;
}

/**
 * Which edge row a row is, or -1 for a realistic row: in `edge`, rows 0 … rows-1 are edge rows 0 … rows-1;
 * in `mixed:edge=S`, a row is an edge row where ⌊(r+1)·S⌋ > ⌊r·S⌋ — evenly spread, S of them — and it is
 * edge row ⌊r·S⌋ mod rows.
 */
export function edgeRowOf(profile: Profile, rows: number): (row: number) => number {
  if (rows === 0 || profile.kind === 'realistic') return () => -1;
  if (profile.kind === 'edge') return (row) => (row < rows ? row : -1);
  const s = profile.edge;
  return (row) => {
    const at = Math.floor(row * s);
    return Math.floor((row + 1) * s) > at ? at % rows : -1;
  };
}

/** The first row that is edge row j (mixed profiles repeat edge rows; unique values go in the first). */
export function firstRowOf(profile: Profile, j: number): number {
  if (profile.kind !== 'mixed') return j;
  // The smallest r with ⌊r·S⌋ = j and ⌊(r+1)·S⌋ > j: r = ⌈(j+1)/S⌉ - 1.
  return Math.ceil((j + 1) / profile.edge) - 1;
}
