/**
 * @module `type`: a value of another JSON type, the likeliest mix-up first (a number for a string, a numeric
 * string for a number). With enum/const, only a listed value of another type can fail `type` alone.
 */
import { valueAt } from '../../../../jsonSchema/jsonPointer.js';
import { ALL_TYPES, typeOf, type JsonType } from '../../constraints.js';
import { impossible, type Mutation } from '../mutation.js';

const PROBES: Readonly<Record<JsonType, unknown>> = {
  null: null,
  boolean: true,
  integer: 1,
  number: 1.5,
  string: '1',
  array: [],
  object: {},
};

/** The other types to try, by what a client most plausibly sends by mistake. */
const LIKELY: Readonly<Record<JsonType, readonly JsonType[]>> = {
  string: ['integer', 'boolean', 'null', 'object', 'array'],
  integer: ['string', 'number', 'boolean', 'null', 'object', 'array'],
  number: ['string', 'boolean', 'null', 'object', 'array'],
  boolean: ['string', 'integer', 'null', 'object', 'array'],
  object: ['array', 'string', 'null', 'integer'],
  array: ['object', 'string', 'null', 'integer'],
  null: ['string', 'integer', 'object', 'array', 'boolean'],
};

function admits(types: ReadonlySet<JsonType>, t: JsonType): boolean {
  return types.has(t) || (t === 'integer' && types.has('number'));
}

export const typeMutation: Mutation = {
  keywords: ['type'],
  propose(site, kit) {
    const c = site.constraints;
    if (c.typeSources.length === 0 || c.types.size === ALL_TYPES.length) return [];
    const outsiders = (LIKELY[typeOf(site.value)] ?? ALL_TYPES).filter((t) => !admits(c.types, t));
    const candidates =
      c.values === null
        ? outsiders.map((t) => PROBES[t])
        : c.values.filter((v) => !admits(c.types, typeOf(v)));
    // The type keyword that rules the first candidate out is the one labelled.
    const first = typeOf(candidates[0]);
    const source =
      c.typeSources.find((at) => {
        const listed = valueAt(kit.space.index.root, at.pointer);
        const types = new Set((Array.isArray(listed) ? listed : [listed]) as JsonType[]);
        return !admits(types, first);
      }) ?? c.typeSources[0];
    const schemaPath = source?.pointer ?? '';
    if (candidates.length === 0)
      return [
        impossible(
          'type',
          site.path,
          schemaPath,
          'enum/const lists no value of another type (it would fail both)',
        ),
      ];
    return [{ keyword: 'type', path: site.path, schemaPath, candidates }];
  },
};
