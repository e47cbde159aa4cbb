/**
 * @module A unique field whose domain has fewer values than the rows asked of it, refused before generating
 * with the domain's size, the count, and what to change (ARCHITECTURE §3).
 */
import type { ContractIssue } from '../../model/issues.js';
import type { Entity, Field } from '../../model/model.js';

/** The issue when `field` is unique and `size` is below `count`, else `null`. */
export function domainTooSmall(
  entity: Entity,
  field: Field,
  size: number,
  count: number,
): Omit<ContractIssue, 'location'> | null {
  if (!field.unique || size >= count) return null;
  return {
    code: 'plan/domain-too-small',
    message: `${entity.name}.${field.name} is unique but has only ${size} possible values, and ${count} rows were requested`,
    expected: `a count of at most ${size}`,
    found: String(count),
    hint:
      field.type.kind === 'fk'
        ? `a unique reference uses each ${field.type.entity} row at most once: raise --count ${field.type.entity}=${count}, lower --count ${entity.name}=${size}, or drop "unique"`
        : `lower --count ${entity.name}=${size}, widen the field's range, or drop "unique"`,
  };
}
