/**
 * @module Reads a contract file and parses it with the parser its content calls for: the YAML DSL, or an
 * OpenAPI 3.x / Swagger 2.0 / JSON Schema document (YAML or JSON), translated into the same Model.
 */
import { readFileSync } from 'node:fs';
import { parseDsl, type ParsedContract } from './dsl/parseDsl.js';
import type { ContractIssue } from './issues.js';
import { modelLimitIssues } from './modelLimits.js';
import { pointerLocator } from './openapi/locatePointer.js';
import { openApiToModel } from './openapi/openApiToModel.js';
import { loadSchemaText, SchemaDocumentError } from './openapi/schemaDocument.js';

/** A parsed contract, refused when its model exceeds a documented limit. */
function withinLimits(parsed: ParsedContract): ParsedContract {
  if (!parsed.model) return parsed;
  const issues = modelLimitIssues(parsed.model, parsed.sourceMap);
  return issues.length === 0 ? parsed : { ...parsed, model: null, issues: [...parsed.issues, ...issues] };
}

function failed(issue: ContractIssue): ParsedContract {
  return { model: null, sourceMap: {}, issues: [issue] };
}

/** A document rather than a DSL contract: JSON, or YAML whose top level says openapi, swagger or $schema. */
function isSchemaDocument(file: string, text: string): boolean {
  if (/\.json$/i.test(file)) return true;
  return /^["']?(openapi|swagger|\$schema)["']?\s*:/m.test(text);
}

/**
 * Loads a contract from disk. Never throws for bad input: an unreadable file or an unknown kind of file
 * comes back as an issue like any other problem.
 * @example (await loadContract('examples/shop.contract.yaml')).model?.contract.name // "shop"
 */
export async function loadContract(file: string): Promise<ParsedContract> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return failed({
      code: 'contract/unreadable',
      message:
        code === 'ENOENT'
          ? `contract file not found: ${file}`
          : `cannot read contract ${file}: ${(e as Error).message}`,
      location: null,
      expected: 'a readable contract file (.yaml, .yml or .json)',
      found: code ?? 'an error',
      hint: 'check the path; e.g. fixtura generate examples/shop.contract.yaml',
    });
  }
  if (!/\.(ya?ml|json)$/i.test(file))
    return failed({
      code: 'contract/unknown-kind',
      message: `cannot tell what kind of contract ${file} is`,
      location: null,
      expected: 'a YAML contract, or an OpenAPI / JSON Schema document (.yaml, .yml or .json)',
      found: file,
      hint: 'name the file with its format, e.g. shop.contract.yaml or openapi.json',
    });
  if (!isSchemaDocument(file, text)) return withinLimits(parseDsl(text, file));
  try {
    const doc = await loadSchemaText(text, file);
    return withinLimits(openApiToModel(doc, pointerLocator(text, file)));
  } catch (e) {
    if (!(e instanceof SchemaDocumentError)) throw e;
    return failed({
      code: e.code,
      message: e.message,
      location: e.line === null ? null : { file: e.file, line: e.line, column: e.column ?? 1 },
      ...(e.hint ? { hint: e.hint } : {}),
    });
  }
}
