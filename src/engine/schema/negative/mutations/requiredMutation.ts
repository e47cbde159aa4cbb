/** @module `required`: the valid object with one required key deleted; one record per required key. */
import { escapeToken } from '../../../../jsonSchema/jsonPointer.js';
import type { Mutation } from '../mutation.js';

export const requiredMutation: Mutation = {
  keywords: ['required'],
  propose(site) {
    const v = site.value;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return [];
    return [...site.constraints.required]
      .filter(([name]) => Object.hasOwn(v, name))
      .map(([name, at]) => {
        const { [name]: _dropped, ...rest } = v as Record<string, unknown>;
        return {
          keyword: 'required',
          path: `${site.path}/${escapeToken(name)}`,
          schemaPath: at.pointer,
          candidates: [rest],
        };
      });
  },
};
