/**
 * @module What a derived field holds, as a contract type: its expression's CEL type read back (`int` →
 * integer, `double` → number, a timestamp → datetime), so that reports profile and chart a derived instant as
 * instants rather than as text.
 */
import { UNIFORM, type Field, type FieldType, type Model } from '../model/model.js';
import { celType } from './expressionEnvironment.js';

/**
 * The type of a derived field's values; the field's own type for any other field, or a derive whose
 * expression gives text, a boolean or something known only per row.
 * @example derivedValueType(model, shippedAt) // { kind: 'datetime', min: null, max: null, distribution: { kind: 'uniform' } }
 */
export function derivedValueType(model: Model, field: Field): FieldType {
  if (field.type.kind !== 'derived') return field.type;
  const { when: _when, ...always } = field;
  switch (celType(model, { ...always, nullable: 0, optional: 0 }, true)) {
    case 'int':
      return { kind: 'integer', min: null, max: null, distribution: UNIFORM };
    case 'double':
      return { kind: 'number', min: null, max: null, decimals: null, distribution: UNIFORM };
    case 'google.protobuf.Timestamp':
      return { kind: 'datetime', min: null, max: null, distribution: UNIFORM };
    default:
      return field.type;
  }
}
