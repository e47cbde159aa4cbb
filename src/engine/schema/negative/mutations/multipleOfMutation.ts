/**
 * @module `multipleOf`: the valid number moved by half a step (12.34 → 12.345 for 0.01), or by one for an
 * integer step, staying inside the bounds. `x-fixtura-decimals` is the same rule counted in decimals: one
 * decimal too many.
 */
import { DECIMALS_KEYWORD } from '../../../../jsonSchema/decimalsKeyword.js';
import type { Constraints } from '../../constraints.js';
import { impossible, keywordOf, type Mutation, type Proposal } from '../mutation.js';
import { shifted } from '../numberGrid.js';

function inside(c: Constraints, x: number): boolean {
  const lo = c.minimum;
  const hi = c.maximum;
  if (lo && (x < lo.value || (lo.exclusive && x === lo.value))) return false;
  return !(hi && (x > hi.value || (hi.exclusive && x === hi.value)));
}

export const multipleOfMutation: Mutation = {
  keywords: ['multipleOf', DECIMALS_KEYWORD],
  propose(site) {
    const v = site.value;
    if (typeof v !== 'number') return [];
    const c = site.constraints;
    const out: Proposal[] = [];
    for (const m of c.multipleOf) {
      const keyword = keywordOf(m.at.pointer);
      // A step of 1e-N: one more decimal; otherwise half a step, or one when that is not an integer.
      const deltas =
        keyword === DECIMALS_KEYWORD
          ? [m.value / 10, -m.value / 10]
          : [m.value / 2, -m.value / 2, ...(Number.isInteger(m.value) && m.value > 1 ? [1, -1] : [])];
      const candidates = deltas
        .map((d) => shifted(v, d))
        .filter(
          (x): x is number => x !== null && inside(c, x) && (c.types.has('number') || Number.isInteger(x)),
        );
      out.push(
        candidates.length > 0
          ? { keyword, path: site.path, schemaPath: m.at.pointer, candidates }
          : impossible(keyword, site.path, m.at.pointer, 'no number off the grid lies inside the bounds'),
      );
    }
    return out;
  },
};
