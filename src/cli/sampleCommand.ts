/**
 * @module `fixtura sample <file | ->`: valid instances of a JSON Schema or of an OpenAPI document's schemas —
 * a component, an operation's request or response, or all components at once.
 */
import path from 'node:path';
import { suggest } from '../contract/didYouMean.js';
import { formatIssue } from '../model/issues.js';
import {
  documentIssue,
  loadSchemaDocument,
  loadSchemaText,
  SchemaDocumentError,
  type SchemaDocument,
} from '../contract/openapi/schemaDocument.js';
import { DEFAULT_EDGE_MAX } from '../engine/schema/edge/edgeApi.js';
import { edgeDocument } from '../engine/schema/edge/edgeDocument.js';
import { DEFAULT_NEGATIVE_MAX } from '../engine/schema/negative/negativeApi.js';
import { negativeDocument } from '../engine/schema/negative/negativeDocument.js';
import { refusalDetail } from '../engine/schema/refusalDetail.js';
import { UnsatisfiableSchemaError } from '../engine/schema/sampleApi.js';
import { sampleDocument, UnknownTargetError, type SampleTarget } from '../engine/schema/sampleDocument.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS } from './exitCodes.js';
import { UsageError, type CliIo } from './io.js';
import { parseCommandLine } from './parseCommandLine.js';
import { withinLimit } from './optionLimit.js';
import { MAX_SAMPLES } from '../model/limits.js';
import { writeEdges } from './writeEdges.js';
import { writeNegatives } from './writeNegatives.js';
import { readOptionSpecs, readOptionsHelp, readOptionsOf } from './readOptions.js';
import { limitsOf } from '../input/readLimits.js';
import { InputError } from '../input/inputError.js';

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
${readOptionsHelp}
Exit codes: 0 done, 1 --all refused some schemas (the output is complete), 2 bad input, usage, or an
unsatisfiable schema.
`;

function located(doc: SchemaDocument, error: UnsatisfiableSchemaError): string {
  const first = error.locations[0];
  const lines = [
    `${first ? `${first.file}#${first.pointer}` : doc.file}: error ${error.code}: ${error.message}`,
  ];
  for (const l of error.locations) lines.push(`  at ${l.file}#${l.pointer}`);
  const d = refusalDetail(error);
  lines.push(`  expected: ${d.expected}`, `  found:    ${d.found}`, `  hint:     ${d.hint}`);
  return lines.join('\n') + '\n';
}

/**
 * Standard input is loaded as `<cwd>/<stdin>`, so its relative `$ref`s resolve inside the working directory;
 * messages name it `<stdin>`, as the user gave it.
 */
function namingStdin(io: CliIo): CliIo {
  const loadedAs = path.join(io.cwd, STDIN_NAME);
  return {
    ...io,
    stderr: { write: (text: string) => io.stderr.write(text.split(loadedAs).join(STDIN_NAME)) },
  };
}

const STDIN_NAME = '<stdin>';

