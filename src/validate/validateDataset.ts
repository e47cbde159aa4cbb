/**
 * @module Validates a dataset against a model: every record against its entity's JSON Schema, every foreign
 * key against the parent keys present, every unique field and key for repeats, and every line for being
 * readable at all. Streams record by record; what it keeps in memory is the parent-key and uniqueness
 * indexes (see docs/validation.md for their cost).
 */
import type { ErrorObject } from 'ajv';
import type { Entity, Model } from '../model/model.js';
import { csvRecords } from './readers/csvRecords.js';
import { jsonArrayRecords } from './readers/jsonArrayRecords.js';
import { jsonlRecords } from './readers/jsonlRecords.js';
import type { SourceRecord } from './readers/sourceRecord.js';
import type { DatasetFile } from './datasetFiles.js';
import { FieldProfiler, type FieldProfile } from './fieldProfile.js';
import { indexKey } from './indexKey.js';
import { schemaValidator } from './schemaValidator.js';
import type { ValidationIssue } from './validationIssue.js';

export interface ValidateOptions {
  /** Keep at most this many issues (all are still counted). Default 1000. */
  readonly maxIssues?: number;
}

export interface ValidationResult {
  readonly valid: boolean;
  /** The first `maxIssues` issues, in file order. */
  readonly issues: readonly ValidationIssue[];
  /** How many issues of each code were found in all. */
  readonly counts: Readonly<Record<string, number>>;
  readonly total: number;
  /** Records read per entity. */
  readonly records: Readonly<Record<string, number>>;
  /** Per entity, per field: count, nulls, absent, distinct, min/max, top values. */
  readonly profiles: Readonly<Record<string, Readonly<Record<string, FieldProfile>>>>;
}

function recordsOf(source: DatasetFile, entity: Entity, model: Model): AsyncGenerator<SourceRecord> {
  switch (source.format) {
    case 'jsonl':
      return jsonlRecords(source.file);
    case 'json':
      return jsonArrayRecords(source.file);
    case 'csv':
      return csvRecords(source.file, entity, model);
  }
}

function show(value: unknown): string {
  return value === undefined ? 'absent' : (JSON.stringify(value) ?? String(value));
}

/** One issue per failing field, the most specific error first (a nullable field's anyOf adds noise). */
function schemaIssues(
  errors: readonly ErrorObject[],
  record: unknown,
  base: Omit<ValidationIssue, 'code' | 'field' | 'expected' | 'actual' | 'message'>,
): ValidationIssue[] {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const e of errors) {
    if (e.keyword === 'anyOf' || (e.keyword === 'type' && (e.params as { type?: string }).type === 'null'))
      continue;
    const params = e.params as Record<string, unknown>;
    const property = (params.missingProperty ?? params.additionalProperty) as string | undefined;
    const field = property !== undefined ? `${e.instancePath}/${property}` : e.instancePath;
    if (seen.has(field)) continue;
    seen.add(field);
    const value = field
      .split('/')
      .slice(1)
      .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], record);
    let expected = `value that ${e.message ?? 'matches the schema'}`;
    if (e.keyword === 'required') expected = 'the key to be present';
    else if (e.keyword === 'additionalProperties') expected = "only the contract's fields";
    else if (e.keyword === 'enum')
      expected = `one of ${(params.allowedValues as unknown[]).map((v) => show(v)).join(', ')}`;
    const actual = e.keyword === 'additionalProperties' ? `extra key "${property}"` : show(value);
    issues.push({
      ...base,
      code: `schema/${e.keyword}`,
      field,
      expected,
      actual,
      message: `${field || 'record'} ${e.message ?? 'is invalid'}`,
    });
  }
  return issues;
}

/**
 * @example
 * const result = await validate(model, [{ entity: 'Order', file: 'out/Order.jsonl', format: 'jsonl' }]);
 * result.valid // false when any issue was found
 */
