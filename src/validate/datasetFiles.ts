/**
 * @module Which file holds which entity: a directory (`<Entity>.jsonl|.json|.csv`, the name mapped to a
 * file name by the same rule `generate` writes with: sinks/entityFileName.ts), files named after their
 * entity, or explicit `Entity=path` mappings. A missing file is a validation issue, not a stop.
 */
import { DatasetInputError } from './datasetInputError.js';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Model } from '../model/model.js';
import { fileStem, MANIFEST_FILE } from '../sinks/entityFileName.js';
import type { ValidationIssue } from './validationIssue.js';

export type DatasetFormat = 'jsonl' | 'json' | 'csv';

export interface DatasetFile {
  readonly entity: string;
  readonly file: string;
  readonly format: DatasetFormat;
}

const EXTENSIONS: Readonly<Record<string, DatasetFormat>> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.csv': 'csv',
};

export function formatOf(file: string): DatasetFormat | undefined {
  return EXTENSIONS[path.extname(file).toLowerCase()];
}

/**
 * Resolves inputs to files. Throws an Error (a usage problem) for a file whose entity cannot be told.
 * @example datasetFiles(model, ['out']).files // [{ entity: 'Customer', file: 'out/Customer.jsonl', format: 'jsonl' }, …]
 */
export function datasetFiles(
  model: Model,
  inputs: readonly string[],
  mapping: Readonly<Record<string, string>> = {},
): { files: DatasetFile[]; issues: ValidationIssue[] } {
  const files: DatasetFile[] = [];
  const issues: ValidationIssue[] = [];
  const names = model.entities.map((e) => e.name);
  const add = (entity: string, file: string): void => {
    const format = formatOf(file);
    if (!format)
      throw new DatasetInputError(
        `cannot tell the format of ${file}: expected .jsonl, .ndjson, .json or .csv`,
        {
          where: file,
          expected: 'a file ending in .jsonl, .ndjson, .json or .csv',
          found: path.extname(file) === '' ? 'no extension' : path.extname(file),
          hint: 'rename the file, e.g. Customer.jsonl',
        },
      );
    files.push({ entity, file, format });
  };
  for (const [entity, file] of Object.entries(mapping)) {
    if (!names.includes(entity))
      throw new DatasetInputError(
        `--entity names "${entity}", which the contract does not declare (${names.join(', ')})`,
        {
          where: '--entity',
          expected: `one of ${names.join(', ')}`,
          found: `"${entity}"`,
          hint: 'entity names are case-sensitive: --entity Customer=customers.jsonl',
        },
      );
    add(entity, file);
  }
  for (const input of inputs) {
    if (existsSync(input) && statSync(input).isDirectory()) {
      for (const entity of names) {
        if (files.some((f) => f.entity === entity)) continue;
        const found = ['jsonl', 'ndjson', 'json', 'csv']
          .map((ext) => `${fileStem(entity)}.${ext}`)
          // The manifest is never an entity's data, even for an entity named `manifest`.
          .filter((name) => name.toLowerCase() !== MANIFEST_FILE)
          .map((name) => path.join(input, name))
          .find((f) => existsSync(f));
        if (found) add(entity, found);
        else
          issues.push({
            code: 'input/missing-file',
            entity,
            file: path.join(input, `${fileStem(entity)}.jsonl`),
            line: null,
            field: '',
            expected: `a file ${fileStem(entity)}.jsonl, .json or .csv`,
            actual: 'no such file',
            message: `no file for entity ${entity} in ${input}`,
          });
      }
      continue;
    }
    const stem = path.basename(input).replace(/\.[^.]+$/, '');
    const entity = names.find((n) => fileStem(n) === stem) ?? stem;
    if (!names.includes(entity))
      throw new DatasetInputError(
        `cannot tell which entity ${input} holds: name it <Entity>.jsonl or map it with --entity Entity=${input}`,
        {
          where: input,
          expected: `a file named after an entity: ${names.map((n) => `${n}.jsonl`).join(', ')}`,
          found: `"${path.basename(input)}"`,
          hint: `map it with --entity Entity=${input}`,
        },
      );
    if (!existsSync(input)) {
      issues.push({
        code: 'input/missing-file',
        entity,
        file: input,
        line: null,
        field: '',
        expected: 'a readable file',
        actual: 'no such file',
        message: `${input} does not exist`,
      });
      continue;
    }
    add(entity, input);
  }
  return { files, issues };
}
