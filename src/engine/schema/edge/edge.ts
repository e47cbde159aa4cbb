/**
 * @module The seam between the edge walk and the kinds of edge: an edge looks at one site and proposes
 * replacement values that put it on one boundary (or through one branch). Edges register in `edges.ts`; the
 * walk keeps the first candidate the verifier accepts.
 */
import type { Site } from '../negative/site.js';
import type { WalkKit } from '../negative/siteWalk.js';
import type { EdgeHit } from './edgeApi.js';

/** What an edge may use besides the site. */
export type EdgeKit = WalkKit;

/** A proposal to put the site's value on one edge. */
export interface EdgeProposal extends EdgeHit {
  /** Replacement values for the site's value, best first, built lazily; a `NoCandidate` says why one is missing. */
  readonly candidates: Iterable<unknown>;
  /** Why no candidate can be built, when `candidates` is empty. */
  readonly reason?: string;
}

export interface Edge {
  /** The kinds of hit it proposes, for documentation and tests. */
  readonly kinds: readonly string[];
  propose(site: Site, kit: EdgeKit): EdgeProposal[];
}

/** An edge that cannot be reached, with the reason (reported among the skipped). */
export function unreachable(hit: EdgeHit, reason: string): EdgeProposal {
  return { ...hit, candidates: [], reason };
}

/** The schema pointer that stands for the site when no keyword states the edge (an unstated length 0). */
export function sitePointer(site: Site): string {
  return site.constraints.typeSources[0]?.pointer ?? site.constraints.nodes[0]?.pointer ?? '';
}
