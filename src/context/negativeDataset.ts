/**
 * @module `fixtura generate --profile negative`: a small valid dataset (the edge profile's) and, beside each
 * entity's file, `<Entity>.negative.jsonl` — records that each break exactly one rule of the contract:
 *
 * ```json
 * {"record":{…},"violates":{"code":"schema/maximum","path":"/total_eur","keyword":"maximum"},"replaces":3}
 * ```
 *
 * A negative record is one row of the valid file with one change, and `replaces` names that row's line: put
 * the record in its place and `fixtura validate` reports exactly one issue, the labelled one, at that line.
 * That is checked here for every record before it is written (candidates that would break a second rule are
 * dropped and counted as skipped). Rules on one record come from the entity's JSON Schema (negativeInstances:
 * type, range, decimals, length, pattern, format, enum, required, extra keys); rules across records are added
 * here: a unique value repeated, a foreign key to no parent, a business rule (or what a derived field, a
 * condition or a bound promises) broken with values the field can hold.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exactDecimals } from '../jsonSchema/decimalsKeyword.js';
import { escapeToken } from '../jsonSchema/jsonPointer.js';
import { formatDate, formatDateTime, parseDate, parseDateTime } from '../model/calendar.js';
import { compileDataset } from '../engine/compileDataset.js';
import { planGeneration } from '../engine/plan.js';
import { edgeValues } from '../engine/profile/edgeValues.js';
import { negativeInstances } from '../engine/schema/negative/negativeInstances.js';
import { compileRules, fieldsRead } from '../expression/compileRule.js';
import { impliedRules } from '../expression/impliedRules.js';
import { parentAliases } from '../expression/parentReferences.js';
import type { Entity, JsonValue, Model, Rule } from '../model/model.js';
import { modelToJsonSchema, type JsonSchema } from '../modelExport/modelToJsonSchema.js';
import type { Manifest } from '../provenance/manifest.js';
import { datasetFiles } from '../sources/datasetFiles.js';
import { indexKey } from '../sources/indexKey.js';
import { validate } from '../validate/validateDataset.js';
import { DirectorySink } from '../sinks/directorySink.js';
import { entityFileName, negativeFileName } from '../sources/entityFileName.js';
import { stageInto } from '../sinks/generateInto.js';
import type { WriteDatasetOptions } from '../sinks/writeDataset.js';

type Row = Record<string, JsonValue>;

/** The one rule a negative record breaks. */
export interface NegativeViolation {
  /** The code `fixtura validate` reports: `schema/maximum`, `unique/duplicate`, `rule/<name>`, … */
  readonly code: string;
  /** JSON pointer into the record of the value that breaks it (`""` for the record as a whole). */
  readonly path: string;
  /** The JSON Schema keyword, or `unique`, `key`, `fk`, `rule`. */
  readonly keyword: string;
  /** For a schema rule: its keyword's JSON pointer in `fixtura schema`'s document. */
  readonly schemaPath?: string;
}

export interface NegativeRecord {
  readonly record: Row;
  readonly violates: NegativeViolation;
  /** The line of the entity's valid file this record stands in for. */
  readonly replaces: number;
}

export interface NegativeSummary {
  readonly entity: string;
  readonly file: string;
  readonly records: number;
  /** Rules for which no record breaking only them was found, with the reason. */
  readonly skipped: readonly { readonly code: string; readonly path: string; readonly reason: string }[];
}

/**
 * Writes the valid dataset (edge profile, JSON Lines) and each entity's negative records; returns the
 * manifest (which lists the negative files too) and a summary per entity.
 */