export async function validate(
  model: Model,
  sources: readonly DatasetFile[],
  options: ValidateOptions = {},
  initial: readonly ValidationIssue[] = [],
): Promise<ValidationResult> {
  const maxIssues = options.maxIssues ?? 1000;
  const issues: ValidationIssue[] = [];
  const counts: Record<string, number> = {};
  let total = 0;
  const report = (issue: ValidationIssue): void => {
    total++;
    counts[issue.code] = (counts[issue.code] ?? 0) + 1;
    if (issues.length < maxIssues) issues.push(issue);
  };
  initial.forEach(report);
  const entityOf = (name: string): Entity => model.entities.find((e) => e.name === name) as Entity;

  // Pass 1: the parent keys that foreign keys may point at.
  const targets = new Map<string, Set<string>>();
  for (const entity of model.entities) {
    for (const f of entity.fields)
      if (f.type.kind === 'fk') targets.set(`${f.type.entity}.${f.type.field}`, new Set());
  }
  for (const source of sources) {
    const wanted = [...targets].filter(([id]) => id.startsWith(`${source.entity}.`));
    if (wanted.length === 0) continue;
    for await (const item of recordsOf(source, entityOf(source.entity), model)) {
      if (!('record' in item) || item.record === null || typeof item.record !== 'object') continue;
      for (const [id, keys] of wanted) {
        const value = (item.record as Record<string, unknown>)[id.slice(source.entity.length + 1)];
        if (value !== undefined && value !== null) keys.add(indexKey(value));
      }
    }
  }

  // Pass 2: every record.
  const check = schemaValidator(model);
  const records: Record<string, number> = {};
  const seen = new Map<string, Map<string, number>>();
  const profilers = new Map(
    model.entities.map((e) => [e.name, new Map(e.fields.map((f) => [f.name, new FieldProfiler()]))]),
  );
  for (const source of sources) {
    const entity = entityOf(source.entity);
    const uniques = entity.fields.filter((f) => f.unique);
    const refs = entity.fields.filter((f) => f.type.kind === 'fk');
    for await (const item of recordsOf(source, entity, model)) {
      const base = { entity: entity.name, file: source.file, line: item.line };
      if ('malformed' in item) {
        report({
          ...base,
          code: 'input/malformed-record',
          field: '',
          expected: item.expected,
          actual: item.malformed,
          message: `line ${item.line} cannot be read: ${item.malformed}`,
        });
        continue;
      }
      records[entity.name] = (records[entity.name] ?? 0) + 1;
      for (const issue of schemaIssues(check(entity.name, item.record), item.record, base)) report(issue);
      if (item.record === null || typeof item.record !== 'object' || Array.isArray(item.record)) continue;
      const record = item.record as Record<string, unknown>;
      for (const [name, profiler] of profilers.get(entity.name) ?? []) profiler.add(record[name]);
      for (const f of uniques) {
        const value = record[f.name];
        if (value === undefined || value === null) continue;
        const id = `${entity.name}.${f.name}`;
        const index = seen.get(id) ?? (seen.set(id, new Map()).get(id) as Map<string, number>);
        const key = indexKey(value);
        const first = index.get(key);
        if (first === undefined) index.set(key, item.line);
        else
          report({
            ...base,
            code: 'unique/duplicate',
            field: `/${f.name}`,
            expected: `a value not used before (${show(value)} is at line ${first})`,
            actual: show(value),
            message: `/${f.name} repeats the value of line ${first}`,
          });
      }
      for (const f of refs) {
        if (f.type.kind !== 'fk') continue;
        const value = record[f.name];
        if (value === undefined || value === null) continue;
        const keys = targets.get(`${f.type.entity}.${f.type.field}`);
        if (keys && !keys.has(indexKey(value))) {
          report({
            ...base,
            code: 'integrity/dangling-reference',
            field: `/${f.name}`,
            expected: `a ${f.type.entity}.${f.type.field} present in the dataset`,
            actual: show(value),
            message: `/${f.name} references no ${f.type.entity}`,
          });
        }
      }
    }
  }
  const profiles = Object.fromEntries(
    [...profilers].map(([entity, fields]) => [
      entity,
      Object.fromEntries([...fields].map(([f, p]) => [f, p.profile()])),
    ]),
  );
  return { valid: total === 0, issues, counts, total, records, profiles };
}
