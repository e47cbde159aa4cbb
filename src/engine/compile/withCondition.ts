/** @module A field's `when:` condition: where it is false (or cannot be computed), the key is absent. */
import type { Entity, Field } from '../../model/model.js';
import { ABSENT, PRESENT, type Presence } from '../compiledDataset.js';
import type { FieldCompiler } from '../fieldKinds/fieldKind.js';
import { expressionEvaluator } from './expressionEvaluator.js';

/**
 * The presence with the field's condition over it; the presence itself when it has none, `undefined` when a
 * field the condition reads could not be compiled (reported).
 */
export function withCondition(
  compiler: Pick<FieldCompiler, 'model' | 'compileField'>,
  entity: Entity,
  field: Field,
  presence: ((row: number) => Presence) | null,
): ((row: number) => Presence) | null | undefined {
  if (field.when === undefined) return presence;
  const condition = expressionEvaluator(compiler, entity, field.when);
  if (!condition) return undefined;
  const holds = (row: number): boolean => {
    try {
      return condition(row) === true;
    } catch {
      return false;
    }
  };
  return (row) => (holds(row) ? (presence ? presence(row) : PRESENT) : ABSENT);
}