export async function writeNegativeDataset(
  model: Model,
  options: WriteDatasetOptions,
): Promise<{ manifest: Manifest; negatives: NegativeSummary[] }> {
  const valid = { ...options, format: 'jsonl', profile: 'edge' } as const;
  // The valid files, the negative files and the manifest are staged together and committed in one commit.
  const sink = new DirectorySink(options.outDir, { negative: true });
  const manifest = await stageInto(model, sink, valid);
  try {
    const { folder } = sink;
    const rows = new Map(
      model.entities.map((e) => [
        e.name,
        readFileSync(folder.stagedPath(entityFileName(e.name, 'jsonl')), 'utf8')
          .split('\n')
          .filter((l) => l !== '')
          .map((l) => JSON.parse(l) as Row),
      ]),
    );
    // The judge's scratch copy lives in the staging folder too: removed with it on every exit path, and by
    // the next run after a kill.
    const judge = new Judge(
      model,
      folder.stagedPath('.judge'),
      folder.staging,
      rows,
      manifest.generation.refDate,
      options.findFormat,
    );
    const summaries: NegativeSummary[] = [];
    const extra: Manifest['files'][number][] = [];
    try {
      for (const entity of model.entities) {
        options.signal?.throwIfAborted();
        const found = await negativesOf(model, entity, rows, judge, valid);
        const name = negativeFileName(entity.name);
        const file = sink.stage(name);
        try {
          file.write(found.records.map((r) => JSON.stringify(r) + '\n').join(''));
        } finally {
          file.close();
        }
        const sha256 = file.finish();
        extra.push({
          entity: entity.name,
          path: name,
          rows: found.records.length,
          bytes: file.bytes,
          sha256,
        });
        summaries.push({
          entity: entity.name,
          file: name,
          records: found.records.length,
          skipped: found.skipped,
        });
      }
    } finally {
      judge.close();
    }
    const full: Manifest = { ...manifest, files: [...manifest.files, ...extra] };
    options.signal?.throwIfAborted();
    await sink.commit(full);
    return { manifest: full, negatives: summaries };
  } catch (error) {
    sink.abort();
    throw error;
  }
}

/**
 * Runs `fixtura validate` on a copy of the dataset with one row replaced, in a scratch directory: the
 * verdict every negative record must pass.
 */
class Judge {
  constructor(
    private readonly model: Model,
    private readonly dir: string,
    source: string,
    private readonly rows: ReadonlyMap<string, readonly Row[]>,
    private readonly refDate: string,
    private readonly findFormat: WriteDatasetOptions['findFormat'],
  ) {
    mkdirSync(dir);
    for (const e of model.entities) {
      const name = entityFileName(e.name, 'jsonl');
      writeFileSync(path.join(dir, name), readFileSync(path.join(source, name)));
    }
  }

