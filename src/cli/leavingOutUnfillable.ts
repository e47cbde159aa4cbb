/** @module Reruns a generation without the optional properties of a schema document that no value fits (ADR 022). */
import { ContractError, formatLocation, type ContractIssue } from '../model/issues.js';
import type { SourceMap } from '../contract/dsl/parseDsl.js';
import { withoutUnfillable } from '../engine/unfillableOptionals.js';
import type { Model } from '../model/model.js';
import type { CliIo } from './io.js';

/** A note's text: where, what was left out and why, and how to get it back. */
function formatNote(note: ContractIssue): string {
  return `${formatLocation(note.location)}: warning ${note.code}: ${note.message}\n  hint:     ${note.hint}`;
}

/**
 * Runs a generation, and again without each optional property of an OpenAPI or JSON Schema document that no
 * value fits, with a warning naming it (ADR 022). A required property, or a DSL field, still refuses. Each
 * rerun has fewer fields than the one before (withoutUnfillable leaves out only fields still there), so it ends.
 */
export async function leavingOutUnfillable<T>(
  contract: { model: Model; sourceMap: SourceMap; droppable?: readonly string[] },
  io: CliIo,
  run: (model: Model) => Promise<T>,
): Promise<T> {
  let model = contract.model;
  for (;;) {
    try {
      return await run(model);
    } catch (error) {
      const left =
        error instanceof ContractError
          ? withoutUnfillable(model, error.issues, contract.sourceMap, contract.droppable ?? [])
          : null;
      if (!left) throw error;
      io.stderr.write(left.notes.map(formatNote).join('\n') + '\n');
      model = left.model;
    }
  }
}
