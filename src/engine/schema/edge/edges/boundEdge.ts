/**
 * @module Numbers and integers on their bounds: the minimum and the maximum themselves, or the nearest valid
 * value inside an exclusive bound, on the multipleOf (or integer) grid.
 */
import type { Bound } from '../../constraints.js';
import { keywordOf } from '../../negative/mutation.js';
import { inside } from '../../negative/numberGrid.js';
import { unreachable, type Edge, type EdgeProposal } from '../edge.js';

export const boundEdge: Edge = {
  kinds: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'],
  propose(site) {
    const c = site.constraints;
    if (c.values !== null || !(c.types.has('number') || c.types.has('integer'))) return [];
    const integer = !c.types.has('number');
    const out: EdgeProposal[] = [];
    const sides: [Bound | null, 'minimum' | 'maximum'][] = [
      [c.minimum, 'minimum'],
      [c.maximum, 'maximum'],
    ];
    for (const [bound, side] of sides) {
      if (!bound) continue;
      const hit = { path: site.path, kind: keywordOf(bound.at.pointer), schemaPath: bound.at.pointer };
      const value = inside(bound, side, c, integer);
      out.push(
        value === null
          ? unreachable(hit, `no exact number lies on the grid next to ${bound.value}`)
          : { ...hit, candidates: [value] },
      );
    }
    return out;
  },
};
