/**
 * @module The walk behind edge payloads: one valid record (the sampler's first for the seed) is walked value by
 * value (siteWalk); at each value every registered edge proposes replacements, and the first one the verifier
 * accepts becomes an instance. One factor at a time: each instance differs from the valid record in one place,
 * so a schema yields O(values × keywords) instances, never combinations. Instances that come out equal are
 * listed once, with all their hits.
 */
import { pointerTokens } from '../../../jsonSchema/jsonPointer.js';
import type { ErrorObject } from 'ajv';
import type { JsonValue } from '../../../model/model.js';
import { NoCandidate } from '../negative/mutation.js';
import type { Site } from '../negative/site.js';
import { SiteWalk, withValueAt, type WalkTarget } from '../negative/siteWalk.js';
import { sampleNode } from '../sampleSchema.js';
import type { EdgeProposal } from './edge.js';
import {
  DEFAULT_EDGE_MAX,
  type EdgeHit,
  type EdgeOptions,
  type EdgeResult,
  type SkippedEdge,
} from './edgeApi.js';
import { edges } from './edges.js';

/** Candidates verified per proposal before it is given up. */
const MAX_TRIES = 4;

function describe(errors: readonly ErrorObject[] | null): string {
  if (errors === null || errors.length === 0) return 'the validator rejects it';
  const shown = errors.slice(0, 3).map((e) => `${e.keyword} at ${e.instancePath || '/'}`);
  return `it fails ${shown.join(', ')}${errors.length > 3 ? ` and ${errors.length - 3} more` : ''}`;
}

class EdgeWalk extends SiteWalk {
  readonly instances: { instance: JsonValue; hits: EdgeHit[] }[] = [];
  readonly skipped: SkippedEdge[] = [];
  private readonly byText = new Map<string, number>();

  constructor(
    target: WalkTarget,
    record: unknown,
    private readonly max: number,
    seed: string,
  ) {
    super(target, record, seed, 'edge');
  }

  /** Below a value that enum/const fixes, any change leaves the list: nothing to hit there. */
  protected override descend(site: Site): boolean {
    return site.constraints.values === null;
  }

  protected override atSite(site: Site): void {
    for (const edge of edges)
      for (const proposal of edge.propose(site, this.kit)) {
        if (this.truncated) return;
        this.attempt(site, proposal);
      }
  }

  private attempt(site: Site, proposal: EdgeProposal): void {
    const { path, kind, schemaPath } = proposal;
    const hit = { path, kind, schemaPath };
    const { verifier, node } = this.target;
    let reason = proposal.reason ?? 'no candidate was built';
    let tries = 0;
    for (const candidate of proposal.candidates) {
      if (candidate instanceof NoCandidate) {
        reason = candidate.reason;
        continue;
      }
      if (++tries > MAX_TRIES) break;
      const instance = withValueAt(this.record, pointerTokens(site.path), candidate);
      const verdict = verifier.check(node, instance);
      if (verdict !== true) {
        reason =
          verdict === null
            ? 'the validator cannot evaluate the schema'
            : describe(verifier.errors(node, instance));
        continue;
      }
      this.keep(instance, hit);
      return;
    }
    this.skipped.push({ ...hit, reason });
  }

  private keep(instance: unknown, hit: EdgeHit): void {
    const text = JSON.stringify(instance);
    const at = this.byText.get(text);
    if (at !== undefined) {
      this.instances[at]?.hits.push(hit);
      return;
    }
    if (this.instances.length >= this.max) {
      this.truncated = true;
      return;
    }
    this.byText.set(text, this.instances.length);
    // Instances share their unchanged parts while they are built; each returned one is its own copy.
    this.instances.push({ instance: JSON.parse(text) as JsonValue, hits: [hit] });
  }
}

/**
 * Edge instances of a schema in its document.
 * @throws UnsatisfiableSchemaError when the schema has no valid record to start from
 */
export function edgesOf(target: WalkTarget, options: EdgeOptions = {}): EdgeResult {
  const seed = options.seed ?? 'fixtura';
  const max = options.max ?? DEFAULT_EDGE_MAX;
  if (!Number.isSafeInteger(max) || max < 1)
    throw new RangeError(`max must be a whole number ≥ 1, got ${max}`);
  const { space, verifier, node, direction } = target;
  const [valid] = sampleNode(space, node, { count: 1, seed }, direction, verifier);
  const walk = new EdgeWalk(target, valid, max, seed);
  walk.visit('', [node], [], 0);
  return { instances: walk.instances, skipped: walk.skipped, truncated: walk.truncated };
}
