/**
 * @module The field kinds, one per `type.kind` of the model: adding a kind is its file and one line here.
 * `compileDataset` finds a field's kind in this array, and refuses a field whose kind is not in it.
 */
import type { ContractIssue } from '../../model/issues.js';
import type { Entity, Field } from '../../model/model.js';
import { aggregateKind } from './aggregateKind.js';
import { booleanKind } from './booleanKind.js';
import { derivedKind } from './derivedKind.js';
import { enumKind } from './enumKind.js';
import type { FieldKind } from './fieldKind.js';
import { foreignKeyKind } from './foreignKeyKind.js';
import { integerKind } from './integerKind.js';
import { jsonKind } from './jsonKind.js';
import { numberKind } from './numberKind.js';
import { stringKind } from './stringKind.js';
import { temporalKind } from './temporalKind.js';

/**
 * Every built-in field kind. Each `FieldKind<K>` goes in as a `FieldKind` of any kind (the cast): its
 * `domain` is only ever called with a type of its own `kind`, which the compiler finds it by.
 */
export const fieldKinds: readonly FieldKind[] = [
  stringKind,
  integerKind,
  numberKind,
  booleanKind,
  temporalKind('date'),
  temporalKind('datetime'),
  enumKind,
  foreignKeyKind,
  jsonKind,
  derivedKind,
  aggregateKind,
] as readonly FieldKind[];

/** The kind that generates `kind`, or `undefined` when none in `kinds` does. */
export function findFieldKind(kinds: readonly FieldKind[], kind: string): FieldKind | undefined {
  return kinds.find((k) => k.kind === kind);
}

/**
 * The refusal of a field whose type no kind in `kinds` generates: a model no contract reader made (a library
 * caller's own), or a kind left out of the array.
 */
export function unknownFieldKind(
  entity: Entity,
  field: Field,
  kinds: readonly FieldKind[],
): Omit<ContractIssue, 'location'> {
  return {
    code: 'plan/unknown-field-kind',
    message: `${entity.name}.${field.name} has the type kind "${field.type.kind}", which no field kind generates`,
    expected: `one of ${kinds.map((k) => k.kind).join(', ')}`,
    found: JSON.stringify(field.type.kind),
    hint: 'give the field a type of the Model (src/model/model.ts), as a contract reader makes it',
  };
}
