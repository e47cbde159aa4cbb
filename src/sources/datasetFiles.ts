/**
 * @module Which file holds which entity: a directory (`<Entity>.jsonl|.json|.csv`), files named after their
 * entity, or explicit `Entity=path` mappings. A missing file is a validation issue, not a stop; a file that
 * cannot be read (a directory, FIFO, device or socket, no permission, an unknown extension) stops with its path.
 */
import { closeSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../input/inputError.js';
import { openRegularFile } from '../input/regularFile.js';
import type { Model } from '../model/model.js';
import { fileStem, MANIFEST_FILE } from './entityFileName.js';
import { datasetReaders, type DatasetFormat, type DatasetReader } from './readers/datasetReaders.js';
import type { ValidationIssue } from '../model/validationIssue.js';

export type { DatasetFormat };

export interface DatasetFile {
  readonly entity: string;
  readonly file: string;
  /** The name of the reader that reads it: a DatasetFormat, or a per-run context's own reader. */
  readonly format: DatasetFormat | (string & {});
}

/** The name of the reader whose extensions include the file's, undefined for none. */
export function formatOf(
  file: string,
  readers: readonly DatasetReader[] = datasetReaders,
): DatasetFormat | (string & {}) | undefined {
  const extension = path.extname(file).toLowerCase();
  return readers.find((r) => r.extensions.includes(extension))?.name;
}

/** `.jsonl, .ndjson, .json or .csv`: what the readers read, for the message that refuses another file. */
function extensionList(readers: readonly DatasetReader[]): string {
  const all = readers.flatMap((r) => r.extensions);
  return all.length < 2 ? all.join('') : `${all.slice(0, -1).join(', ')} or ${all.at(-1) ?? ''}`;
}

/** Opens and closes a dataset file: refuses a special or unreadable one before any reader waits on it. */
function checkReadable(file: string): void {
  closeSync(openRegularFile(file, 'dataset file').fd);
}

/**
 * Resolves inputs to files. Throws an InputError for a file whose entity or format cannot be told, or that
 * cannot be read.
 * @param readers the readers whose extensions name a file's format (a per-run context adds its own)
 * @example datasetFiles(model, ['out']).files // [{ entity: 'Customer', file: 'out/Customer.jsonl', format: 'jsonl' }, …]
 */
export function datasetFiles(
  model: Model,
  inputs: readonly string[],
  mapping: Readonly<Record<string, string>> = {},
  readers: readonly DatasetReader[] = datasetReaders,
): { files: DatasetFile[]; issues: ValidationIssue[] } {
  const files: DatasetFile[] = [];
  const issues: ValidationIssue[] = [];
  const names = model.entities.map((e) => e.name);
  const add = (entity: string, file: string): void => {
    const format = formatOf(file, readers);
    if (!format)
      throw new InputError('input/unknown-format', `cannot tell the format of ${file}`, {
        where: file,
        expected: `a dataset file ending in ${extensionList(readers)}`,
        found: path.extname(file) === '' ? 'no extension' : `the extension ${path.extname(file)}`,
        hint: `rename it, e.g. ${entity}.jsonl, or map it with --entity ${entity}=<file>.jsonl`,
      });
    checkReadable(file);
    files.push({ entity, file, format });
  };
  for (const [entity, file] of Object.entries(mapping)) {
    if (!names.includes(entity))
      throw new InputError(
        'input/unknown-entity',
        `--entity names "${entity}", which the contract does not declare`,
        {
          where: '--entity',
          expected: `one of ${names.join(', ')}`,
          found: JSON.stringify(entity),
          hint: `e.g. --entity ${names[0] ?? 'Entity'}=${file}`,
        },
      );
    if (!existsSync(file)) {
      issues.push(missing(entity, file));
      continue;
    }
    add(entity, file);
  }
  for (const input of inputs) {
    // A directory named like a data file (Customer.jsonl/) was meant as a file: refused by `add` below.
    if (existsSync(input) && statSync(input).isDirectory() && !formatOf(input, readers)) {
      for (const entity of names) {
        if (files.some((f) => f.entity === entity)) continue;
        const found = readers
          .flatMap((r) => r.extensions)
          .map((ext) => `${fileStem(entity)}${ext}`)
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
    // A path that names no entity and does not exist was meant as the dataset directory: say it is missing.
    if (!names.includes(entity) && !existsSync(input))
      throw new InputError('input/not-found', `the dataset ${input} does not exist`, {
        where: input,
        expected: `a dataset directory (as fixtura generate --out writes it) or an entity's file (${names.map((n) => `${n}.jsonl`).join(', ')})`,
        found: 'no such file or directory',
        hint: 'check the path, or write the dataset first: fixtura generate <contract> --out DIR',
      });
    if (!names.includes(entity))
      throw new InputError('input/unknown-entity', `cannot tell which entity ${input} holds`, {
        where: input,
        expected: `a file named after an entity (${names.map((n) => `${n}.jsonl`).join(', ')}) or a directory`,
        found: path.basename(input),
        hint: `name it <Entity>.jsonl or map it with --entity Entity=${input}`,
      });
    if (!existsSync(input)) {
      issues.push(missing(entity, input));
      continue;
    }
    add(entity, input);
  }
  return { files, issues };
}

function missing(entity: string, file: string): ValidationIssue {
  return {
    code: 'input/missing-file',
    entity,
    file,
    line: null,
    field: '',
    expected: 'a readable file',
    actual: 'no such file',
    message: `${file} does not exist`,
  };
}