  /** Whether the record, in place of row `at`, makes validation report exactly the labelled issue there. */
  async breaksOnly(entity: string, at: number, record: Row, code: string): Promise<boolean> {
    const own = this.rows.get(entity) as readonly Row[];
    const name = entityFileName(entity, 'jsonl');
    const file = path.join(this.dir, name);
    const lines = own.map((r, i) => JSON.stringify(i === at ? record : r));
    writeFileSync(file, lines.join('\n') + '\n');
    try {
      const { files } = datasetFiles(this.model, [this.dir]);
      const result = await validate(this.model, files, {
        maxIssues: 4,
        refDate: this.refDate,
        ...(this.findFormat ? { findFormat: this.findFormat } : {}),
      });
      const [issue] = result.issues;
      return (
        result.total === 1 &&
        issue?.code === code &&
        path.basename(issue.file) === name &&
        issue.line === at + 1
      );
    } finally {
      writeFileSync(file, own.map((r) => JSON.stringify(r)).join('\n') + '\n');
    }
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The row negatives start from: the last one whose keys no other row references, so a changed key dangles nothing. */
function baseRow(model: Model, entity: Entity, rows: ReadonlyMap<string, readonly Row[]>): number {
  const own = rows.get(entity.name) as readonly Row[];
  const referenced = new Set<string>();
  for (const child of model.entities)
    for (const f of child.fields) {
      if (f.type.kind !== 'fk' || f.type.entity !== entity.name) continue;
      const target = f.type.field;
      for (const r of rows.get(child.name) ?? [])
        if (r[f.name] != null) referenced.add(`${target}|${indexKey(r[f.name])}`);
    }
  for (let i = own.length - 1; i >= 1; i--) {
    const row = own[i] as Row;
    const keys = entity.fields.filter((f) => row[f.name] != null);
    if (!keys.some((f) => referenced.has(`${f.name}|${indexKey(row[f.name])}`))) return i;
  }
  return own.length - 1;
}

async function negativesOf(
  model: Model,
  entity: Entity,
  rows: ReadonlyMap<string, readonly Row[]>,
  judge: Judge,
  options: WriteDatasetOptions,
): Promise<{ records: NegativeRecord[]; skipped: NegativeSummary['skipped'] }> {
  const own = rows.get(entity.name) as readonly Row[];
  const records: NegativeRecord[] = [];
  const skipped: { code: string; path: string; reason: string }[] = [];
  if (own.length === 0) return { records, skipped };
  const b = baseRow(model, entity, rows);
  const base = own[b] as Row;
  /** Keeps the record when the verdict agrees; otherwise notes the reason (when one is given). */
  const keep = async (record: Row, violates: NegativeViolation, reason?: string): Promise<boolean> => {
    if (await judge.breaksOnly(entity.name, b, record, violates.code)) {
      records.push({ record, violates, replaces: b + 1 });
      return true;
    }
    if (reason !== undefined) skipped.push({ code: violates.code, path: violates.path, reason });
    return false;
  };

  // One record's rules: the entity's schema, as validation checks it (exact decimals).
  const find = options.findFormat ? { findFormat: options.findFormat } : {};
  const { $id: _id, ...document } = exactDecimals(modelToJsonSchema(model, find)) as JsonSchema;
  try {
    // The name as a URI fragment's JSON pointer token: `/`, `~`, `%` and spaces escaped.
    const schema = { ...document, $ref: `#/$defs/${encodeURIComponent(escapeToken(entity.name))}` };
    const { instances, skipped: notFound } = negativeInstances(schema, { start: base });
    for (const s of notFound) skipped.push({ code: `schema/${s.keyword}`, path: s.path, reason: s.reason });
    for (const n of instances) {
      await keep(n.record as Row, n.violates, 'it breaks another rule across records too');
    }
  } catch (error) {
    skipped.push({
      code: 'schema/*',
      path: '',
      reason: `the schema cannot be broken one rule at a time: ${(error as Error).message}`,
    });
  }

  // Date bounds (formatMinimum/formatMaximum, which the schema walk does not break): a day or a second outside.
  for (const f of entity.fields) {
    const t = f.type;
    if (t.kind !== 'date' && t.kind !== 'datetime') continue;
    for (const [bound, keyword, step] of [
      [t.min, 'formatMinimum', -1],
      [t.max, 'formatMaximum', 1],
    ] as const) {
      if (bound === null) continue;
      const outside = t.kind === 'date' ? shiftDate(bound, step) : shiftDateTime(bound, step);
      if (outside === null) continue;
      await keep(
        { ...base, [f.name]: outside },
        { code: `schema/${keyword}`, path: `/${f.name}`, keyword },
        'it breaks a bound taken from another field too',
      );
    }
  }

  // A unique value repeated: the value row 0 holds.
  const first = own[0] as Row;
  if (b >= 1) {
    for (const f of entity.fields) {
      if (!f.unique || first[f.name] == null) continue;
      await keep(
        { ...base, [f.name]: first[f.name] as JsonValue },
        { code: 'unique/duplicate', path: `/${f.name}`, keyword: 'unique' },
        'repeating it breaks another rule',
      );
    }
    const key = entity.compositeKey;
    if (key && key.every((k) => first[k] != null)) {
      const repeated = { ...base };
      for (const k of key) repeated[k] = first[k] as JsonValue;
      await keep(
        repeated,
        { code: 'unique/duplicate', path: '', keyword: 'key' },
        'repeating the key breaks another rule',
      );
    }
  }

  // A reference to no parent: the parent's own key for a row past its last one (a value it never wrote).
  const references = entity.fields.filter((f) => f.type.kind === 'fk');
  if (references.length > 0) {
    const plan = planGeneration(model, options);
    const dataset = compileDataset(model, plan, {}, find);
    for (const f of references) {
      if (f.type.kind !== 'fk') continue;
      const parent = dataset.entities.find((e) => e.name === (f.type as { entity: string }).entity);
      const keyField = parent?.fields.find((x) => x.name === (f.type as { field: string }).field);
      const present = new Set(
        (rows.get(parent?.name ?? '') ?? []).map((r) => indexKey(r[keyField?.name ?? ''])),
      );
      let fresh: JsonValue | undefined;
      for (let i = 0; parent && keyField && i < 16 && fresh === undefined; i++) {
        const v = keyField.value(parent.count + i);
        const json = (typeof v === 'string' && keyField.encoding === 'raw' ? Number(v) : v) as JsonValue;
        if (json !== undefined && json !== null && !present.has(indexKey(json))) fresh = json;
      }
      if (fresh === undefined) {
        skipped.push({
          code: 'integrity/dangling-reference',
          path: `/${f.name}`,
          reason: 'every value the key can take is in use',
        });
        continue;
      }
      await keep(
        { ...base, [f.name]: fresh },
        { code: 'integrity/dangling-reference', path: `/${f.name}`, keyword: 'fk' },
        'a new parent key breaks another rule',
      );
    }
  }

  // Business rules and what derived fields, conditions and bounds promise: a value the field can hold that
  // makes the rule false, and nothing else.
  const rules: Rule[] = [...entity.rules, ...impliedRules(model, entity)];
  for (const rule of rules) {
    const broken = await breakRule(model, entity, rule, base, own, rows, keep);
    if (!broken)
      skipped.push({
        code: `rule/${rule.name}`,
        path: '',
        reason: 'no value of the fields it reads breaks it alone',
      });
  }
  return { records, skipped };
}

/** Tries the values each field the rule reads can hold until one breaks the rule and nothing else. */
async function breakRule(
  model: Model,
  entity: Entity,
  rule: Rule,
  base: Row,
  own: readonly Row[],
  rows: ReadonlyMap<string, readonly Row[]>,
  keep: (record: Row, violates: NegativeViolation, reason?: string) => Promise<boolean>,
): Promise<boolean> {
  const check = compileRules(model, { ...entity, rules: [rule] });
  const parents = parentRows(entity, rows);
  const code = `rule/${rule.name}`;
  for (const name of fieldsRead(rule.expression, entity)) {
    const field = entity.fields.find((f) => f.name === name);
    if (!field) continue;
    const candidates: (JsonValue | undefined)[] = [];
    for (const e of edgeValues(model, entity, field))
      candidates.push(e.kind === 'value' ? e.value : e.kind === 'null' ? null : undefined);
    for (const r of own) candidates.push(r[name]);
    if (typeof base[name] === 'number')
      candidates.push((base[name] as number) + 1, (base[name] as number) - 1);
    if (typeof base[name] === 'string' && field.type.kind === 'datetime')
      candidates.push('1970-01-01T00:00:00Z', '2999-12-31T23:59:59Z');
    const tried = new Set<string>();
    for (const v of candidates) {
      const id = v === undefined ? 'absent' : JSON.stringify(v);
      if (tried.has(id) || id === JSON.stringify(base[name])) continue;
      tried.add(id);
      const record: Row = { ...base };
      if (v === undefined) delete record[name];
      else record[name] = v;
      // A quick look before the full verdict: the rule must be false on this record.
      if (check({ ...record, ...parents(record) }).length === 0) continue;
      if (await keep(record, { code, path: `/${name}`, keyword: 'rule' })) return true;
    }
  }
  return false;
}

/** The parent rows a record's rules read, by alias (`customer`), looked up in the dataset. */
function parentRows(
  entity: Entity,
  rows: ReadonlyMap<string, readonly Row[]>,
): (record: Row) => Record<string, Row> {
  const links = parentAliases(entity).map(({ alias, fk }) => {
    const byKey = new Map((rows.get(fk.type.entity) ?? []).map((r) => [indexKey(r[fk.type.field]), r]));
    return { alias, fk: fk.name, byKey };
  });
  return (record) => {
    const out: Record<string, Row> = {};
    for (const l of links) {
      const parent = record[l.fk] == null ? undefined : l.byKey.get(indexKey(record[l.fk]));
      if (parent) out[l.alias] = parent;
    }
    return out;
  };
}

/** The date a day before or after, or null past the calendar's range. */
function shiftDate(date: string, days: number): string | null {
  const d = parseDate(date);
  return 'days' in d ? formatDate(d.days + days) : null;
}

/** The instant a second before or after. */
function shiftDateTime(instant: string, seconds: number): string | null {
  const t = parseDateTime(instant);
  return 'seconds' in t ? formatDateTime(t.seconds + seconds) : null;
}
