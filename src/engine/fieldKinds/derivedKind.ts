/**
 * @module `derive(expr)`: a value computed from the row's other fields and its parents' (a CEL expression),
 * with a copy across a foreign key (`derive(product.price)`) taken without evaluating anything. A row where
 * the expression has no value it can write stops the run at the field.
 */
import { derivedDomain } from '../values/derivedValue.js';
import { unwritableAt } from '../values/unwritableValue.js';
import { expressionEvaluator } from '../compile/expressionEvaluator.js';
import type { FieldKind } from './fieldKind.js';
import { parentCopy } from './parentCopy.js';

export const derivedKind: FieldKind<'derived'> = {
  kind: 'derived',
  domain(entity, field, type, _ctx, compiler) {
    const nullable = field.nullable > 0;
    const unwritable = unwritableAt(
      `${entity.name}.${field.name}`,
      compiler.fieldLocation(entity, field),
      `a value in every row: a finite number (JSON has no NaN or Infinity), text, a boolean or an instant${nullable ? '' : ` (${field.name} is not nullable)`}`,
      `guard the expression where it cannot be computed, e.g. b == 0.0 ? 0.0 : a / b or x == null ? 0 : x * 2, or narrow its inputs' bounds${nullable ? '' : `, or mark ${field.name} nullable`}`,
    );
    const copy = parentCopy(compiler, entity, type.expression, nullable ? null : unwritable);
    if (copy !== undefined) return copy;
    const evaluate = expressionEvaluator(compiler, entity, type.expression);
    return evaluate
      ? derivedDomain(
          compiler.model,
          entity,
          type.expression,
          evaluate,
          evaluate.missing,
          unwritable,
          nullable,
        )
      : null;
  },
};
