/**
 * @module `minLength` and `maxLength`: a string one code point too short or too long that still matches the
 * patterns and format — the valid string cut or extended first, else a string built for that exact length.
 */
import type { Bound, Constraints } from '../../constraints.js';
import { generateString } from '../../generateString.js';
import type { GenerationContext } from '../../generationContext.js';
import { UnsatisfiableSchemaError } from '../../sampleApi.js';
import { impossible, NoCandidate, type Mutation, type MutationKit, type Proposal } from '../mutation.js';
import type { Site } from '../site.js';

/** Longer strings are not built: a record that size tests the transport more than the rule. */
const MAX_LENGTH = 100_000;

/** A string of exactly `length` code points meeting the other string keywords, or why there is none. */
function built(ctx: GenerationContext, c: Constraints, bound: Bound, length: number): string | Error {
  const exact: Bound = { ...bound, value: length };
  try {
    return generateString(ctx, { ...c, values: null, minLength: exact, maxLength: exact });
  } catch (error) {
    if (error instanceof UnsatisfiableSchemaError) return error;
    throw error;
  }
}

function* candidates(
  site: Site,
  kit: MutationKit,
  bound: Bound,
  length: number,
): Generator<string | NoCandidate> {
  const chars = [...(site.value as string)];
  if (chars.length >= length) yield chars.slice(0, length).join('');
  else yield chars.join('') + (chars.at(-1) ?? 'x').repeat(length - chars.length);
  const made = built(kit.context(site.depth), site.constraints, bound, length);
  yield typeof made === 'string' ? made : new NoCandidate(made);
}

export const lengthMutation: Mutation = {
  keywords: ['minLength', 'maxLength'],
  propose(site, kit) {
    const c = site.constraints;
    if (typeof site.value !== 'string') return [];
    const out: Proposal[] = [];
    const wanted: [Bound | null, number][] = [
      [c.minLength && c.minLength.value > 0 ? c.minLength : null, (c.minLength?.value ?? 0) - 1],
      [c.maxLength, (c.maxLength?.value ?? 0) + 1],
    ];
    for (const [bound, length] of wanted) {
      if (!bound) continue;
      const keyword = bound === c.minLength ? 'minLength' : 'maxLength';
      const at = bound.at.pointer;
      if (c.values !== null)
        out.push(impossible(keyword, site.path, at, 'enum/const fixes the string: any other fails it too'));
      else if (length > MAX_LENGTH)
        out.push(impossible(keyword, site.path, at, `a string of ${length} characters is not built`));
      else
        out.push({
          keyword,
          path: site.path,
          schemaPath: at,
          candidates: candidates(site, kit, bound, length),
        });
    }
    return out;
  },
};
