/**
 * @module Each optional property of an object absent once and present once (with a valid value built for it
 * when the record lacks it). Properties the direction leaves out (readOnly in a request, writeOnly in a
 * response) are not sent.
 */
import { escapeToken } from '../../../../jsonSchema/jsonPointer.js';
import type { SchemaNode } from '../../../../jsonSchema/schemaIndex.js';
import { expand, type Schema, type SchemaSpace } from '../../constraints.js';
import { generateValue } from '../../generateValue.js';
import { UnsatisfiableSchemaError } from '../../sampleApi.js';
import { NoCandidate } from '../../negative/mutation.js';
import type { Site } from '../../negative/site.js';
import { declaredNames, isObject } from '../../negative/siteWalk.js';
import type { Edge, EdgeProposal, EdgeKit } from '../edge.js';

const BUILDS = 3;
/** The flag that leaves a property out, by direction. */
const FLAG = { request: 'readOnly', response: 'writeOnly' } as const;

function leftOut(space: SchemaSpace, schemas: readonly SchemaNode[], flag: string | null): boolean {
  if (flag === null) return false;
  try {
    return expand(space, schemas).some((n) => (n.schema as Schema)[flag] === true);
  } catch {
    return true;
  }
}

function declaredAt(site: Site, name: string): string {
  const node = site.constraints.nodes.find((n) => {
    const properties = (n.schema as Schema).properties;
    return isObject(properties) && Object.hasOwn(properties, name);
  });
  return `${node?.pointer ?? ''}/properties/${escapeToken(name)}`;
}

function* present(
  site: Site,
  kit: EdgeKit,
  value: Record<string, unknown>,
  name: string,
  schemas: readonly SchemaNode[],
) {
  if (Object.hasOwn(value, name)) {
    yield value;
    return;
  }
  for (let i = 0; i < BUILDS; i++)
    try {
      yield { ...value, [name]: generateValue(kit.context(site.depth + 1), schemas) };
    } catch (error) {
      if (!(error instanceof UnsatisfiableSchemaError)) throw error;
      yield new NoCandidate(error);
      return;
    }
}

export const optionalPropertyEdge: Edge = {
  kinds: ['absent', 'present'],
  propose(site, kit) {
    const { value, constraints: c } = site;
    if (c.values !== null || !isObject(value)) return [];
    const flag = kit.direction === null ? null : FLAG[kit.direction];
    const out: EdgeProposal[] = [];
    for (const name of declaredNames(c)) {
      if (c.required.has(name)) continue;
      const schemas = kit.propertySchemas(site, name);
      if (!schemas || leftOut(kit.space, schemas, flag)) continue;
      const hit = { path: `${site.path}/${escapeToken(name)}`, schemaPath: declaredAt(site, name) };
      const { [name]: _dropped, ...without } = value;
      out.push({ ...hit, kind: 'absent', candidates: [without] });
      out.push({ ...hit, kind: 'present', candidates: present(site, kit, value, name, schemas) });
    }
    return out;
  },
};
