/**
 * @module The walk behind negative payloads: one valid record (the sampler's first for the seed) is walked
 * value by value (siteWalk); at each value every registered mutation proposes replacements, and the first
 * replacement that fails exactly its keyword (verifyNegative) becomes a record. One factor at a time: each
 * record differs from the valid one in one place, so a schema yields O(values × keywords) records, never
 * combinations.
 */
import { pointerTokens } from '../../../jsonSchema/jsonPointer.js';
import type { JsonValue } from '../../../model/model.js';
import { sampleNode } from '../sampleSchema.js';
import { NoCandidate, type Proposal } from './mutation.js';
import { mutations } from './mutations.js';
import {
  DEFAULT_NEGATIVE_MAX,
  type NegativeInstance,
  type NegativeOptions,
  type NegativeResult,
  type SkippedNegative,
} from './negativeApi.js';
import type { Site } from './site.js';
import { SiteWalk, withValueAt, type WalkTarget } from './siteWalk.js';
import { verifyNegative } from './verifyNegative.js';

/** Candidates verified per proposal before it is given up. */
const MAX_TRIES = 8;

/** The schema to break, in its document, with the document's verifier. */
export type NegativeTarget = WalkTarget;

class NegativeWalk extends SiteWalk {
  readonly instances: NegativeInstance[] = [];
  readonly skipped: SkippedNegative[] = [];

  constructor(
    target: NegativeTarget,
    record: unknown,
    private readonly max: number,
    seed: string,
  ) {
    super(target, record, seed, 'negative');
  }

  protected override atSite(site: Site): void {
    for (const mutation of mutations)
      for (const proposal of mutation.propose(site, this.kit)) {
        if (this.truncated) return;
        this.attempt(site, proposal);
      }
  }

  private attempt(site: Site, proposal: Proposal): void {
    const { keyword, path, schemaPath } = proposal;
    let reason = proposal.reason ?? 'no candidate was built';
    let tries = 0;
    for (const candidate of proposal.candidates) {
      if (candidate instanceof NoCandidate) {
        reason = candidate.reason;
        continue;
      }
      if (++tries > MAX_TRIES) break;
      const record = withValueAt(this.record, pointerTokens(site.path), candidate);
      const why = verifyNegative(this.target.verifier, this.target.node, record, proposal, site.route);
      if (why !== null) {
        reason = why;
        continue;
      }
      if (this.instances.length >= this.max) {
        this.truncated = true;
        return;
      }
      const violates = { code: `schema/${keyword}`, path, keyword, schemaPath };
      // Records share their unchanged parts while they are built; each returned one is its own copy.
      this.instances.push({ record: structuredClone(record) as JsonValue, violates });
      return;
    }
    this.skipped.push({ keyword, path, schemaPath, reason });
  }
}

/**
 * Negative records of a schema in its document.
 * @throws UnsatisfiableSchemaError when the schema has no valid record to start from
 */
export function negativesOf(target: NegativeTarget, options: NegativeOptions = {}): NegativeResult {
  const seed = options.seed ?? 'fixtura';
  const max = options.max ?? DEFAULT_NEGATIVE_MAX;
  if (!Number.isSafeInteger(max) || max < 1)
    throw new RangeError(`max must be a whole number ≥ 1, got ${max}`);
  const { space, verifier, node, direction } = target;
  const [valid] =
    options.start !== undefined
      ? [structuredClone(options.start)]
      : sampleNode(space, node, { count: 1, seed }, direction, verifier);
  const walk = new NegativeWalk(target, valid, max, seed);
  walk.visit('', [node], [], 0);
  return { instances: walk.instances, skipped: walk.skipped, truncated: walk.truncated };
}
