/**
 * @module Strings of the shortest and the longest length allowed: `minLength` (or the empty string, for text
 * without a pattern or format) and `maxLength`, matching the patterns and format — the valid string cut first,
 * else one built for that exact length by the string generator.
 */
import type { Bound, Constraints } from '../../constraints.js';
import { generateString } from '../../generateString.js';
import type { GenerationContext } from '../../generationContext.js';
import { UnsatisfiableSchemaError } from '../../sampleApi.js';
import { NoCandidate } from '../../negative/mutation.js';
import type { Site } from '../../negative/site.js';
import { sitePointer, unreachable, type Edge, type EdgeProposal, type EdgeKit } from '../edge.js';

/** Longer strings are not built: an instance that size tests the transport more than the rule. */
const MAX_LENGTH = 100_000;
/** Strings built per edge before it is given up (the generator draws; a format may need a second try). */
const BUILDS = 3;

function built(ctx: GenerationContext, c: Constraints, exact: Bound): string | NoCandidate {
  try {
    return generateString(ctx, { ...c, values: null, minLength: exact, maxLength: exact });
  } catch (error) {
    if (error instanceof UnsatisfiableSchemaError) return new NoCandidate(error);
    throw error;
  }
}

function* candidates(site: Site, kit: EdgeKit, exact: Bound): Generator<unknown> {
  const chars = typeof site.value === 'string' ? [...site.value] : [];
  if (chars.length >= exact.value) yield chars.slice(0, exact.value).join('');
  for (let i = 0; i < BUILDS; i++) yield built(kit.context(site.depth), site.constraints, exact);
}

export const lengthEdge: Edge = {
  kinds: ['minLength', 'maxLength'],
  propose(site, kit) {
    const c = site.constraints;
    if (c.values !== null || !c.types.has('string')) return [];
    const out: EdgeProposal[] = [];
    const free = c.patterns.length === 0 && c.formats.length === 0;
    const shortest: Bound | null =
      c.minLength ??
      (free ? { value: 0, exclusive: false, at: { file: '', pointer: sitePointer(site) } } : null);
    for (const [bound, kind] of [
      [shortest, 'minLength'],
      [c.maxLength, 'maxLength'],
    ] as const) {
      if (!bound) continue;
      const hit = { path: site.path, kind, schemaPath: bound.at.pointer };
      const exact: Bound = { ...bound, exclusive: false };
      if (bound.value > MAX_LENGTH)
        out.push(unreachable(hit, `a string of ${bound.value} characters is not built`));
      else out.push({ ...hit, candidates: candidates(site, kit, exact) });
    }
    return out;
  },
};
