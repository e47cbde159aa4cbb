/**
 * @module Validates a dataset against a model: every record against its entity's JSON Schema, the contract's
 * business rules on every schema-valid record (with the parent rows they read), every aggregate over children,
 * every foreign key against the parent keys present, every self-reference for cycles and its depth bound, every unique
 * field and key for repeats, every line for being readable at all, and — at the end — each declared
 * distribution against what was seen.
 *
 * Records stream in batches; what stays in memory is one fingerprint index per unique field (which doubles as
 * the parent-key set that foreign keys are checked against) and bounded per-field profiles. Entities are read
 * parents first, so each file is read once; only a parent that comes later (a self-reference or a cycle) is
 * read twice. See docs/validation.md for the cost per million values.
 */
import type { ErrorObject } from 'ajv';
import { DEFAULT_REF_DATE } from '../engine/plan.js';
import type { ReferenceTime } from '../engine/values/valueDomain.js';
import { compileRules, fieldsRead } from '../expression/compileRule.js';
import { impliedRules } from '../expression/impliedRules.js';
import { derivedValueType } from '../expression/derivedValueType.js';
import { parentsRead } from '../expression/parentReferences.js';
import { parseDateTime } from '../model/calendar.js';
import type { FindFormatSchema } from '../model/formatSchema.js';
import {
  findEntity,
  findField,
  type Entity,
  type Field,
  type FieldType,
  type Model,
} from '../model/model.js';
import { toRecordSource, type RecordInput, type RecordSource } from '../sources/recordSource.js';
import { CrossEntityChecks } from './crossEntity.js';
import { TreeCheck } from './treeCheck.js';
import { FieldProfiler, type FieldProfile } from './fieldProfile.js';
import { FingerprintIndex, fingerprint } from './fingerprintIndex.js';
import { indexKey } from '../sources/indexKey.js';
import { schemaValidator } from './schemaValidator.js';
import type { ValidationIssue } from '../model/validationIssue.js';

export interface ValidateOptions {
  /** Keep at most this many issues (all are still counted). Default 1000. */
  readonly maxIssues?: number;
  /**
   * The reference date the dataset was generated with (`--ref-date`), which places open date bounds when a
   * declared date distribution is tested. Default: the engine's default.
   */
  readonly refDate?: string;
  /**
   * Looks up the formats the model names, for the keywords their values must satisfy. Default: the built-in
   * formats; a per-run context (`createFixtura`) passes its own, which knows the user's formats too.
   */
  readonly findFormat?: FindFormatSchema;
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
  /** Per entity, per field: count, nulls, absent, distinct, min/max, top values, histogram, fit. */
  readonly profiles: Readonly<Record<string, Readonly<Record<string, FieldProfile>>>>;
}

function show(value: unknown): string {
  return value === undefined ? 'absent' : (JSON.stringify(value) ?? String(value));
}

type IssueBase = Pick<ValidationIssue, 'entity' | 'file' | 'line'>;

