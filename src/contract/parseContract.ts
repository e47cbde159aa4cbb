/**
 * @module A contract from text, parsed with the parser its content calls for: the YAML DSL, or an OpenAPI
 * 3.x / Swagger 2.0 / JSON Schema document (YAML or JSON), translated into the same Model. loadContract reads a
 * file and comes here; a caller holding the text (a test, a service, an editor) comes here directly.
 */
import { limitsOf } from '../input/readLimits.js';
import type { ContractIssue } from '../model/issues.js';
import { parseDsl, type ParsedContract } from './dsl/parseDsl.js';
import { modelLimitIssues } from './modelLimits.js';
import type { ParseOptions } from './parseOptions.js';

export interface ParseContractOptions extends ParseOptions {
  /**
   * How issues name the text, where a file's path would stand (`inline.contract.yaml:3:12`); the contract's
   * default name comes from it, and a document's file `$ref`s resolve against it as a path.
   */
  readonly name: string;
  /** `dsl` or `document` (OpenAPI, JSON Schema); default: told from `name` and the text, as for a file. */
  readonly kind?: 'dsl' | 'document';
}

/** A parsed contract, refused when its model exceeds a documented limit. */
function withinLimits(parsed: ParsedContract, file: string): ParsedContract {
  if (!parsed.model) return parsed;
  const issues = modelLimitIssues(parsed.model, parsed.sourceMap, file);
  return issues.length === 0 ? parsed : { ...parsed, model: null, issues: [...parsed.issues, ...issues] };
}

/** A contract that could not be read at all: one issue, no model. */
export function failedContract(issue: ContractIssue): ParsedContract {
  return { model: null, sourceMap: {}, issues: [issue] };
}

/**
 * A document rather than a DSL contract: named `.json`, JSON text where the name says no YAML, or YAML whose
 * top level says openapi, swagger or $schema.
 */
function isSchemaDocument(name: string, text: string): boolean {
  if (/\.json$/i.test(name)) return true;
  if (!/\.ya?ml$/i.test(name) && text.trimStart().startsWith('{')) return true;
  return /^["']?(openapi|swagger|\$schema)["']?\s*:/m.test(text);
}

/**
 * Parses a contract from text. Never throws for bad input: every problem comes back as an issue located in
 * `name` (line and column), like a file's.
 * @example (await parseContract('entities:\n  T:\n    fields:\n      - id: integer unique\n', { name: 't.contract.yaml' })).model?.contract.name // 't'
 */
export async function parseContract(text: string, options: ParseContractOptions): Promise<ParsedContract> {
  const file = options.name;
  const limits = limitsOf(options);
  const document = options.kind === undefined ? isSchemaDocument(file, text) : options.kind === 'document';
  if (!document) {
    if (Buffer.byteLength(text) > limits.maxContractBytes)
      return failedContract({
        code: 'input/too-large',
        message: `${file} is larger than the limit of ${limits.maxContractBytes} bytes for a DSL contract`,
        location: { file },
        expected: `a DSL contract of at most ${limits.maxContractBytes} bytes`,
        found: `${Buffer.byteLength(text)} bytes`,
        hint: 'split it into several contracts, or see docs/input-safety.md for the limits',
      });
    return withinLimits(parseDsl(text, file, options), file);
  }
  // Loaded only for a schema document: the bundler, the validators and their dialects cost a DSL contract
  // nothing (issue 15, a fast start).
  const [{ pointerLocator }, { openApiToModel }, { documentIssue, loadSchemaText, SchemaDocumentError }] =
    await Promise.all([
      import('../jsonSchema/locatePointer.js'),
      import('./openapi/openApiToModel.js'),
      import('./openapi/schemaDocument.js'),
    ]);
  try {
    const doc = await loadSchemaText(text, file, options);
    return withinLimits(openApiToModel(doc, pointerLocator(text, file), options.formats), file);
  } catch (e) {
    if (!(e instanceof SchemaDocumentError)) throw e;
    return failedContract(documentIssue(e));
  }
}
