/**
 * @module `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`: the nearest number on the wrong side
 * of the tightest bound, on the multipleOf (or integer) grid so that it breaks nothing else.
 */
import type { Bound } from '../../constraints.js';
import { impossible, keywordOf, type Mutation, type Proposal } from '../mutation.js';
import { outside } from '../numberGrid.js';

export const boundMutation: Mutation = {
  keywords: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'],
  propose(site) {
    const c = site.constraints;
    if (typeof site.value !== 'number') return [];
    const integer = !c.types.has('number');
    const out: Proposal[] = [];
    const sides: [Bound | null, 'below' | 'above'][] = [
      [c.minimum, 'below'],
      [c.maximum, 'above'],
    ];
    for (const [bound, side] of sides) {
      if (!bound) continue;
      const keyword = keywordOf(bound.at.pointer);
      const value = outside(bound, side, c, integer);
      out.push(
        value === null
          ? impossible(
              keyword,
              site.path,
              bound.at.pointer,
              `no exact number lies just ${side} ${bound.value}`,
            )
          : { keyword, path: site.path, schemaPath: bound.at.pointer, candidates: [value] },
      );
    }
    return out;
  },
};