/** One issue per failing field, the most specific error first (a nullable field's anyOf adds noise). */
function schemaIssues(errors: readonly ErrorObject[], record: unknown, base: IssueBase): ValidationIssue[] {
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

/** Entities in an order where every referenced entity comes before the entities that reference it. */
function parentsFirst(model: Model, sources: readonly RecordSource[]): RecordSource[] {
  const ordered: RecordSource[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string): void => {
    if (state.has(name)) return;
    state.set(name, 'visiting');
    const entity = model.entities.find((e) => e.name === name);
    for (const f of entity?.fields ?? []) if (f.type.kind === 'fk') visit(f.type.entity);
    state.set(name, 'done');
    ordered.push(...sources.filter((s) => s.entity === name));
  };
  for (const s of sources) visit(s.entity);
  return ordered;
}

/**
 * What a field's values are: its type, for a foreign key (through chains of them) the referenced field's, and
 * for a derived field its expression's (a derived instant is profiled and charted as dates, not text lengths).
 */
function valueTypeOf(model: Model, field: Field): FieldType {
  if (field.type.kind === 'derived') return derivedValueType(model, field);
  let type: FieldType = field.type;
  for (let depth = 0; type.kind === 'fk' && depth < 8; depth++) {
    const target = findEntity(model, type.entity);
    const referenced: Field | undefined = target && findField(target, type.field);
    if (!referenced) break;
    type = referenced.type;
  }
  return type;
}

function refTimeOf(refDate: string): ReferenceTime {
  const parsed = parseDateTime(refDate);
  if (!('seconds' in parsed)) throw new Error(`invalid reference date "${refDate}"`);
  return { seconds: parsed.seconds, days: Math.floor(parsed.seconds / 86400) };
}

/** A repeat seen by fingerprint, confirmed against the values once the file is read again. */
interface Suspect {
  readonly field: Field;
  /** For a composite key: its fields, whose values together repeat (`value` is then their list). */
  readonly names?: readonly string[];
  readonly line: number;
  readonly first: number;
  /** Filled in when the suspect is confirmed: the value read again from the file. */
  readonly value?: unknown;
}

/** What a suspect compares: one field's value, or a composite key's list of values. */
function suspectValue(s: Suspect, record: Record<string, unknown>): unknown {
  return s.names ? s.names.map((n) => record[n]) : record[s.field.name];
}

/**
 * @example
 * const result = await validate(model, [{ entity: 'Order', file: 'out/Order.jsonl', format: 'jsonl' }]);
 * result.valid // false when any issue was found
 * await validate(model, [memorySource('Order', orders)]) // records in memory: issues name `memory:Order`
 */
export async function validate(
  model: Model,
  inputs: readonly RecordInput[],
  options: ValidateOptions = {},
  initial: readonly ValidationIssue[] = [],
): Promise<ValidationResult> {
  const sources = inputs.map(toRecordSource);
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
  const refTime = refTimeOf(options.refDate ?? DEFAULT_REF_DATE);
  const check = schemaValidator(model, options.findFormat ? { findFormat: options.findFormat } : {});
  const records: Record<string, number> = {};
  const profilers = new Map(
    model.entities.map((e) => [
      e.name,
      e.fields.map((f) => [f.name, new FieldProfiler(f, refTime, valueTypeOf(model, f))] as const),
    ]),
  );
  /** Unique values per `Entity.field`, with the line each was first seen on. */
  const uniques = new Map<string, FingerprintIndex>();
  /** Parent keys read ahead, for references to an entity not yet read (self-references, cycles). */
  const readAhead = new Map<string, FingerprintIndex>();
  const done = new Set<string>();
  const cross = new CrossEntityChecks(model);

  const parentKeys = async (entity: string, field: string): Promise<FingerprintIndex | null> => {
    const id = `${entity}.${field}`;
    if (done.has(entity)) return uniques.get(id) ?? new FingerprintIndex();
    const source = sources.find((s) => s.entity === entity);
    if (!source) return null; // already reported as a missing file
    let keys = readAhead.get(id);
    if (keys) return keys;
    keys = new FingerprintIndex();
    for await (const batch of source.records(entityOf(entity), model)) {
      for (const item of batch) {
        if (!('record' in item) || item.record === null || typeof item.record !== 'object') continue;
        const value = (item.record as Record<string, unknown>)[field];
        if (value === undefined || value === null) continue;
        fingerprint(value);
        keys.insert(1);
      }
    }
    readAhead.set(id, keys);
    return keys;
  };

  for (const source of parentsFirst(model, sources)) {
    const entity = entityOf(source.entity);
    const unique = entity.fields.filter((f) => f.unique);
    const indexes = unique.map((f) => {
      const id = `${entity.name}.${f.name}`;
      const index = uniques.get(id) ?? new FingerprintIndex();
      uniques.set(id, index);
      return index;
    });
    // A composite key's pairs are unique together: one index over the list of their values.
    const composite = entity.compositeKey;
    const compositeIndex = composite ? new FingerprintIndex() : null;
    const compositeField = composite ? (entity.fields.find((f) => f.name === composite[0]) as Field) : null;
    const refs: { field: Field; keys: FingerprintIndex; target: string }[] = [];
    for (const f of entity.fields) {
      if (f.type.kind !== 'fk') continue;
      const keys = await parentKeys(f.type.entity, f.type.field);
      if (keys) refs.push({ field: f, keys, target: `${f.type.entity}.${f.type.field}` });
    }
    const checkedRules = [...entity.rules, ...impliedRules(model, entity)];
    const rules = compileRules(model, { ...entity, rules: checkedRules });
    const hasRules = checkedRules.length > 0;
    const crossing = cross.involves(entity.name);
    const trees = TreeCheck.of(entity);
    const profiles = profilers.get(entity.name) ?? [];
    const suspects: Suspect[] = [];
    const at = (line: number): IssueBase => ({ entity: entity.name, file: source.name, line });
    let read = 0;
    for await (const batch of source.records(entity, model)) {
      for (const item of batch) {
        if ('malformed' in item) {
          report({
            ...at(item.line),
            code: 'input/malformed-record',
            field: '',
            expected: item.expected,
            actual: item.malformed,
            message: `line ${item.line} cannot be read: ${item.malformed}`,
          });
          continue;
        }
        read++;
        const errors = check(entity.name, item.record);
        if (errors.length > 0)
          for (const issue of schemaIssues(errors, item.record, at(item.line))) report(issue);
        if (item.record === null || typeof item.record !== 'object' || Array.isArray(item.record)) continue;
        const record = item.record as Record<string, unknown>;
        for (let i = 0; i < profiles.length; i++) {
          const [name, profiler] = profiles[i] as (typeof profiles)[number];
          profiler.add(record[name]);
        }
        if (crossing) cross.add(entity.name, source.name, record, item.line);
        for (const tree of trees) tree.add(record, item.line);
        // Rules read typed fields; on a record the schema rejected they would only repeat its problem.
        if (errors.length === 0 && hasRules) {
          const parents = cross.parentsOf(entity.name, record);
          for (const broken of rules(parents ? { ...record, ...parents } : record)) {
            const values = [
              ...fieldsRead(broken.rule.expression, entity).map((f) => `${f}=${show(record[f])}`),
              ...parentsRead(broken.rule.expression, entity).flatMap(({ alias, fields }) =>
                fields.map((f) => `${alias}.${f}=${show((parents?.[alias] as Record<string, unknown>)[f])}`),
              ),
            ].join(', ');
            report({
              ...at(item.line),
              code: `rule/${broken.rule.name}`,
              // What a field promises (`bound:due_on`, `derive:total`, `when:refunded_at`) is that field's.
              field: /^(?:bound|derive|when):(\w+)$/.exec(broken.rule.name)?.[1] ?? '',
              expected: `${broken.rule.expression} to be true`,
              actual: `${values || 'the record'}${broken.reason === 'false' ? '' : ` (${broken.reason})`}`,
              message: `record breaks rule "${broken.rule.name}"`,
            });
          }
        }
        for (let i = 0; i < unique.length; i++) {
          const f = unique[i] as Field;
          const value = record[f.name];
          if (value === undefined || value === null) continue;
          fingerprint(value);
          const first = (indexes[i] as FingerprintIndex).insert(item.line);
          if (first !== 0) suspects.push({ field: f, line: item.line, first });
        }
        if (composite && compositeIndex && compositeField) {
          const values = composite.map((n) => record[n]);
          if (values.every((v) => v !== undefined && v !== null)) {
            fingerprint(values);
            const first = compositeIndex.insert(item.line);
            if (first !== 0)
              suspects.push({
                field: compositeField,
                names: composite,
                line: item.line,
                first,
              });
          }
        }
        for (let i = 0; i < refs.length; i++) {
          const { field, keys, target } = refs[i] as (typeof refs)[number];
          const value = record[field.name];
          if (value === undefined || value === null) continue;
          fingerprint(value);
          if (!keys.has()) {
            report({
              ...at(item.line),
              code: 'integrity/dangling-reference',
              field: `/${field.name}`,
              expected: `a ${target} present in the dataset`,
              actual: show(value),
              message: `/${field.name} references no ${target.split('.')[0] as string}`,
            });
          }
        }
      }
    }
    records[entity.name] = (records[entity.name] ?? 0) + read;
    done.add(entity.name);
    cross.finish(entity.name).forEach(report);
    for (const tree of trees) tree.finish(source.name).forEach(report);
    for (const s of await confirmed(suspects, source, entity, model)) {
      report({
        entity: entity.name,
        file: source.name,
        line: s.line,
        code: 'unique/duplicate',
        field: s.names ? '' : `/${s.field.name}`,
        expected: `a value not used before (${show(s.value)} is at line ${s.first})`,
        actual: show(s.value),
        message: s.names
          ? `the key [${s.names.join(', ')}] repeats the pair of line ${s.first}`
          : `/${s.field.name} repeats the value of line ${s.first}`,
      });
    }
  }

  const profiles: Record<string, Record<string, FieldProfile>> = {};
  for (const [entity, fields] of profilers) {
    const source = sources.find((s) => s.entity === entity);
    profiles[entity] = {};
    for (const [name, profiler] of fields) {
      const profile = profiler.profile();
      (profiles[entity] as Record<string, FieldProfile>)[name] = profile;
      const fit = profile.fit;
      if (!fit?.mismatch || !source) continue;
      report({
        entity,
        file: source.name,
        line: null,
        code: `distribution/${fit.test}`,
        field: `/${name}`,
        expected: fit.declared,
        actual: `${fit.test === 'chi-square' ? `χ² = ${fit.statistic.toFixed(1)}` : `D = ${fit.statistic.toFixed(4)}`}, p = ${fit.pValue.toExponential(2)}, largest difference ${(fit.effect * 100).toFixed(1)} points over ${fit.values} values`,
        message: `/${name} does not follow its declared distribution`,
      });
    }
  }
  const order = new Map(sources.map((s, i) => [s.name, i]));
  issues.sort(
    (a, b) =>
      (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || (a.line ?? Infinity) - (b.line ?? Infinity),
  );
  return { valid: total === 0, issues, counts, total, records, profiles };
}

/** A suspect's kind of key: a unique field's name, or a composite key's fields. */
const kindOf = (s: Suspect): string => (s.names ? s.names.join('\u0000') : s.field.name);

/**
 * Keeps the suspects whose value really equals the value on their first line (fingerprints can collide), with
 * that value. One pass over the file, in line order: a first line's keys are kept until the pass is done, each
 * suspect is compared when its own line comes by, so many repeats of one value cost one lookup each.
 */
async function confirmed(
  suspects: readonly Suspect[],
  source: RecordSource,
  entity: Entity,
  model: Model,
): Promise<Suspect[]> {
  if (suspects.length === 0) return [];
  // Suspects are found in line order; the kinds of key each first line must remember.
  const firsts = new Map<number, Map<string, Suspect>>();
  for (const s of suspects) {
    let kinds = firsts.get(s.first);
    if (!kinds) firsts.set(s.first, (kinds = new Map()));
    if (!kinds.has(kindOf(s))) kinds.set(kindOf(s), s);
  }
  const firstKeys = new Map<string, string>();
  const real: Suspect[] = [];
  const last = (suspects[suspects.length - 1] as Suspect).line;
  let next = 0;
  for await (const batch of source.records(entity, model)) {
    for (const item of batch) {
      while (next < suspects.length && (suspects[next] as Suspect).line < item.line) next++;
      if (!('record' in item)) continue;
      const record = item.record as Record<string, unknown>;
      const kinds = firsts.get(item.line);
      if (kinds)
        for (const [kind, s] of kinds)
          firstKeys.set(`${item.line}:${kind}`, indexKey(suspectValue(s, record)));
      for (; next < suspects.length && (suspects[next] as Suspect).line === item.line; next++) {
        const s = suspects[next] as Suspect;
        const value = suspectValue(s, record);
        if (indexKey(value) === firstKeys.get(`${s.first}:${kindOf(s)}`)) real.push({ ...s, value });
      }
    }
    if ((batch[batch.length - 1]?.line ?? 0) >= last) break;
  }
  // Within a line, in the order of the lines first repeated (as issues have always been listed).
  return real.sort((a, b) => a.line - b.line || a.first - b.first);
}
