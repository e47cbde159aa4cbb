/**
 * @module `json` fields: any JSON value valid against the schema the field points at in the model's
 * definitions, built by the schema sampler — row r's value is the sampler's instance r on the field's stream,
 * so it is a pure function of (seed, field, row) like every other value. Written as JSON text. One index and
 * one verifier serve every json field of a model, so each schema is compiled once.
 */
import { SchemaIndex } from '../../jsonSchema/schemaIndex.js';
import { DEFINITIONS_ID, type JsonType, type JsonValue, type Model } from '../../model/model.js';
import { edgesOf } from '../schema/edge/edgeWalk.js';
import type { SchemaSpace } from '../schema/constraints.js';
import { UnsatisfiableSchemaError } from '../schema/sampleApi.js';
import { sampleOne } from '../schema/sampleSchema.js';
import { Verifier } from '../schema/verifier.js';
import type { DomainContext, ValueDomain } from './valueDomain.js';

const shared = new WeakMap<object, { space: SchemaSpace; verifier: Verifier }>();

function spaceOf(model: Model, file: string): { space: SchemaSpace; verifier: Verifier } {
  const definitions = (model.definitions ?? {}) as object;
  let found = shared.get(definitions);
  if (!found) {
    const index = new SchemaIndex(definitions, DEFINITIONS_ID, '2020-12');
    const space = { index, dialect: '2020-12' as const, file };
    found = { space, verifier: new Verifier(space) };
    shared.set(definitions, found);
  }
  return found;
}

/**
 * The edge profile's values of a json field: valid instances that each put one value of its schema on an edge
 * or through a branch (schema/edge: bounds, lengths, enum values, null, optional keys, anyOf/oneOf branches).
 */
export function jsonEdgeValues(type: JsonType, model: Model, file: string, seed: string): JsonValue[] {
  const { space, verifier } = spaceOf(model, file);
  const node = space.index.at(type.pointer);
  return edgesOf({ space, verifier, node, direction: null }, { seed }).instances.map((i) => i.instance);
}

/**
 * @param refused called when a later row meets a part of the schema no instance can satisfy (a dangling `$ref`
 *   inside an array's items, say, that row 0 never reached): it stops the run with the field's location.
 * @throws UnsatisfiableSchemaError when the schema has no instance (found on the first row, before writing)
 */
export function jsonDomain(
  type: JsonType,
  ctx: DomainContext,
  model: Model,
  file: string,
  refused: (row: number, error: UnsatisfiableSchemaError) => never,
): ValueDomain {
  const { space, verifier } = spaceOf(model, file);
  const node = space.index.at(type.pointer);
  const sample = (row: number): string =>
    JSON.stringify(sampleOne(space, verifier, node, ctx.stream, row, null));
  sample(0);
  const realistic = (row: number): string => {
    try {
      return sample(row);
    } catch (error) {
      if (error instanceof UnsatisfiableSchemaError) refused(row, error);
      throw error;
    }
  };
  return {
    // Values are not enumerable injectively; the OpenAPI translation never marks json fields unique.
    size: 1,
    encoding: 'json',
    realistic,
    unique: (_k, row) => realistic(row),
  };
}
