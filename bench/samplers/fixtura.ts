/**
 * @module Sampler: Fixtura's library API, `sampleDocument` per component schema with `count`, which is what
 * `fixtura sample <doc> --all -n <count>` does for every component. Every instance is verified before it is
 * returned, and a schema that cannot be satisfied is refused.
 */
import { loadSchemaDocument } from '../../src/contract/openapi/schemaDocument.js';
import { sampleDocument } from '../../src/engine/schema/sampleDocument.js';
import { loadDocument, measureSampling, samplerOptions } from './samplerRun.js';

const options = samplerOptions();
const { components } = loadDocument(options.doc);
const doc = await loadSchemaDocument(options.doc);
measureSampling(options, components, ({ pointer }) =>
  sampleDocument(doc, { pointer }, { count: options.count, seed: 'bench' }),
);
