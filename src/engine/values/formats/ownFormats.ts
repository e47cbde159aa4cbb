/** @module Which formats of a model a run's lookup resolves to something other than the built-in registry. */
import type { Model } from '../../../model/model.js';
import { findFormat, type FindFormat } from './formats.js';

/**
 * The formats the model's fields name that `find` does not resolve to the built-in format of that name: a
 * per-run context's own. A worker thread rebuilds the dataset from plain data and knows only the built-in
 * registry, so a run that uses one of these stays in the calling thread (ADR 025).
 * @example ownFormats(model, fixtura.findFormat) // ['ticket_code']
 */
export function ownFormats(model: Model, find: FindFormat): string[] {
  const names = new Set<string>();
  for (const entity of model.entities)
    for (const field of entity.fields)
      if (field.type.kind === 'string' && field.type.format !== null) names.add(field.type.format);
  return [...names].filter((name) => find(name) !== findFormat(name));
}
