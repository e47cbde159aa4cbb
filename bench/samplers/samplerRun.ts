/**
 * @module The contract between `npm run bench:sample` and a sampler's child process: the arguments a child
 * receives, the instances it writes, and the one JSON line it prints.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { componentSchemas, pointerToken } from '../../test/support/openapiToJsonSchema.js';

/** What the orchestrator asks one sampler to do. */
export interface SamplerOptions {
  /** The OpenAPI document (JSON). */
  readonly doc: string;
  /** Instances per component schema. */
  readonly count: number;
  /** Where to write the instances, one JSON line per component schema. */
  readonly out: string;
}

/** What a child reports: instances made, schemas it could not sample, the sampling's wall time and peak RSS. */
export interface SamplingMeasurement {
  readonly schemas: number;
  readonly failedSchemas: number;
  readonly instances: number;
  readonly seconds: number;
  readonly maxRssKb: number;
}

/** One line of the child's output file. */
export type SampledSchema =
  | { readonly pointer: string; readonly instances: readonly unknown[] }
  | { readonly pointer: string; readonly error: string };

/** Reads the options the orchestrator passed on the child's command line. */
export function samplerOptions(argv: readonly string[] = process.argv.slice(2)): SamplerOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { doc: { type: 'string' }, count: { type: 'string' }, out: { type: 'string' } },
  });
  if (!values.doc || !values.out || !/^\d+$/.test(values.count ?? ''))
    throw new Error('--doc FILE, --count N and --out FILE are required');
  return { doc: values.doc, count: Number(values.count), out: values.out };
}

/** One component schema of the document. */
export interface Component {
  /** Its JSON pointer, e.g. `#/components/schemas/simple-user`. */
  readonly pointer: string;
  readonly name: string;
  readonly schema: unknown;
}

/** The parsed document, where it keeps its component schemas, and each of them in document order. */
export function loadDocument(file: string): { document: unknown; prefix: string; components: Component[] } {
  const document: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const { prefix, schemas } = componentSchemas(document);
  const components = Object.entries(schemas).map(([name, schema]) => ({
    pointer: prefix + pointerToken(name),
    name,
    schema,
  }));
  return { document, prefix, components };
}

/**
 * Times `sample` over every pointer (loading and parsing the document stay outside the clock), prints the
 * measurement as the child's only stdout line, then writes the instances for the orchestrator to judge.
 * A schema whose sampling throws is recorded with the error and counts as failed.
 */
export function measureSampling(
  options: SamplerOptions,
  components: readonly Component[],
  sample: (component: Component) => readonly unknown[],
): void {
  const results: SampledSchema[] = [];
  const start = performance.now();
  for (const component of components) {
    try {
      results.push({ pointer: component.pointer, instances: sample(component) });
    } catch (error) {
      results.push({ pointer: component.pointer, error: (error as Error).message });
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const maxRssKb = process.resourceUsage().maxRSS;
  let instances = 0;
  for (const r of results) if ('instances' in r) instances += r.instances.length;
  const measurement: SamplingMeasurement = {
    schemas: components.length,
    failedSchemas: results.filter((r) => 'error' in r).length,
    instances,
    seconds,
    maxRssKb,
  };
  writeFileSync(options.out, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  process.stdout.write(JSON.stringify(measurement) + '\n');
}
