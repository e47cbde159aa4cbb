/**
 * @module Compiles a model and a plan into one value function per field: `value(row)` is a pure function of
 * (seed, tenant, environment, entity, field, row). Problems that only show once value domains are known
 * (a unique field whose domain is smaller than the count, a pattern the generator cannot handle, a
 * reference to an empty entity) are found here, before a single row is written.
 */
import type { SourceMap } from '../contract/dsl/parseDsl.js';
import type { ContractIssue, IssueLocation } from '../model/issues.js';
import { ContractError } from '../model/issues.js';
import type { Entity, Field, Model } from '../model/model.js';
import { expressionEvaluator } from './compile/expressionEvaluator.js';
import { PURPOSE_ABSENT, PURPOSE_NULL, PURPOSE_UNIQUE } from './compile/streamPurposes.js';
import {
  ABSENT,
  NULL,
  PRESENT,
  type CompiledDataset,
  type CompiledField,
  type Presence,
} from './compiledDataset.js';
import type { FieldCompiler, FieldKind } from './fieldKinds/fieldKind.js';
import { fieldKinds, findFieldKind } from './fieldKinds/fieldKinds.js';
import type { Plan } from './plan.js';
import { referenceTime } from './plan.js';
import type { FieldOverlay, OverlaidField, OverlaidParts, Permutation } from './profile/fieldOverlay.js';
import { profileOverlays } from './profile/profileOverlays.js';
import { keyedPermutation, MAX_PERMUTATION_SIZE } from './random/permutation.js';
import { streamOf, substream, unit, type Stream } from './random/stream.js';
import { refusalDetail } from './schema/refusalDetail.js';
import { UnsatisfiableSchemaError } from './schema/sampleApi.js';
import { compositeKeyComponents } from './values/compositeKeyDomain.js';
import { DomainError } from './values/domainError.js';
import { keptKeys } from './values/foreignKey.js';
import { findFormat, type FindFormat } from './values/formats/formats.js';
import { PatternError } from './values/pattern.js';
import { numberCache, rowCache } from './values/rowCache.js';
import type { DomainContext, FieldValue, ValueDomain } from './values/valueDomain.js';
import { planWaves } from './waves.js';

export interface CompileOptions {
  /**
   * How the run looks up the formats the model names. Default: the built-in formats; a per-run context
   * (`createFixtura`) passes its own, which knows the user's formats too.
   */
  readonly findFormat?: FindFormat;
}

/**
 * The compiler's two seams, which `compileDataset` fills with the built-in field kinds and the overlays of the
 * plan's profile. Internal: a test plants its own here; the public API stays `compileDataset`, because a
 * worker thread rebuilds the dataset from plain data (`DatasetSpec`), where functions cannot go.
 */
export interface CompileSeams {
  readonly fieldKinds: readonly FieldKind[];
  /** Applied in order to every field (profile/fieldOverlay.ts). */
  readonly overlays: readonly FieldOverlay[];
}

/** Compiles every entity; throws a ContractError listing every problem found. */
export function compileDataset(
  model: Model,
  plan: Plan,
  sourceMap: SourceMap = {},
  options: CompileOptions = {},
): CompiledDataset {
  return compileWith(model, plan, sourceMap, options, {
    fieldKinds,
    overlays: profileOverlays(model, plan),
  });
}

