/**
 * @module `enum` and `const`: a value of the same type that is not listed and meets every other keyword —
 * built from the other keywords with the list set aside, so a status enum gets a plausible unknown status.
 */
import { jsonEqual, typeOf, type Constraints } from '../../constraints.js';
import { generateNumber } from '../../generateNumber.js';
import { generateString } from '../../generateString.js';
import { UnsatisfiableSchemaError } from '../../sampleApi.js';
import { impossible, keywordOf, NoCandidate, type Mutation, type MutationKit } from '../mutation.js';
import type { Site } from '../site.js';

/** Fresh values built per site: a few, in case the first happens to be listed or to fail elsewhere. */
const BUILT = 3;

function* unlisted(site: Site, kit: MutationKit, values: readonly unknown[]): Generator<unknown> {
  const c: Constraints = { ...site.constraints, values: null };
  const v = site.value;
  const listed = (x: unknown) => values.some((y) => jsonEqual(x, y));
  if (typeof v === 'boolean') {
    if (!listed(!v)) yield !v;
    return;
  }
  if (typeof v === 'string') {
    for (const word of ['UNKNOWN', 'unknown']) if (!listed(word)) yield word;
  } else if (typeof v === 'number') {
    const numbers = values.filter((x): x is number => typeof x === 'number');
    const next = Math.max(...numbers) + 1;
    if (Number.isSafeInteger(next) && !listed(next)) yield next;
  } else return;
  for (let i = 0; i < BUILT; i++) {
    try {
      const ctx = kit.context(site.depth);
      const built =
        typeof v === 'string' ? generateString(ctx, c) : generateNumber(ctx, c, !c.types.has('number'));
      if (!listed(built)) yield built;
    } catch (error) {
      if (!(error instanceof UnsatisfiableSchemaError)) throw error;
      yield new NoCandidate(error);
      return;
    }
  }
}

export const enumMutation: Mutation = {
  keywords: ['enum', 'const'],
  propose(site, kit) {
    const c = site.constraints;
    const source = c.valueSources[0];
    if (c.values === null || !source) return [];
    const keyword = keywordOf(source.pointer);
    const t = typeOf(site.value);
    if (t === 'object' || t === 'array' || t === 'null')
      return [impossible(keyword, site.path, source.pointer, `no unlisted ${t} is built`)];
    return [
      { keyword, path: site.path, schemaPath: source.pointer, candidates: unlisted(site, kit, c.values) },
    ];
  },
};
