/**
 * @module Writes a fuzzer finding as a bad-input corpus case (test/bad-inputs/README.md): the mutant as its
 * input file and a case.json that runs it through the CLI and asks for what every bad input must get, a
 * located refusal (exit 2) rather than a crash, a hang or an invalid dataset.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from './runFuzz.js';

/** Writes `dir/<seed>-<index>/` and returns its path. */
export function writeFuzzCase(dir: string, seed: string, finding: Finding): string {
  const name = `${finding.verdict.outcome}-${seed}-${finding.index}`.replace(/[^\w.-]/g, '_');
  const at = path.join(dir, name);
  mkdirSync(at, { recursive: true });
  writeFileSync(path.join(at, finding.name), finding.text);
  const kase = {
    why: `fuzz seed "${seed}" mutant ${finding.index} of ${finding.seedName} (${finding.verdict.outcome} at ${finding.verdict.stage || 'run'}: ${finding.verdict.detail.split('\n')[0]}) is refused with a located message`,
    argv: ['generate', finding.name, '--out', 'out', '-n', '5'],
    exit: 2,
    stderr: ['expected', 'hint'],
    timeout: 30,
  };
  writeFileSync(path.join(at, 'case.json'), JSON.stringify(kase, null, 2) + '\n');
  return at;
}
