/**
 * @module `minItems`, `maxItems` and `uniqueItems`: the valid array cut to one item too few, grown to one too
 * many (repeating its last item, or with new valid items when they must differ), or with its first item
 * repeated.
 */
import { jsonEqual, type Schema } from '../../constraints.js';
import { generateValue } from '../../generateValue.js';
import { UnsatisfiableSchemaError } from '../../sampleApi.js';
import { impossible, NoCandidate, type Mutation, type MutationKit, type Proposal } from '../mutation.js';
import type { Site } from '../site.js';

/** Longer arrays are not built. */
const MAX_ITEMS = 10_000;

/** A new valid item for position `index`, or why none could be built. */
function item(site: Site, kit: MutationKit, index: number): unknown {
  try {
    return generateValue(kit.context(site.depth + 1), kit.itemSchemas(site, index));
  } catch (error) {
    if (!(error instanceof UnsatisfiableSchemaError)) throw error;
    return new NoCandidate(error);
  }
}

/** Draws for a new item that differs from the others, under uniqueItems. */
const DISTINCT_ATTEMPTS = 4;

function* longer(site: Site, kit: MutationKit, length: number): Generator<unknown> {
  const { uniqueItems } = site.constraints;
  const out = [...(site.value as unknown[])];
  while (out.length < length) {
    let next = out.at(-1);
    for (let attempt = 0; uniqueItems || out.length === 0; attempt++) {
      if (attempt === DISTINCT_ATTEMPTS)
        return yield new NoCandidate(`no ${length} distinct items were built`);
      next = item(site, kit, out.length);
      if (next instanceof NoCandidate) return yield next;
      if (!uniqueItems || !out.some((x) => jsonEqual(x, next))) break;
    }
    out.push(next);
  }
  yield out;
}

function* repeated(site: Site, kit: MutationKit): Generator<unknown> {
  const v = site.value as unknown[];
  const first = v.length > 0 ? v[0] : item(site, kit, 0);
  if (first instanceof NoCandidate) return yield first;
  const max = site.constraints.maxItems?.value ?? Infinity;
  if (v.length === 0) yield [first, first];
  else if (v.length < max) yield [...v, first];
  else if (v.length >= 2) yield [...v.slice(0, -1), first];
}

export const arrayItemsMutation: Mutation = {
  keywords: ['minItems', 'maxItems', 'uniqueItems'],
  propose(site, kit) {
    const v = site.value;
    if (!Array.isArray(v)) return [];
    const c = site.constraints;
    const out: Proposal[] = [];
    if (c.minItems && c.minItems.value > 0) {
      const at = c.minItems.at.pointer;
      out.push({
        keyword: 'minItems',
        path: site.path,
        schemaPath: at,
        candidates: [v.slice(0, c.minItems.value - 1)],
      });
    }
    if (c.maxItems) {
      const at = c.maxItems.at.pointer;
      const length = c.maxItems.value + 1;
      out.push(
        length > MAX_ITEMS
          ? impossible('maxItems', site.path, at, `an array of ${length} items is not built`)
          : { keyword: 'maxItems', path: site.path, schemaPath: at, candidates: longer(site, kit, length) },
      );
    }
    const unique = c.nodes.find((n) => (n.schema as Schema).uniqueItems === true);
    if (unique) {
      const at = `${unique.pointer}/uniqueItems`;
      out.push({ keyword: 'uniqueItems', path: site.path, schemaPath: at, candidates: repeated(site, kit) });
    }
    return out;
  },
};
