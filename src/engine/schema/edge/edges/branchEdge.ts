/**
 * @module Each branch of each anyOf/oneOf the value's schemas open: a value built through that branch (for
 * oneOf, valid for that branch only), so every alternative of a union is sent once.
 */
import type { Choice } from '../../constraints.js';
import { constraintsOf } from '../../constraints.js';
import { generateBranch } from '../../generateValue.js';
import { UnsatisfiableSchemaError } from '../../sampleApi.js';
import { NoCandidate } from '../../negative/mutation.js';
import type { Site } from '../../negative/site.js';
import type { Edge, EdgeProposal, EdgeKit } from '../edge.js';

const BUILDS = 3;

function* candidates(site: Site, kit: EdgeKit, choice: Choice, index: number): Generator<unknown> {
  const branch = choice.branches[index];
  if (branch && kit.verifier.check(branch, site.value) === true) yield site.value;
  for (let i = 0; i < BUILDS; i++) {
    let value: unknown;
    try {
      value = generateBranch(kit.context(site.depth), site.nodes, choice, index);
    } catch (error) {
      if (!(error instanceof UnsatisfiableSchemaError)) throw error;
      yield new NoCandidate(error);
      return;
    }
    // The value must go through this branch, not merely pass the union through another one.
    if (branch && kit.verifier.check(branch, value) === true) yield value;
    else yield new NoCandidate(`the value built for ${choice.kind} branch ${index} fails that branch`);
  }
}

export const branchEdge: Edge = {
  kinds: ['anyOf', 'oneOf'],
  propose(site, kit) {
    let choices: readonly Choice[];
    try {
      choices = constraintsOf(kit.space, site.nodes, new Set()).choices;
    } catch (error) {
      if (error instanceof UnsatisfiableSchemaError) return [];
      throw error;
    }
    const out: EdgeProposal[] = [];
    for (const choice of choices) {
      if (choice.kind === 'if') continue;
      choice.branches.forEach((branch, index) =>
        out.push({
          path: site.path,
          kind: choice.kind,
          schemaPath: branch.pointer,
          candidates: candidates(site, kit, choice, index),
        }),
      );
    }
    return out;
  },
};
