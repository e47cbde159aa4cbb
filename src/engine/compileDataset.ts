/**
 * @module Compiles a model and a plan into one value function per field: `value(row)` is a pure function of
 * (seed, tenant, environment, entity, field, row). Problems that only show once value domains are known
 * (a unique field whose domain is smaller than the count, a pattern the generator cannot handle, a
 * reference to an empty entity) are found here, before a single row is written.
 *
 * This is the orchestration: a field's kind (fieldKinds/) makes its value domain, asking for the fields it
 * reads; then come its values (compile/drawnValues.ts), its presence and `when:` condition, the windows of
 * its wave (compile/compiledFieldOf.ts), and the profile's overlays in order (profile/fieldOverlay.ts).
 */
import type { SourceMap } from '../contract/dsl/parseDsl.js';
import type { ContractIssue, IssueLocation } from '../model/issues.js';
import { ContractError } from '../model/issues.js';
import type { Entity, Field, Model } from '../model/model.js';
import { compiledFieldOf } from './compile/compiledFieldOf.js';
import { domainRefusal } from './compile/domainRefusal.js';
import { domainTooSmall } from './compile/domainTooSmall.js';
import { drawnValues } from './compile/drawnValues.js';
import { memoizedPresence } from './compile/memoized.js';
import { presenceOf } from './compile/presenceOf.js';
import { referenceCycle } from './compile/referenceCycle.js';
import { withCondition } from './compile/withCondition.js';
import type { CompiledDataset, CompiledField, Presence } from './compiledDataset.js';
import type { FieldCompiler, FieldKind } from './fieldKinds/fieldKind.js';
import { fieldKinds, findFieldKind, unknownFieldKind } from './fieldKinds/fieldKinds.js';
import { referenceTime, type Plan } from './plan.js';
import type { FieldOverlay, OverlaidField, OverlaidParts } from './profile/fieldOverlay.js';
import { profileOverlays } from './profile/profileOverlays.js';
import { streamOf, type Stream } from './random/stream.js';
import { compositeKeyComponents } from './values/compositeKeyDomain.js';
import { findFormat, type FindFormat } from './values/formats/formats.js';
import type { DomainContext, ValueDomain } from './values/valueDomain.js';
import { planWaves } from './waves.js';

export interface CompileOptions {
  /**
   * How the run looks up the formats the model names. Default: the built-in formats; a per-run context
   * (`createFixtura`) passes its own, which knows the user's formats too.
   */
  readonly findFormat?: FindFormat;
}

/**
 * The compiler's two seams, which `compileDataset` fills with the built-in field kinds and the overlays of
 * the plan's profile. Internal: a test plants its own here; the public API stays `compileDataset`, because
 * a worker thread rebuilds the dataset from plain data (`DatasetSpec`), where functions cannot go.
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
  const issues: ContractIssue[] = [];
  const refTime = referenceTime(plan);
  const memo = new Map<string, CompiledField>();
  const inProgress = new Set<string>();
  // Under the edge and mixed profiles, `between` blocks start with their edge parents, as the plan's counts
  // and the waves lay them out.
  const edgeBlocks = plan.profile !== undefined && plan.profile.kind !== 'realistic';
  const waves = planWaves(model, plan);
  const streamOfField = (entity: Entity, field: Field): Stream =>
    streamOf([plan.seed, plan.tenant, plan.environment, entity.name, field.name]);

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
    findFormat: options.findFormat ?? findFormat,
    sourceMap,
    compileField: (entity, field) => compileField(entity, field),
    report,
    fieldLocation,
  };

  const domainOf = (entity: Entity, field: Field, ctx: DomainContext): ValueDomain | null => {
    const kind = findFieldKind(kinds, field.type.kind);
    if (kind) return kind.domain(entity, field, field.type, ctx, compiler);
    report(entity, field, unknownFieldKind(entity, field, kinds));
    return null;
  };
  // A composite key's components take their digits of the key's tuple (values/compositeKeyDomain.ts).
  const keyComponent = compositeKeyComponents(plan, edgeBlocks, report, (entity, f) => {
    if (f.type.kind === 'fk') return plan.counts[f.type.entity] ?? 0;
    return domainOf(entity, f, { stream: streamOfField(entity, f), refTime })?.size ?? 0;
  });

  /** The field's domain as its kind makes it; `null` when the kind refused it (reported). */
  function kindDomain(entity: Entity, field: Field, stream: Stream): ValueDomain | null {
    try {
      return domainOf(entity, field, { stream, refTime, ...(edgeBlocks ? { edgeBlocks: true } : {}) });
    } catch (e) {
      const refusal = domainRefusal(`${entity.name}.${field.name}`, field, e);
      if (!refusal) throw e;
      report(entity, field, refusal);
      return null;
    }
  }

  function compileField(entity: Entity, field: Field): CompiledField | null {
    const id = `${entity.name}.${field.name}`;
    const cached = memo.get(id);
    if (cached) return cached;
    if (inProgress.has(id)) {
      report(entity, field, referenceCycle(id));
      return null;
    }
    inProgress.add(id);
    const stream = streamOfField(entity, field);
    let domain = kindDomain(entity, field, stream);
    inProgress.delete(id);
    // A composite key's component takes the row's digit of the key's tuple — except the blocked foreign key,
    // whose block is the tuple's first part already.
    const blockedKey = field.type.kind === 'fk' && field.type.fanout.kind === 'between' && !field.unique;
    if (domain && entity.compositeKey?.includes(field.name) && !blockedKey)
      domain = keyComponent(entity, field, domain);
    if (!domain) return null;

    const count = plan.counts[entity.name] ?? 0;
    const tooSmall = domainTooSmall(entity, field, domain.size, count);
    if (tooSmall) {
      report(entity, field, tooSmall);
      return null;
    }
    const overlaid: OverlaidField = { entity, field, domain };
    const drawn = drawnValues(overlaid, stream, count, overlays);
    const conditioned = withCondition(compiler, entity, field, presenceOf(field, domain, stream));
    if (conditioned === undefined) return null;
    // Asked by the writer and again by `value`: a condition is an expression, so it is worth remembering.
    const presence = conditioned && field.when !== undefined ? memoizedPresence(conditioned) : conditioned;
    const { compiled, core } = compiledFieldOf(field, domain, drawn, presence, {
      window: waves.windows.get(id),
      keySlots: waves.keys.get(id),
    });
    // The profile's overlays, in order; the condition alone is compiled for the first that asks.
    let condition: ((row: number) => Presence) | null | undefined;
    const parts: OverlaidParts = {
      core,
      condition: () =>
        condition === undefined
          ? (condition = withCondition(compiler, entity, field, null) ?? null)
          : condition,
    };
    const final = overlays.reduce((c, o) => (o.apply ? o.apply(overlaid, c, parts) : c), compiled);
    memo.set(id, final);
    return final;
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

/** One issue per code and message: a field several others read is refused once. */
function dedupe(issues: readonly ContractIssue[]): ContractIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.code}|${i.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
