/**
 * @module Writes a whole dataset to a directory: one file per entity plus `manifest.json`, committed all or
 * nothing (directorySink.ts). What `fixtura generate --out DIR` does, as one call.
 */
import type { Model } from '../model/model.js';
import type { Manifest } from '../provenance/manifest.js';
import { directorySink } from './directorySink.js';
import { generateInto, type GenerateIntoOptions } from './generateInto.js';

export interface WriteDatasetOptions extends GenerateIntoOptions {
  readonly outDir: string;
}

/**
 * Generates and writes the dataset; returns the manifest. Throws a ContractError before writing anything
 * when the contract or the request cannot be satisfied, and OutputRefused when a target in the folder is
 * not a regular file.
 * @example await writeDataset(model, { outDir: 'out', seed: 's1', counts: { Customer: 10 } })
 */
export async function writeDataset(model: Model, options: WriteDatasetOptions): Promise<Manifest> {
  return generateInto(model, directorySink(options.outDir), options);
}
