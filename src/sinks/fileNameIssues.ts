/**
 * @module Checks, before any work, that every entity's file has a name of its own inside `--out`: not one
 * Fixtura keeps for itself, not the same as another entity's (case folded, as macOS and Windows fold it),
 * and not too long for the file system.
 */
import type { SourceMap } from '../contract/dsl/parseDsl.js';
import type { ContractIssue, IssueLocation } from '../model/issues.js';
import type { Model } from '../model/model.js';
import {
  entityFileName,
  fileStem,
  MANIFEST_FILE,
  MAX_FILE_NAME_BYTES,
  negativeFileName,
} from '../sources/entityFileName.js';

export interface FileNameCheck {
  /** The data files' extension: `jsonl`, `json` or `csv`. */
  readonly extension: string;
  /** Whether `<Entity>.negative.jsonl` files are written too. */
  readonly negative?: boolean;
  readonly sourceMap?: SourceMap;
  /** Where to point when the source map has no entry (the contract file). */
  readonly contractPath?: string;
}

/**
 * The problems with the file names a dataset would use; empty when every entity has a safe name of its own.
 * @example fileNameIssues(model, { extension: 'json' }) // [{ code: 'output/reserved-name', … }] for an entity `manifest`
 */
export function fileNameIssues(model: Model, check: FileNameCheck): ContractIssue[] {
  const issues: ContractIssue[] = [];
  // The entity's line when the source map has it, else the contract file as a whole (never a made-up line).
  const where = (entity: string): IssueLocation =>
    check.sourceMap?.[entity] ?? { file: check.contractPath ?? '<contract>' };
  const at = (entity: string): string => {
    const l = where(entity);
    return l.line !== undefined ? ` (${l.file}:${l.line}:${l.column})` : '';
  };
  const taken = new Map<string, string>();
  for (const { name } of model.entities) {
    const files = [
      entityFileName(name, check.extension),
      ...(check.negative ? [negativeFileName(name)] : []),
    ];
    const folded = fileStem(name).toLowerCase();
    if (files.some((f) => f.toLowerCase() === MANIFEST_FILE) || folded.endsWith('.negative')) {
      issues.push({
        code: 'output/reserved-name',
        message: `entity "${name}" would be written to ${files[0]}, a name Fixtura keeps for ${folded.endsWith('.negative') ? "another entity's negative records" : 'the manifest'}`,
        location: where(name),
        expected: `an entity name whose file is not ${MANIFEST_FILE} and does not end in .negative.<ext> (any case)`,
        found: JSON.stringify(name),
        hint: 'rename the entity (or the component), or choose another --format',
      });
      continue;
    }
    const long = files.find((f) => Buffer.byteLength(f) > MAX_FILE_NAME_BYTES);
    if (long !== undefined) {
      issues.push({
        code: 'output/name-too-long',
        message: `entity "${name.slice(0, 40)}${name.length > 40 ? '…' : ''}" would be written to a file name of ${Buffer.byteLength(long)} bytes`,
        location: where(name),
        expected: `a file name of at most ${MAX_FILE_NAME_BYTES} bytes (characters other than A-Z a-z 0-9 _ . - take 3 to 12 bytes each)`,
        found: `${Buffer.byteLength(long)} bytes`,
        hint: 'give the entity (or the component) a shorter name',
      });
      continue;
    }
    const other = taken.get(folded);
    if (other !== undefined) {
      issues.push({
        code: 'output/name-collision',
        message: `entities "${other}"${at(other)} and "${name}" would share the file ${files[0]}${entityFileName(other, check.extension) === files[0] ? '' : ` (${entityFileName(other, check.extension)} on a file system that ignores case)`}`,
        location: where(name),
        expected: 'entity names that differ by more than upper and lower case',
        found: `"${other}" and "${name}"`,
        hint: `rename one of the two; macOS and Windows file systems treat ${entityFileName(other, check.extension)} and ${files[0]} as one file`,
      });
      continue;
    }
    taken.set(folded, name);
  }
  return issues;
}
