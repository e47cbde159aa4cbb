/**
 * @module Arrays of the fewest and the most items allowed: `minItems` (or none, when no minimum is stated) and
 * `maxItems` when it is small — the valid array cut first, else one built with exactly that many items.
 */
import type { Bound } from '../../constraints.js';
import { generateArray } from '../../generateArray.js';
import { UnsatisfiableSchemaError } from '../../sampleApi.js';
import { NoCandidate } from '../../negative/mutation.js';
import type { Site } from '../../negative/site.js';
import { sitePointer, unreachable, type Edge, type EdgeProposal, type EdgeKit } from '../edge.js';

/** Longer arrays are not built for `maxItems`: one factor at a time, an instance stays small. */
export const MAX_EDGE_ITEMS = 10;
const BUILDS = 3;

function* candidates(site: Site, kit: EdgeKit, exact: Bound): Generator<unknown> {
  if (Array.isArray(site.value) && site.value.length >= exact.value) yield site.value.slice(0, exact.value);
  for (let i = 0; i < BUILDS; i++)
    try {
      yield generateArray(kit.context(site.depth), { ...site.constraints, minItems: exact, maxItems: exact });
    } catch (error) {
      if (!(error instanceof UnsatisfiableSchemaError)) throw error;
      yield new NoCandidate(error);
      return;
    }
}

export const itemCountEdge: Edge = {
  kinds: ['minItems', 'maxItems'],
  propose(site, kit) {
    const c = site.constraints;
    if (c.values !== null || !c.types.has('array')) return [];
    const out: EdgeProposal[] = [];
    const fewest = c.minItems ?? { value: 0, exclusive: false, at: { file: '', pointer: sitePointer(site) } };
    for (const [bound, kind] of [
      [fewest, 'minItems'],
      [c.maxItems, 'maxItems'],
    ] as const) {
      if (!bound) continue;
      const hit = { path: site.path, kind, schemaPath: bound.at.pointer };
      if (bound.value > MAX_EDGE_ITEMS)
        out.push(
          unreachable(hit, `an array of ${bound.value} items is not built (at most ${MAX_EDGE_ITEMS})`),
        );
      else out.push({ ...hit, candidates: candidates(site, kit, { ...bound, exclusive: false }) });
    }
    return out;
  },
};