/** `compileDataset` with the field kinds and overlays given (`CompileSeams`). */
export function compileWith(
  model: Model,
  plan: Plan,
  sourceMap: SourceMap,
  options: CompileOptions,
  { fieldKinds: kinds, overlays }: CompileSeams,
): CompiledDataset {
  const find = options.findFormat ?? findFormat;
  const issues: ContractIssue[] = [];
  const refTime = referenceTime(plan);
  const memo = new Map<string, CompiledField>();
  const inProgress = new Set<string>();
  // Under the edge and mixed profiles, `between` blocks start with their edge parents, as the plan's counts
  // and the waves lay them out.
  const edgeBlocks = plan.profile !== undefined && plan.profile.kind !== 'realistic';
  const waves = planWaves(model, plan);

  // Without a source map (a library caller's own model), the field's place in the model still locates it.
  const fieldLocation = (entity: Entity, field: Field): IssueLocation =>
    sourceMap[`${entity.name}.${field.name}`] ?? {
      file: model.contract.name,
      pointer: `/entities/${entity.name}/fields/${field.name}`,
    };
  const report = (entity: Entity, field: Field, issue: Omit<ContractIssue, 'location'>): void => {
    issues.push({ ...issue, location: fieldLocation(entity, field) });
  };

  const compiler: FieldCompiler = {
    model,
    plan,
    findFormat: find,
    sourceMap,
    compileField: (entity, field) => compileField(entity, field),
    report,
    fieldLocation,
  };
  // The field's kind (fieldKinds/): a model type no kind generates (a library caller's own model) is refused.
  const domainOf = (entity: Entity, field: Field, ctx: DomainContext): ValueDomain | null => {
    const kind = findFieldKind(kinds, field.type.kind);
    if (kind) return kind.domain(entity, field, field.type, ctx, compiler);
    report(entity, field, {
      code: 'plan/unknown-field-kind',
      message: `${entity.name}.${field.name} has the type kind "${field.type.kind}", which no field kind generates`,
      expected: `one of ${kinds.map((k) => k.kind).join(', ')}`,
      found: JSON.stringify(field.type.kind),
      hint: 'give the field a type of the Model (src/model/model.ts), as a contract reader makes it',
    });
    return null;
  };

  // A composite key's components take their digits of the key's tuple (values/compositeKeyDomain.ts).
  const keyComponent = compositeKeyComponents(plan, edgeBlocks, report, (entity, f) => {
    if (f.type.kind === 'fk') return plan.counts[f.type.entity] ?? 0;
    const stream = streamOf([plan.seed, plan.tenant, plan.environment, entity.name, f.name]);
    return domainOf(entity, f, { stream, refTime })?.size ?? 0;
  });

  function compileField(entity: Entity, field: Field): CompiledField | null {
    const id = `${entity.name}.${field.name}`;
    const cached = memo.get(id);
    if (cached) return cached;
    if (inProgress.has(id)) {
      report(entity, field, {
        code: 'plan/reference-cycle',
        hint: 'break the cycle: one of the fields must not depend on the others',
        message: `${id} depends on itself (through foreign keys, derive, when or field bounds)`,
        expected: 'references that end at a generated key',
        found: 'a cycle',
      });
      return null;
    }
    inProgress.add(id);
    const stream = streamOf([plan.seed, plan.tenant, plan.environment, entity.name, field.name]);
    let domain: ValueDomain | null = null;
    try {
      domain = domainOf(entity, field, {
        stream,
        refTime,
        ...(edgeBlocks ? { edgeBlocks: true } : {}),
      });
    } catch (e) {
      if (e instanceof DomainError) {
        report(entity, field, {
          code: 'plan/unsatisfiable-field',
          message: `${id} cannot be generated: ${e.message}`,
          expected: 'a type whose values can be generated exactly',
          found: field.type.kind,
          hint: e.hint,
        });
      } else if (e instanceof UnsatisfiableSchemaError) {
        report(entity, field, {
          code: 'plan/unsatisfiable-field',
          message: `${id} cannot be generated: ${e.message}`,
          ...refusalDetail(e),
        });
      } else if (!(e instanceof PatternError)) throw e;
      else
        report(entity, field, {
          code: 'plan/unsupported-pattern',
          message: `the pattern of ${id} cannot be generated: ${e.message}`,
          expected: 'a regular expression without lookarounds or back-references',
          found: field.type.kind === 'string' ? `/${field.type.pattern}/` : '',
          hint: e.hint,
        });
    }
    inProgress.delete(id);
    // A composite key's component takes the row's digit of the key's tuple — except the blocked foreign key,
    // whose block is the tuple's first part already.
    const blockedKey = field.type.kind === 'fk' && field.type.fanout.kind === 'between' && !field.unique;
    if (domain && entity.compositeKey?.includes(field.name) && !blockedKey)
      domain = keyComponent(entity, field, domain);
    if (!domain) return null;

    const count = plan.counts[entity.name] ?? 0;
    const overlaid: OverlaidField = { entity, field, domain };
    let value = domain.realistic;
    let writeText = domain.encoding === 'string' ? null : (domain.writeRealistic ?? null);
    let uniquePerm: { apply: (row: number) => number } | null = null;
    if (field.unique) {
      if (domain.size < count) {
        report(entity, field, {
          code: 'plan/domain-too-small',
          message: `${id} is unique but has only ${domain.size} possible values, and ${count} rows were requested`,
          expected: `a count of at most ${domain.size}`,
          found: String(count),
          hint:
            field.type.kind === 'fk'
              ? `a unique reference uses each ${field.type.entity} row at most once: raise --count ${field.type.entity}=${count}, lower --count ${entity.name}=${domain.size}, or drop "unique"`
              : `lower --count ${entity.name}=${domain.size}, widen the field's range, or drop "unique"`,
        });
        return null;
      }
      if (count > 0) {
        const size = Math.min(domain.size, MAX_PERMUTATION_SIZE);
        const keyed = keyedPermutation(substream(stream, PURPOSE_UNIQUE), size);
        // An overlay's values go to their rows through the permutation (the edge profile's), so none repeats.
        const perm = overlays.reduce(
          (p, o) => (o.permutation ? o.permutation(overlaid, p, size, count) : p),
          keyed as Permutation,
        );
        uniquePerm = perm;
        const unique = domain.unique;
        value = (row) => unique(perm.apply(row), row);
        const writeUnique = domain.writeUnique;
        writeText =
          writeUnique && domain.encoding !== 'string'
            ? (row, out) => writeUnique(perm.apply(row), row, out)
            : null;
      }
    }
    const drawn = presenceOf(field, stream);
    const nullAt = domain.nullAt;
    // A domain that decides its own nulls (a tree's roots) keeps the absent decisions and replaces the null ones.
    // A root of an optional, non-nullable reference (an OpenAPI property outside `required`) has no key at all:
    // null there is a value the schema forbids.
    const rootPresence: Presence = field.nullable === 0 && field.optional > 0 ? ABSENT : NULL;
    const decided: ((row: number) => Presence) | null = nullAt
      ? (row) => (drawn && drawn(row) === ABSENT ? ABSENT : nullAt(row) ? rootPresence : PRESENT)
      : drawn;
    const conditioned = withCondition(entity, field, decided);
    if (conditioned === undefined) return null;
    // Asked by the writer and again by `value`: a condition is an expression, so it is worth remembering.
    const presence = conditioned && field.when !== undefined ? memoizedPresence(conditioned) : conditioned;
    // A field other entities of its wave read keeps a window of its recent rows (waves.ts). A number field's
    // value is its number, so the writer and the readers share one window.
    const window = waves.windows.get(id);
    const sharedNumber =
      window && !uniquePerm && domain.encoding === 'number' && domain.number
        ? numberCache(domain.number, window)
        : undefined;
    const core = sharedNumber ?? (window ? rowCache(value, window) : memoized(value));
    // Its writer writes the windowed number too (the same text: `String` of it), rather than drawing it again.
    if (sharedNumber && writeText) writeText = (row, out) => out.number(sharedNumber(row) as number);
    // A key the wave's children reference keeps its bytes as it writes them, for the children to copy.
    const keySlots = waves.keys.get(id);
    if (keySlots && writeText) writeText = keptKeys(writeText, keySlots);
    const parentOf = domain.parentOf;
    const instant = uniquePerm
      ? undefined
      : window && domain.instant
        ? numberCache(domain.instant, window)
        : domain.instant;
    const numberOf = uniquePerm
      ? undefined
      : (sharedNumber ?? (window && domain.number ? numberCache(domain.number, window) : domain.number));
    const compiled: CompiledField = {
      name: field.name,
      encoding: domain.encoding,
      value: presence
        ? (row) => {
            const p = presence(row);
            return p === PRESENT ? core(row) : p === NULL ? null : undefined;
          }
        : core,
      presence,
      writeText,
      ...(parentOf ? { parentRow: uniquePerm ? (row: number) => uniquePerm.apply(row) : parentOf } : {}),
      ...(instant
        ? { instant: presence ? (row: number) => (presence(row) === PRESENT ? instant(row) : null) : instant }
        : {}),
      ...(numberOf
        ? {
            number: presence
              ? (row: number) => {
                  const p = presence(row);
                  return p === PRESENT ? numberOf(row) : p === NULL ? null : undefined;
                }
              : numberOf,
          }
        : {}),
    };
    // The profile's overlays, in order; the condition alone is compiled for the first that asks.
    let condition: ((row: number) => Presence) | null | undefined;
    const parts: OverlaidParts = {
      core,
      condition: () =>
        condition === undefined ? (condition = withCondition(entity, field, null) ?? null) : condition,
    };
    const final = overlays.reduce((c, o) => (o.apply ? o.apply(overlaid, c, parts) : c), compiled);
    memo.set(id, final);
    return final;
  }

  /** Adds a `when:` condition to a field's presence: where it is false, the key is absent. */
  function withCondition(
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

  const entities = model.entities.map((entity) => ({
    name: entity.name,
    count: plan.counts[entity.name] ?? 0,
    fields: entity.fields
      .map((field) => compileField(entity, field))
      .filter((f): f is CompiledField => f !== null),
  }));
  if (issues.length > 0) throw new ContractError(dedupe(issues));
  return { plan, entities, waves };
}

/**
 * The field's null and absent decisions, each drawn from its own sub-stream so that they never shift the
 * values themselves; `null` when the field is always present.
 */
function presenceOf(field: Field, stream: Stream): ((row: number) => Presence) | null {
  if (field.nullable === 0 && field.optional === 0) return null;
  const nullStream = substream(stream, PURPOSE_NULL);
  const absentStream = substream(stream, PURPOSE_ABSENT);
  const { nullable, optional } = field;
  return (row) => {
    if (optional > 0 && unit(absentStream, row, 0) < optional) return ABSENT;
    if (nullable > 0 && unit(nullStream, row, 0) < nullable) return NULL;
    return PRESENT;
  };
}

function dedupe(issues: readonly ContractIssue[]): ContractIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.code}|${i.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/**
 * Remembers a value function's last row: a row's fields ask for each other (a bound, a condition, a derive)
 * and a parent's fields are asked for by every child in its block, so the same row often comes twice in a
 * row. The function is pure, so the answer is the same.
 */
function memoized(value: (row: number) => FieldValue): (row: number) => FieldValue {
  let lastRow = -1;
  let last: FieldValue;
  return (row) => {
    if (row !== lastRow) {
      last = value(row);
      lastRow = row;
    }
    return last;
  };
}

function memoizedPresence(presence: (row: number) => Presence): (row: number) => Presence {
  let lastRow = -1;
  let last: Presence = PRESENT;
  return (row) => {
    if (row !== lastRow) {
      last = presence(row);
      lastRow = row;
    }
    return last;
  };
}
