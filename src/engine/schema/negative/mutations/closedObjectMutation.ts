/**
 * @module `additionalProperties: false` and `unevaluatedProperties: false`: the valid object with one key no
 * schema declares (`unexpected_property`, or a variant when that name is taken or matches a pattern).
 */
import { escapeToken } from '../../../../jsonSchema/jsonPointer.js';
import type { Schema } from '../../constraints.js';
import type { Mutation, Proposal } from '../mutation.js';

const NAME = 'unexpected_property';

export const closedObjectMutation: Mutation = {
  keywords: ['additionalProperties', 'unevaluatedProperties'],
  propose(site, kit) {
    const v = site.value;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return [];
    const out: Proposal[] = [];
    for (const keyword of ['additionalProperties', 'unevaluatedProperties']) {
      const node = site.constraints.nodes.find((n) => (n.schema as Schema)[keyword] === false);
      if (!node) continue;
      let name = NAME;
      const taken = (n: string) => Object.hasOwn(v, n) || (kit.propertySchemas(site, n)?.length ?? 0) > 0;
      for (let i = 2; taken(name) && i < 100; i++) name = `${NAME}_${i}`;
      out.push({
        keyword,
        path: `${site.path}/${escapeToken(name)}`,
        schemaPath: `${node.pointer}/${keyword}`,
        candidates: [{ ...v, [name]: 'unexpected' }],
      });
    }
    return out;
  },
};
