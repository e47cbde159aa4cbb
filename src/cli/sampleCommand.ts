/**
 * @module `fixtura sample <file | ->`: valid instances of a JSON Schema or of an OpenAPI document's schemas —
 * a component, an operation's request or response, or all components at once.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { suggest } from '../contract/didYouMean.js';
import {
  loadSchemaDocument,
  loadSchemaText,
  SchemaDocumentError,
  type SchemaDocument,
} from '../contract/openapi/schemaDocument.js';
import { DEFAULT_EDGE_MAX } from '../engine/schema/edge/edgeApi.js';
import { edgeDocument } from '../engine/schema/edge/edgeDocument.js';
import { DEFAULT_NEGATIVE_MAX } from '../engine/schema/negative/negativeApi.js';
import { negativeDocument } from '../engine/schema/negative/negativeDocument.js';
import { UnsatisfiableSchemaError } from '../engine/schema/sampleApi.js';
import { sampleDocument, UnknownTargetError, type SampleTarget } from '../engine/schema/sampleDocument.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS } from './exitCodes.js';
import { UsageError, type CliIo } from './io.js';
import { withinLimit } from './optionLimit.js';
import { MAX_SAMPLES } from '../engine/limits.js';
import { writeEdges } from './writeEdges.js';
import { writeNegatives } from './writeNegatives.js';

const PROFILES = ['realistic', 'edge', 'negative'];

export const sampleHelp = `Usage: fixtura sample <file | -> [options]

Prints a JSON array of valid instances of a schema: a JSON Schema (draft-04 to 2020-12), or a schema of an
OpenAPI 3.0/3.1 or Swagger 2.0 document, in YAML or JSON. "-" reads one schema from standard input.
Every instance is checked against the schema before it is printed; a schema no value can satisfy is refused
with the keywords in conflict and where they are.

With --profile negative it prints instead records the schema must reject, one JSON line each, every one
breaking exactly one rule, named in "violates":
  {"record": {...}, "violates": {"code": "schema/maxLength", "path": "/name", "keyword": "maxLength",
   "schemaPath": "/components/schemas/Pet/properties/name/maxLength"}}
for contract tests that expect a 4xx for the right reason (see docs/sample.md, "Negative payloads").

With --profile edge it prints valid instances, one JSON line each, every one putting one value on a
boundary or through a branch: a minimum or maximum, the shortest and longest string, each enum value,
true/false, null, the fewest and most items, an optional property absent and present, each anyOf/oneOf
branch (see docs/sample.md, "Edge instances"). --explain adds what each hits:
  {"instance": {...}, "hits": [{"path": "/age", "kind": "minimum", "schemaPath": "/.../age/minimum"}]}

Options:
  -n K                     instances (default 1); they differ unless the schema forces them equal
                           (with --profile negative: at most K records, default 500;
                           with --profile edge: at most K instances, default 64)
  --seed S                 any string (default fixtura); the same seed gives the same instances
  --pointer P              a schema by JSON pointer, e.g. '#/components/schemas/Pet'
  --operation ID           an operation's request body (by operationId)
    --request              its request body (the default when it has one)
    --response STATUS      its response body, e.g. 200 or default
  --all                    every component schema: prints { pointer: [instances] | { error } }
                           (with --profile negative or edge: JSON lines with a "pointer" field)
  --profile P              realistic (the default): valid instances; edge: valid instances on the
                           schema's boundaries and branches; negative: one-rule violations
  --explain                with --profile edge: print {"instance", "hits"} lines
  --skipped                with --profile negative or edge: also list the rules (edges) nothing was
                           kept for, and why, as JSON lines on standard error

Exit codes: 0 done, 1 --all refused some schemas (the output is complete), 2 bad input, usage, or an
unsatisfiable schema.
`;

function located(doc: SchemaDocument, error: UnsatisfiableSchemaError): string {
  const lines = [`${doc.file}: error ${error.code}: ${error.message}`];
  for (const l of error.locations) lines.push(`  at ${l.file}#${l.pointer}`);
  return lines.join('\n') + '\n';
}

export async function sampleCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      n: { type: 'string', short: 'n' },
      seed: { type: 'string', default: 'fixtura' },
      pointer: { type: 'string' },
      operation: { type: 'string' },
      request: { type: 'boolean', default: false },
      response: { type: 'string' },
      all: { type: 'boolean', default: false },
      profile: { type: 'string', default: 'realistic' },
      skipped: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(sampleHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError('sample takes one schema file, or - for standard input');
  if (!PROFILES.includes(values.profile))
    throw new UsageError(
      `unknown --profile "${values.profile}": choose ${PROFILES.slice(0, -1).join(', ')} or ${PROFILES.at(-1)}`,
    );
  const negative = values.profile === 'negative';
  const edge = values.profile === 'edge';
  if (values.skipped && !negative && !edge)
    throw new UsageError('--skipped goes with --profile negative or --profile edge');
  if (values.explain && !edge) throw new UsageError('--explain goes with --profile edge');
  const defaultCount = negative ? DEFAULT_NEGATIVE_MAX : edge ? DEFAULT_EDGE_MAX : 1;
  const count = values.n === undefined ? defaultCount : Number(values.n);
  if (!Number.isSafeInteger(count) || count < 1 || !/^\d+$/.test(values.n ?? '1'))
    throw new UsageError(`-n must be a whole number of at least 1, got "${values.n}"`);
  // Instances are held until printed: a count past the limit would exhaust memory, not finish.
  withinLimit(
    count,
    '-n',
    MAX_SAMPLES,
    'sample fewer instances per run, e.g. -n 1000 with different --seed values',
  );
  const targets = [values.pointer !== undefined, values.operation !== undefined, values.all].filter(
    Boolean,
  ).length;
  if (targets > 1) throw new UsageError('choose one of --pointer, --operation and --all');
  if ((values.request || values.response !== undefined) && values.operation === undefined)
    throw new UsageError('--request and --response go with --operation');
  if (values.request && values.response !== undefined)
    throw new UsageError('choose --request or --response, not both');

  const source = positionals[0] as string;
  let doc: SchemaDocument;
  try {
    if (source === '-') {
      if (!io.readStdin) throw new UsageError('no standard input to read');
      doc = await loadSchemaText(await io.readStdin(), path.join(io.cwd, '<stdin>'));
    } else doc = await loadSchemaDocument(path.resolve(io.cwd, source));
  } catch (error) {
    if (!(error instanceof SchemaDocumentError)) throw error;
    const at = error.line === null ? '' : `:${error.line}:${error.column}`;
    io.stderr.write(
      `${error.file}${at}: error ${error.code}: ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`,
    );
    return EXIT_BAD_INPUT;
  }
  const options = { count, seed: values.seed };
  const negativeOptions = { seed: values.seed, max: count };
  const lines = negative || edge;
  const writeProfile = (t: SampleTarget, pointer?: string) => {
    const shown = pointer === undefined ? {} : { pointer };
    if (edge)
      writeEdges(io, edgeDocument(doc, t, negativeOptions), {
        ...shown,
        explain: values.explain,
        skipped: values.skipped,
        max: count,
      });
    else
      writeNegatives(io, negativeDocument(doc, t, negativeOptions), {
        ...shown,
        skipped: values.skipped,
        max: count,
      });
  };

  if (values.all) {
    const out: Record<string, unknown> = {};
    let refused = 0;
    for (const pointer of doc.components()) {
      try {
        if (lines) writeProfile({ pointer }, pointer);
        else out[pointer] = sampleDocument(doc, { pointer }, options);
      } catch (error) {
        if (!(error instanceof UnsatisfiableSchemaError)) throw error;
        refused++;
        const refusal = { error: { code: error.code, message: error.message } };
        if (lines) io.stdout.write(`${JSON.stringify({ pointer, ...refusal })}\n`);
        else out[pointer] = refusal;
      }
    }
    if (!lines) io.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return refused > 0 ? EXIT_PROBLEMS : EXIT_OK;
  }

  let target: SampleTarget;
  if (values.operation !== undefined) {
    target = {
      operation: values.operation,
      ...(values.request ? { request: true } : {}),
      ...(values.response !== undefined ? { response: values.response } : {}),
    };
  } else if (values.pointer !== undefined) {
    target = { pointer: values.pointer };
  } else if (doc.kind === 'json-schema') {
    target = { pointer: '#' };
  } else {
    const components = doc.components();
    throw new UsageError(
      `${doc.file} is an OpenAPI document: choose --pointer (e.g. ${components[0] ?? "'#/components/schemas/Name'"}), --operation or --all`,
    );
  }
  try {
    if (lines) writeProfile(target);
    else io.stdout.write(JSON.stringify(sampleDocument(doc, target, options), null, 2) + '\n');
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UnsatisfiableSchemaError) {
      io.stderr.write(located(doc, error));
      return EXIT_BAD_INPUT;
    }
    if (error instanceof UnknownTargetError) {
      const wanted = values.operation ?? values.pointer ?? '';
      io.stderr.write(
        `${doc.file}: error schema/unknown-target: ${error.message}\n  hint: ${suggest(wanted, error.candidates, `one of: ${error.candidates.slice(0, 8).join(', ')}${error.candidates.length > 8 ? ', …' : ''}`)}\n`,
      );
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}
