/**
 * @module `minProperties` and `maxProperties`: optional keys removed until one too few remain, or keys added
 * (declared ones with valid values first, then free names where the schema allows them) until one too many.
 */
import { generateValue } from '../../generateValue.js';
import { UnsatisfiableSchemaError } from '../../sampleApi.js';
import { impossible, NoCandidate, type Mutation, type MutationKit, type Proposal } from '../mutation.js';
import type { Site } from '../site.js';

function fewer(site: Site, count: number): Record<string, unknown> | string {
  const v = site.value as Record<string, unknown>;
  const out = { ...v };
  for (const name of Object.keys(v).reverse()) {
    if (Object.keys(out).length <= count) break;
    if (!site.constraints.required.has(name)) delete out[name];
  }
  return Object.keys(out).length === count ? out : 'the required keys alone reach minProperties';
}

function* more(site: Site, kit: MutationKit, count: number): Generator<unknown> {
  const out = { ...(site.value as Record<string, unknown>) };
  const declared = site.constraints.nodes.flatMap((n) => {
    const properties = (n.schema as Record<string, unknown>).properties;
    return properties !== null && typeof properties === 'object' ? Object.keys(properties) : [];
  });
  const names = [...declared, ...Array.from({ length: count }, (_, i) => `extra_${i + 1}`)];
  for (const name of names) {
    if (Object.keys(out).length >= count) break;
    if (Object.hasOwn(out, name)) continue;
    const schemas = kit.propertySchemas(site, name);
    if (!schemas) continue;
    try {
      out[name] = generateValue(kit.context(site.depth + 1), schemas);
    } catch (error) {
      if (!(error instanceof UnsatisfiableSchemaError)) throw error;
    }
  }
  yield Object.keys(out).length === count ? out : new NoCandidate(`no ${count} property names are allowed`);
}

export const propertyCountMutation: Mutation = {
  keywords: ['minProperties', 'maxProperties'],
  propose(site, kit) {
    const v = site.value;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return [];
    const c = site.constraints;
    const out: Proposal[] = [];
    if (c.minProperties && c.minProperties.value > 0) {
      const at = c.minProperties.at.pointer;
      const record = fewer(site, c.minProperties.value - 1);
      out.push(
        typeof record === 'string'
          ? impossible('minProperties', site.path, at, record)
          : { keyword: 'minProperties', path: site.path, schemaPath: at, candidates: [record] },
      );
    }
    if (c.maxProperties) {
      const at = c.maxProperties.at.pointer;
      out.push({
        keyword: 'maxProperties',
        path: site.path,
        schemaPath: at,
        candidates: more(site, kit, c.maxProperties.value + 1),
      });
    }
    return out;
  },
};
