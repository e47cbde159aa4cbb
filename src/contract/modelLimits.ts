/**
 * @module The limits a contract's model must keep (docs/limits.md): fields per entity, values per enum, and
 * string lengths Fixtura can generate. Checked once after parsing, for DSL and OpenAPI contracts alike, so a
 * contract over a limit is refused with the location of the entity or field, not crashed on later.
 */
import type { Model } from '../model/model.js';
import type { SourceMap } from './dsl/parseDsl.js';
import type { ContractIssue } from '../model/issues.js';
import { MAX_ENUM_VALUES, MAX_FIELDS, MAX_GENERATED_LENGTH } from '../model/limits.js';

/** The issues of a model that exceeds a limit (none for ordinary contracts). */
export function modelLimitIssues(model: Model, sourceMap: SourceMap, file: string): ContractIssue[] {
  const issues: ContractIssue[] = [];
  for (const entity of model.entities) {
    if (entity.fields.length > MAX_FIELDS)
      issues.push({
        code: 'limit/too-many-fields',
        message: `${entity.name} has ${entity.fields.length} fields, above the limit of ${MAX_FIELDS}`,
        location: sourceMap[entity.name] ?? { file },
        expected: `at most ${MAX_FIELDS} fields per entity (see docs/limits.md)`,
        found: `${entity.fields.length} fields`,
        hint: 'split the entity into several linked by a foreign key, or gather fields into one json field',
      });
    for (const field of entity.fields) {
      const type = field.type;
      const location = sourceMap[`${entity.name}.${field.name}`] ?? sourceMap[entity.name] ?? { file };
      if (type.kind === 'enum' && type.values.length > MAX_ENUM_VALUES)
        issues.push({
          code: 'limit/too-many-enum-values',
          message: `${entity.name}.${field.name} lists ${type.values.length} enum values, above the limit of ${MAX_ENUM_VALUES}`,
          location,
          expected: `at most ${MAX_ENUM_VALUES} values (see docs/limits.md)`,
          found: `${type.values.length} values`,
          hint: 'use a pattern or a format that describes the values, or a foreign key to an entity holding them',
        });
      if (type.kind === 'string' && type.minLength !== null && type.minLength > MAX_GENERATED_LENGTH)
        issues.push({
          code: 'limit/string-too-long',
          message: `${entity.name}.${field.name} needs strings of at least ${type.minLength} characters; Fixtura generates at most ${MAX_GENERATED_LENGTH}`,
          location,
          expected: `a minimum length of at most ${MAX_GENERATED_LENGTH} (see docs/limits.md)`,
          found: `minimum length ${type.minLength}`,
          hint: `lower the minimum length; a larger maximum is fine (values are generated up to ${MAX_GENERATED_LENGTH} characters)`,
        });
    }
  }
  return issues;
}
