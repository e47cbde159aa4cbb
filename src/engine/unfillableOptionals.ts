/**
 * @module Leaves out the optional properties of an OpenAPI or JSON Schema document that no value can fill
 * (ADR 022): the record without the property is valid, as `fixtura sample` already makes it (ADR 013).
 */
import type { ContractIssue, IssueLocation } from '../model/issues.js';
import type { SourceMap } from '../contract/dsl/parseDsl.js';
import type { Model } from '../model/model.js';
import { CONFLICT_EXPECTED } from './schema/refusalDetail.js';

/** A model without the fields no value fits, and one note per field left out. */
export interface WithoutUnfillable {
  readonly model: Model;
  readonly notes: readonly ContractIssue[];
}

const same = (a: IssueLocation | undefined, b: IssueLocation): boolean =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * The model without the droppable fields that a generation refused as unsatisfiable, or `null` when the
 * refusal names none of them (then it stands).
 * @param droppable `Entity.field` names that may be left out (ParsedContract.droppable); the DSL has none
 * @example withoutUnfillable(model, error.issues, sourceMap, ['CreateUserRequest.Password'])?.notes[0].code // 'plan/optional-left-out'
 */
export function withoutUnfillable(
  model: Model,
  issues: readonly ContractIssue[],
  sourceMap: SourceMap,
  droppable: readonly string[],
): WithoutUnfillable | null {
  const notes: ContractIssue[] = [];
  const dropped = new Set<string>();
  const present = new Set(model.entities.flatMap((e) => e.fields.map((f) => `${e.name}.${f.name}`)));
  for (const issue of issues) {
    // Only a conflict between keywords proves no value exists; a broken document still refuses (ADR 013).
    if (issue.code !== 'plan/unsatisfiable-field' || issue.expected !== CONFLICT_EXPECTED) continue;
    // The issue names its field; the location alone is not enough, since properties that `$ref` one schema
    // share it, and picking a field already left out would rerun the same refusal for ever (shipengine.com).
    const id = droppable.find(
      (d) =>
        present.has(d) &&
        !dropped.has(d) &&
        issue.message.startsWith(`${d} cannot be generated`) &&
        same(sourceMap[d], issue.location),
    );
    if (id === undefined) continue;
    dropped.add(id);
    notes.push({
      ...issue,
      code: 'plan/optional-left-out',
      message: `${id} is optional and no value fits it, so every record leaves it out: ${issue.message.replace(`${id} cannot be generated: `, '')}`,
      expected: 'an optional property some value satisfies',
      hint: 'fix the property schema to generate it (a pattern is written without slashes); records without it are valid',
    });
  }
  if (dropped.size === 0) return null;
  return {
    model: {
      ...model,
      entities: model.entities.map((e) => ({
        ...e,
        fields: e.fields.filter((f) => !dropped.has(`${e.name}.${f.name}`)),
      })),
    },
    notes,
  };
}
