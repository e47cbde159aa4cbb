/** @module Reads a contract file and parses it with the parser its extension calls for. */
import { readFileSync } from 'node:fs';
import { parseDsl, type ParsedContract } from './dsl/parseDsl.js';

/**
 * Loads a contract from disk. Never throws for bad input: an unreadable file or an unknown kind of file
 * comes back as an issue like any other problem.
 * @example loadContract('examples/shop.contract.yaml').model?.contract.name // "shop"
 */
export function loadContract(file: string): ParsedContract {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      model: null,
      sourceMap: {},
      issues: [
        {
          code: 'contract/unreadable',
          message:
            code === 'ENOENT'
              ? `contract file not found: ${file}`
              : `cannot read contract ${file}: ${(e as Error).message}`,
          location: null,
          expected: 'a readable contract file (.yaml or .yml)',
          found: code ?? 'an error',
          hint: 'check the path; e.g. fixtura generate examples/shop.contract.yaml',
        },
      ],
    };
  }
  if (!/\.ya?ml$/i.test(file)) {
    return {
      model: null,
      sourceMap: {},
      issues: [
        {
          code: 'contract/unknown-kind',
          message: `cannot tell what kind of contract ${file} is`,
          location: null,
          expected: 'a YAML contract (.yaml or .yml)',
          found: file,
          hint: 'JSON Schema and OpenAPI contracts are planned (issue 4)',
        },
      ],
    };
  }
  return parseDsl(text, file);
}
