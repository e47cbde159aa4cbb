/**
 * @module Reads a contract file and parses it with the parser its content calls for (parseContract.ts): the
 * YAML DSL, or an OpenAPI 3.x / Swagger 2.0 / JSON Schema document (YAML or JSON), translated into the same
 * Model.
 */
import { InputError } from '../input/inputError.js';
import { limitsOf } from '../input/readLimits.js';
import { readRegularText } from '../input/regularFile.js';
import type { ParsedContract } from './dsl/parseDsl.js';
import type { ContractIssue } from '../model/issues.js';
import { failedContract, parseContract } from './parseContract.js';
import type { ParseOptions } from './parseOptions.js';

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

/**
 * Loads a contract from disk. Never throws for bad input: an unreadable, special or too large file, a
 * refused `$ref` or an unknown kind of file comes back as an issue like any other problem.
 * @param options where `$ref`s may lead, the limits (docs/input-safety.md), how OpenAPI 3.0 `nullable` is read
 *   (`nullable: 'loose'`; strict by default, docs/openapi.md), and the string formats the contract may name
 *   (`formats`; the built-in ones by default)
 * @example (await loadContract('examples/shop.contract.yaml')).model?.contract.name // "shop"
 */
export async function loadContract(file: string, options: ParseOptions = {}): Promise<ParsedContract> {
  const limits = limitsOf(options);
  let text: string;
  try {
    text = readRegularText(file, 'contract file', limits.maxDocumentBytes);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return failedContract(
      inputIssue(
        e,
        e.code === 'input/not-found' || e.code === 'input/unreadable' ? 'contract/unreadable' : e.code,
      ),
    );
  }
  if (!/\.(ya?ml|json)$/i.test(file))
    return failedContract({
      code: 'contract/unknown-kind',
      message: `cannot tell what kind of contract ${file} is`,
      location: { file },
      expected: 'a YAML contract, or an OpenAPI / JSON Schema document (.yaml, .yml or .json)',
      found: file,
      hint: 'name the file with its format, e.g. shop.contract.yaml or openapi.json',
    });
  return parseContract(text, { ...options, name: file });
}
