/** @module Loads the contract named on the command line, printing its problems the way compilers do. */
import { formatIssue } from '../model/issues.js';
import { loadContract } from '../contract/loadContract.js';
import type { ParsedContract } from '../contract/dsl/parseDsl.js';
import type { ReadOptions } from '../input/readLimits.js';
import type { Model } from '../model/model.js';
import type { CliIo } from './io.js';

/** The parsed contract, or `null` after printing every problem to stderr. */
export async function contractArgument(
  file: string,
  io: CliIo,
  options: ReadOptions = {},
): Promise<(ParsedContract & { model: Model }) | null> {
  const parsed = await loadContract(file, options);
  if (parsed.model && parsed.issues.length === 0) return parsed as ParsedContract & { model: Model };
  io.stderr.write(parsed.issues.map(formatIssue).join('\n') + '\n');
  io.stderr.write(`${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'} in ${file}\n`);
  return null;
}
