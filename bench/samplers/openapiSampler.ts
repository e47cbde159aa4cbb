/**
 * @module Sampler: openapi-sampler 1.7.9 (Redocly's, behind the examples in Redoc), given each component schema
 * and the whole document to resolve `$ref`s. It has no randomness: every call returns the same instance, built
 * from `example`, `default` and placeholders, so its 20 instances of a schema are one instance 20 times.
 */
import OpenAPISampler from 'openapi-sampler';
import { loadDocument, measureSampling, samplerOptions } from './samplerRun.js';

type SamplerSchema = Parameters<typeof OpenAPISampler.sample>[0];

const options = samplerOptions();
const { document, components } = loadDocument(options.doc);

measureSampling(options, components, ({ schema }) =>
  Array.from({ length: options.count }, () =>
    OpenAPISampler.sample(schema as SamplerSchema, { quiet: true }, document as object),
  ),
);
