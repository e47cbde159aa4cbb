/**
 * @module Sampler: json-schema-faker 0.6.3, one seeded generator for the whole run. jsf 0.6 resolves local
 * `$ref`s only under `#/$defs` (anything else goes through `refResolver`), so the component schemas are handed
 * over as `$defs` with their `$ref`s rewritten: a jsf user's one-line preparation, done before the clock
 * starts. Giving jsf the whole document through `refResolver` instead also works, but was about 15 times
 * slower on GitHub's description. jsf does not know OpenAPI's `nullable`, so it never makes `null`.
 */
import { createGeneratorSync, type JsonSchema } from 'json-schema-faker';
import { pointerToken } from '../../test/support/openapiToJsonSchema.js';
import { loadDocument, measureSampling, samplerOptions } from './samplerRun.js';

const options = samplerOptions();
const { prefix, components } = loadDocument(options.doc);
const schemas = Object.fromEntries(components.map((c) => [c.name, c.schema]));
const $defs = JSON.parse(JSON.stringify(schemas).replaceAll(`"${prefix}`, '"#/$defs/')) as Record<
  string,
  JsonSchema
>;
const jsf = createGeneratorSync({ seed: 42 });

measureSampling(options, components, ({ name }) => {
  const schema: JsonSchema = { $defs, $ref: `#/$defs/${pointerToken(name)}` };
  return Array.from({ length: options.count }, () => jsf.generate(schema));
});
