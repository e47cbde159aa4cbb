/**
 * @module The values a schema lists or a type has few of: each `enum` value (or the `const`), `true` and
 * `false`, and `null` where the type allows it.
 */
import { keywordOf } from '../../negative/mutation.js';
import { sitePointer, type Edge, type EdgeProposal } from '../edge.js';

export const valueEdge: Edge = {
  kinds: ['enum', 'const', 'boolean', 'null'],
  propose(site) {
    const c = site.constraints;
    if (c.values !== null) {
      const at = c.valueSources[0]?.pointer ?? sitePointer(site);
      const hit = { path: site.path, kind: keywordOf(at) === 'const' ? 'const' : 'enum', schemaPath: at };
      return c.values.map((v) => ({ ...hit, candidates: [v] }));
    }
    const out: EdgeProposal[] = [];
    const hit = { path: site.path, schemaPath: sitePointer(site) };
    if (c.types.has('boolean')) {
      out.push({ ...hit, kind: 'boolean', candidates: [true] });
      out.push({ ...hit, kind: 'boolean', candidates: [false] });
    }
    if (c.types.has('null')) out.push({ ...hit, kind: 'null', candidates: [null] });
    return out;
  },
};
