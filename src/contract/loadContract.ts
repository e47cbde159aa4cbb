/**
 * @module Reads a contract file and parses it with the parser its content calls for: the YAML DSL, or an
 * OpenAPI 3.x / Swagger 2.0 / JSON Schema document (YAML or JSON), translated into the same Model.
 */
import { InputError } from '../input/inputError.js';
import { limitsOf, type ReadOptions } from '../input/readLimits.js';
import { readRegularText } from '../input/regularFile.js';
import { parseDsl, type ParsedContract } from './dsl/parseDsl.js';
import type { ContractIssue } from '../model/issues.js';
import { modelLimitIssues } from './modelLimits.js';

/** A parsed contract, refused when its model exceeds a documented limit. */
function withinLimits(parsed: ParsedContract, file: string): ParsedContract {
  if (!parsed.model) return parsed;
  const issues = modelLimitIssues(parsed.model, parsed.sourceMap, file);
  return issues.length === 0 ? parsed : { ...parsed, model: null, issues: [...parsed.issues, ...issues] };
}

function failed(issue: ContractIssue): ParsedContract {
  return { model: null, sourceMap: {}, issues: [issue] };
}

function inputIssue(e: InputError, code: string): ContractIssue {
  return {
    code,
    message: e.message,
    location: e.position ?? { file: e.detail.where },
    expected: e.detail.expected,
    found: e.detail.found,
    hint: e.detail.hint,
  };
}

/** A document rather than a DSL contract: JSON, or YAML whose top level says openapi, swagger or $schema. */
function isSchemaDocument(file: string, text: string): boolean {
  if (/\.json$/i.test(file)) return true;
  return /^["']?(openapi|swagger|\$schema)["']?\s*:/m.test(text);
}

/**
 * Loads a contract from disk. Never throws for bad input: an unreadable, special or too large file, a
 * refused `$ref` or an unknown kind of file comes back as an issue like any other problem.
 * @param options where `$ref`s may lead, the limits (docs/input-safety.md) and how OpenAPI 3.0 `nullable` is read
 *   (`nullable: 'loose'`; strict by default, docs/openapi.md)
 * @example (await loadContract('examples/shop.contract.yaml')).model?.contract.name // "shop"
 */
export async function loadContract(file: string, options: ReadOptions = {}): Promise<ParsedContract> {
  const limits = limitsOf(options);
  let text: string;
  try {
    text = readRegularText(file, 'contract file', limits.maxDocumentBytes);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return failed(
      inputIssue(
        e,
        e.code === 'input/not-found' || e.code === 'input/unreadable' ? 'contract/unreadable' : e.code,
      ),
    );
  }
  if (!/\.(ya?ml|json)$/i.test(file))
    return failed({
      code: 'contract/unknown-kind',
      message: `cannot tell what kind of contract ${file} is`,
      location: { file },
      expected: 'a YAML contract, or an OpenAPI / JSON Schema document (.yaml, .yml or .json)',
      found: file,
      hint: 'name the file with its format, e.g. shop.contract.yaml or openapi.json',
    });
  if (!isSchemaDocument(file, text)) {
    if (Buffer.byteLength(text) > limits.maxContractBytes)
      return failed({
        code: 'input/too-large',
        message: `${file} is larger than the limit of ${limits.maxContractBytes} bytes for a DSL contract`,
        location: { file },
        expected: `a DSL contract of at most ${limits.maxContractBytes} bytes`,
        found: `${Buffer.byteLength(text)} bytes`,
        hint: 'split it into several contracts, or see docs/input-safety.md for the limits',
      });
    return withinLimits(parseDsl(text, file), file);
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
    return withinLimits(openApiToModel(doc, pointerLocator(text, file)), file);
  } catch (e) {
    if (!(e instanceof SchemaDocumentError)) throw e;
    return failed(documentIssue(e));
  }
}