export async function sampleCommand(argv: readonly string[], cliIo: CliIo): Promise<number> {
  let io = cliIo;
  const { values, positionals } = parseCommandLine('sample', {
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
      ...readOptionSpecs,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(sampleHelp);
    return EXIT_OK;
  }
  if (positionals.length !== 1)
    throw new UsageError('sample takes one schema file, or - for standard input', {
      where: '<file | ->',
      expected: 'one JSON Schema or OpenAPI file, or - for standard input',
      found: positionals.length === 0 ? 'none' : positionals.map((p) => `"${p}"`).join(', '),
      hint: "e.g. fixtura sample api.yaml --pointer '#/components/schemas/Pet'",
    });
  if (!PROFILES.includes(values.profile))
    throw new UsageError(
      `unknown --profile "${values.profile}": choose ${PROFILES.slice(0, -1).join(', ')} or ${PROFILES.at(-1)}`,
      {
        where: '--profile',
        expected: PROFILES.join(', '),
        found: `"${values.profile}"`,
        hint: suggest(values.profile, PROFILES, 'e.g. --profile edge'),
      },
    );
  const negative = values.profile === 'negative';
  const edge = values.profile === 'edge';
  if (values.skipped && !negative && !edge)
    throw new UsageError('--skipped goes with --profile negative or --profile edge', {
      where: '--skipped',
      expected: '--profile negative or --profile edge with it',
      found: `--profile ${values.profile}`,
      hint: 'add --profile negative, or leave out --skipped',
    });
  if (values.explain && !edge)
    throw new UsageError('--explain goes with --profile edge', {
      where: '--explain',
      expected: '--profile edge with it',
      found: `--profile ${values.profile}`,
      hint: 'add --profile edge, or leave out --explain',
    });
  const defaultCount = negative ? DEFAULT_NEGATIVE_MAX : edge ? DEFAULT_EDGE_MAX : 1;
  const count = values.n === undefined ? defaultCount : Number(values.n);
  if (!Number.isSafeInteger(count) || count < 1 || !/^\d+$/.test(values.n ?? '1'))
    throw new UsageError(`-n must be a whole number of at least 1, got "${values.n}"`, {
      where: '-n',
      expected: 'a whole number of at least 1',
      found: `"${values.n}"`,
      hint: 'e.g. -n 10',
    });
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
  if (targets > 1)
    throw new UsageError('choose one of --pointer, --operation and --all', {
      where: '--pointer, --operation, --all',
      expected: 'at most one of them',
      found: `${targets} of them`,
      hint: 'keep the one that names what to sample',
    });
  if ((values.request || values.response !== undefined) && values.operation === undefined)
    throw new UsageError('--request and --response go with --operation', {
      where: values.request ? '--request' : '--response',
      expected: '--operation ID with it',
      found: 'no --operation',
      hint: 'e.g. --operation createPet --response 201',
    });
  if (values.request && values.response !== undefined)
    throw new UsageError('choose --request or --response, not both', {
      where: '--request, --response',
      expected: 'one of them',
      found: 'both',
      hint: 'sample the request and the response in two runs',
    });

  const source = positionals[0] as string;
  if (source === '-') io = namingStdin(io);
  const readOptions = readOptionsOf(values, io.cwd);
  let doc: SchemaDocument;
  try {
    if (source === '-') {
      if (!io.readStdin)
        throw new UsageError('no standard input to read', {
          where: '-',
          expected: 'a schema on standard input',
          found: 'no standard input',
          hint: 'pipe a schema in, e.g. fixtura sample - < schema.json, or name the file',
        });
      const limits = limitsOf(readOptions);
      const text = await io.readStdin({ maxBytes: limits.maxDocumentBytes, idleMs: limits.readTimeoutMs });
      if (text.trim() === '')
        throw new InputError('input/stdin-empty', 'standard input is empty', {
          where: '<stdin>',
          expected: 'a JSON Schema or an OpenAPI document on standard input',
          found: text === '' ? 'no bytes' : 'only white space',
          hint: 'fixtura sample - < schema.json, or name the file: fixtura sample schema.json',
        });
      // Relative $refs from standard input resolve against (and stay inside) the working directory.
      doc = await loadSchemaText(text, path.join(io.cwd, STDIN_NAME), readOptions);
    } else doc = await loadSchemaDocument(path.resolve(io.cwd, source), readOptions);
  } catch (error) {
    if (!(error instanceof SchemaDocumentError)) throw error;
    io.stderr.write(`${formatIssue(documentIssue(error))}\n`);
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
    const example = components[0] ?? "'#/components/schemas/Name'";
    throw new UsageError(
      `${source === '-' ? STDIN_NAME : doc.file} is an OpenAPI document: choose --pointer (e.g. ${example}), --operation or --all`,
      {
        where: source,
        expected: 'a target in the document: --pointer, --operation or --all',
        found: 'none of them',
        hint: `e.g. --pointer '${example}'`,
      },
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
      const some = `${error.candidates.slice(0, 8).join(', ')}${error.candidates.length > 8 ? ', …' : ''}`;
      io.stderr.write(
        `${doc.file}: error schema/unknown-target: ${error.message}\n` +
          `  where:    ${values.operation !== undefined ? '--operation' : '--pointer'}\n` +
          `  expected: one of ${some || "the document's schemas"}\n  found:    ${wanted}\n` +
          `  hint:     ${suggest(wanted, error.candidates, `one of: ${some}`)}\n`,
      );
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}
