/**
 * @module Compiles a model and a plan into one value function per field: `value(row)` is a pure function of
 * (seed, tenant, environment, entity, field, row). Problems that only show once value domains are known
 * (a unique field whose domain is smaller than the count, a pattern the generator cannot handle, a
 * reference to an empty entity) are found here, before a single row is written.
 */
import { refusalDetail } from './schema/refusalDetail.js';
import type { ContractIssue, IssueLocation } from '../model/issues.js';
import { ContractError } from '../model/issues.js';
import type { Entity, Field, FieldType, Model } from '../model/model.js';
import { findEntity, findField } from '../model/model.js';
import type { Plan } from './plan.js';
import { referenceTime } from './plan.js';
import { keyedPermutation, MAX_PERMUTATION_SIZE } from './random/permutation.js';
import { streamOf, substream, unit, type Stream } from './random/stream.js';
import type { ByteWriter } from './encoders/byteWriter.js';
import {
  ABSENT,
  NULL,
  PRESENT,
  type CompiledDataset,
  type CompiledField,
  type Presence,
} from './compiledDataset.js';
import { booleanDomain } from './values/boolean.js';
import { enumDomain } from './values/enum.js';
import { foreignKeyDomain, keptKeys, keySlots, type ParentKey } from './values/foreignKey.js';
import { integerDomain } from './values/integer.js';
import { jsonDomain } from './values/jsonValue.js';
import { aggregateDomain } from './values/aggregateValue.js';
import { blockLayout } from './values/blockLayout.js';
import { compositeKeyComponents } from './values/compositeKeyDomain.js';
import { nameDerivedDomain } from './values/nameDerived.js';
import { DEFAULT_TREE_DEPTH, treeReferenceDomain } from './values/treeReference.js';
import { derivedDomain } from './values/derivedValue.js';
import { unwritableAt, type Unwritable } from './values/unwritableValue.js';
import { numberCache, rowCache } from './values/rowCache.js';
import { compileExpression, fastExpression, fieldsRead } from '../expression/compileRule.js';
import { fallback, withFallback } from '../expression/fastExpression.js';
import { parentsRead } from '../expression/parentReferences.js';
import { decoded, rowReader, temporalNumber, valueOf } from './rowValues.js';
import { UnsatisfiableSchemaError } from './schema/sampleApi.js';
import { numberDomain } from './values/number.js';
import { DomainError } from './values/domainError.js';
import { PatternError } from './values/pattern.js';
import { perRowLocaleDomain, stringDomain } from './values/string.js';
import { findFormat, type FindFormat } from './values/formats/formats.js';
import { LOCALES, type LocaleTag } from '../model/localeTag.js';
import { localeOfCountry } from './values/locale/localeOfCountry.js';
import { dateDomain, dateTimeDomain, rowBoundedDomain } from './values/temporal.js';
import type { DomainContext, FieldValue, ValueDomain } from './values/valueDomain.js';
import type { SourceMap } from '../contract/dsl/parseDsl.js';
import { EdgeProfile } from './profile/edgeProfile.js';
import { planWaves } from './waves.js';

/** An expression's value function, and whether a row lacks one of its inputs. */
type Evaluator = ((row: number) => unknown) & { readonly missing: (row: number) => string | null };

export interface CompileOptions {
  /**
   * How the run looks up the formats the model names. Default: the built-in formats; a per-run context
   * (`createFixtura`) passes its own, which knows the user's formats too.
   */
  readonly findFormat?: FindFormat;
}

const PURPOSE_NULL = 1;
const PURPOSE_ABSENT = 2;
const PURPOSE_UNIQUE = 3;

/** Compiles every entity; throws a ContractError listing every problem found. */
export function compileDataset(
  model: Model,
  plan: Plan,
  sourceMap: SourceMap = {},
  options: CompileOptions = {},
): CompiledDataset {
  const find = options.findFormat ?? findFormat;
  const issues: ContractIssue[] = [];
  const refTime = referenceTime(plan);
  const memo = new Map<string, CompiledField>();
  const inProgress = new Set<string>();
  // The edge and mixed profiles (profile/edgeProfile.ts): edge rows overlaid on the realistic ones.
  const edge =
    plan.profile && plan.profile.kind !== 'realistic' ? new EdgeProfile(model, plan, plan.profile) : null;
  const edgeOn = edge !== null;
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

  const domainOf = (
    entity: Entity,
    field: Field,
    type: FieldType,
    ctx: DomainContext,
  ): ValueDomain | null => {
    switch (type.kind) {
      case 'string': {
        const own = (entity.locale ?? model.locale) as LocaleTag | undefined;
        const format = type.format === null ? undefined : find(type.format);
        // locale_from: the row's country picks the variant (unique fields stay on the entity's locale, where
        // the enumeration that makes them unique lives).
        if (entity.localeFrom && format?.locales && !field.unique && entity.localeFrom !== field.name) {
          const country = compileField(entity, findField(entity, entity.localeFrom) as Field);
          if (!country) return null;
          const variants = new Map(LOCALES.map((l) => [l, stringDomain(type, ctx, l, find)] as const));
          return perRowLocaleDomain(variants, stringDomain(type, ctx, own, find), (row) => {
            const value = country.value(row);
            return typeof value === 'string' ? localeOfCountry(value) : undefined;
          });
        }
        const plain = stringDomain(type, ctx, own, find);
        // An email or username next to a first and last name is made from them.
        if (type.format === 'email' || type.format === 'username') {
          const nameField = (f: string) =>
            entity.fields.find((x) => x.type.kind === 'string' && x.type.format === f);
          const [first, last] = [nameField('first_name'), nameField('last_name')];
          if (first && last) {
            const [a, b] = [compileField(entity, first), compileField(entity, last)];
            if (!a || !b) return null;
            return nameDerivedDomain(type.format, a, b, plain, ctx.stream);
          }
        }
        return plain;
      }
      case 'integer':
        return integerDomain(type, ctx);
      case 'number':
        return numberDomain(type, ctx);
      case 'boolean':
        return booleanDomain(ctx);
      case 'date':
      case 'datetime': {
        if (type.minField === undefined && type.maxField === undefined)
          return type.kind === 'date' ? dateDomain(type, ctx) : dateTimeDomain(type, ctx);
        const lower =
          type.minField === undefined
            ? null
            : rowBound(entity, field, type.minField, type.kind, type.minOffset ?? 0);
        const upper =
          type.maxField === undefined
            ? null
            : rowBound(entity, field, type.maxField, type.kind, type.maxOffset ?? 0);
        if (lower === undefined || upper === undefined) return null;
        const empty = unwritableAt(
          `${entity.name}.${field.name}`,
          fieldLocation(entity, field),
          'a lower bound at or below the upper bound in every row',
          'widen the bounds, or bound the other field so it cannot pass this one (e.g. give both the same fixed range)',
        );
        return rowBoundedDomain(type.kind, type, ctx, lower, upper, empty);
      }
      case 'aggregate': {
        // Over the row's children: the child entity's block (fanout between) for this parent row.
        const child = findEntity(model, type.entity) as Entity;
        const fk = child.fields.find(
          (f) => f.type.kind === 'fk' && f.type.entity === entity.name && f.type.fanout.kind === 'between',
        ) as Field & { type: { kind: 'fk'; fanout: { kind: 'between'; min: number; max: number } } };
        const layout = blockLayout(
          streamOf([plan.seed, plan.tenant, plan.environment, child.name, fk.name]),
          plan.counts[entity.name] ?? 0,
          fk.type.fanout.min,
          fk.type.fanout.max,
          edgeOn,
        );
        const source =
          type.field === null ? null : compileField(child, findField(child, type.field) as Field);
        if (type.field !== null && !source) return null;
        const sourceType = type.field === null ? null : (findField(child, type.field) as Field).type;
        const decimals =
          sourceType?.kind === 'number' && sourceType.decimals !== null ? sourceType.decimals : 9;
        const unwritable = unwritableAt(
          `${entity.name}.${field.name}`,
          fieldLocation(entity, field),
          'a total a double holds (at most 1.7976931348623157e308 in magnitude)',
          `narrow the bounds of ${type.entity}${type.field === null ? '' : `.${type.field}`}, or lower the fanout`,
        );
        return aggregateDomain(type.fn, layout, source, decimals, unwritable);
      }
      case 'derived': {
        const unwritable = unwritableAt(
          `${entity.name}.${field.name}`,
          fieldLocation(entity, field),
          `a value in every row: a finite number (JSON has no NaN or Infinity), text, a boolean or an instant${field.nullable > 0 ? '' : ` (${field.name} is not nullable)`}`,
          `guard the expression where it cannot be computed, e.g. b == 0.0 ? 0.0 : a / b or x == null ? 0 : x * 2, or narrow its inputs' bounds${field.nullable > 0 ? '' : `, or mark ${field.name} nullable`}`,
        );
        const copy = parentCopy(entity, type.expression, field.nullable > 0 ? null : unwritable);
        if (copy !== undefined) return copy;
        const evaluate = expressionEvaluator(entity, type.expression);
        return evaluate
          ? derivedDomain(
              model,
              entity,
              type.expression,
              evaluate,
              evaluate.missing,
              unwritable,
              field.nullable > 0,
            )
          : null;
      }
      case 'enum':
        return enumDomain(type, ctx);
      case 'json':
        return jsonDomain(
          type,
          ctx,
          model,
          sourceMap[`${entity.name}.${field.name}`]?.file ?? entity.name,
          (row, error) => {
            throw new ContractError([
              {
                code: 'plan/unsatisfiable-field',
                message: `${entity.name}.${field.name} cannot be generated in row ${row}: ${error.message}`,
                location: fieldLocation(entity, field),
                ...refusalDetail(error),
              },
            ]);
          },
        );
      case 'fk': {
        const parentEntity = findEntity(model, type.entity) as Entity;
        const parentField = findField(parentEntity, type.field) as Field;
        if (parentField.nullable > 0 || parentField.optional > 0) {
          report(entity, field, {
            code: 'plan/fk-target-nullable',
            message: `${entity.name}.${field.name} references ${type.entity}.${type.field}, which can be null or absent`,
            expected: 'a required target',
            found: 'nullable or optional target',
            hint: `reference ${type.entity}'s key instead`,
          });
          return null;
        }
        const parentCount = plan.counts[parentEntity.name] ?? 0;
        const childCount = plan.counts[entity.name] ?? 0;
        if (parentCount === 0 && childCount > 0 && field.nullable < 1 && field.optional < 1) {
          report(entity, field, {
            code: 'plan/empty-parent',
            message: `${entity.name}.${field.name} needs ${type.entity} rows to reference, but ${type.entity} has a count of 0`,
            expected: `a count above 0 for ${type.entity}`,
            found: '0',
            hint: `raise --count ${type.entity}=N, or set --count ${entity.name}=0`,
          });
          return null;
        }
        const parent = compileField(parentEntity, parentField);
        if (!parent) return null;
        if (parentEntity === entity) {
          // A reference to its own entity is a forest: earlier rows only, within the depth bound.
          const nulls = substream(ctx.stream, PURPOSE_NULL);
          const share = field.nullable;
          return treeReferenceDomain(
            parent.value,
            (row) => share > 0 && unit(nulls, row, 0) < share,
            type.depth ?? DEFAULT_TREE_DEPTH,
            ctx.stream,
            childCount,
            parent.encoding,
          );
        }
        const key: ParentKey = {
          count: parentCount,
          encoding: parent.encoding,
          value: parent.value,
          writeText: parent.writeText,
        };
        return foreignKeyDomain(type, key, ctx);
      }
    }
  };

  // A composite key's components take their digits of the key's tuple (values/compositeKeyDomain.ts).
  const keyComponent = compositeKeyComponents(plan, edgeOn, report, (entity, f) => {
    if (f.type.kind === 'fk') return plan.counts[f.type.entity] ?? 0;
    const stream = streamOf([plan.seed, plan.tenant, plan.environment, entity.name, f.name]);
    return domainOf(entity, f, f.type, { stream, refTime })?.size ?? 0;
  });

  /**
   * A bound read from a sibling field (`created_at`) or from the parent row through a foreign key
   * (`customer_id.created_at`); `undefined` when a field it needs could not be compiled (already reported).
   */
  function rowBound(
    entity: Entity,
    field: Field,
    path: string,
    as: 'date' | 'datetime',
    offset: number,
  ): ((row: number) => number | null) | undefined {
    const bound = rowBoundAt(entity, path, as);
    if (!bound || offset === 0) return bound;
    // `<= loaned_on + 30d`: the other field's days or seconds, moved by the offset in the same unit.
    return (row) => {
      const at = bound(row);
      return at === null ? null : at + offset;
    };
  }

  function rowBoundAt(
    entity: Entity,
    path: string,
    as: 'date' | 'datetime',
  ): ((row: number) => number | null) | undefined {
    const [first, second] = path.split('.') as [string, string | undefined];
    const sibling = findField(entity, first) as Field;
    const own = compileField(entity, sibling);
    if (!own) return undefined;
    if (second === undefined) return instantOf(own, sibling, as);
    if (sibling.type.kind !== 'fk' || !own.parentRow) return undefined;
    const parentEntity = findEntity(model, sibling.type.entity) as Entity;
    const parent = compileField(parentEntity, findField(parentEntity, second) as Field);
    if (!parent) return undefined;
    const parentRow = own.parentRow;
    const read = instantOf(parent, findField(parentEntity, second) as Field, as);
    return (row) => read(parentRow(row));
  }

  /** A temporal field's days or seconds in the unit a bound needs: numerically when it can, else from its text. */
  function instantOf(
    field: CompiledField,
    declared: Field,
    as: 'date' | 'datetime',
  ): (row: number) => number | null {
    const instant = field.instant;
    if (instant && declared.type.kind === as) return instant;
    if (instant && declared.type.kind === 'date')
      return (row) => {
        const days = instant(row);
        return days === null ? null : days * 86400;
      };
    return (row) => temporalNumber(field.value(row), as);
  }

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
      domain = domainOf(entity, field, field.type, {
        stream,
        refTime,
        ...(edgeOn ? { edgeBlocks: true } : {}),
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
        // The edge profile's values go to their rows through the permutation, so none repeats.
        const perm = edge ? edge.permutation(entity, field, domain, keyed, size, count) : keyed;
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
    const condition = edge && field.when !== undefined ? (withCondition(entity, field, null) ?? null) : null;
    const final = edge ? edge.apply(entity, field, domain, compiled, core, condition) : compiled;
    memo.set(id, final);
    return final;
  }

  /**
   * An expression evaluated for a row (throwing what CEL throws): as plain closures over the fields it reads
   * where it can (fastExpression.ts), else by CEL on the record of those fields — the fields it names and,
   * under each parent alias, the fields it selects of the parent row its foreign key points at. `null` when
   * an input could not be compiled (reported).
   */
  function expressionEvaluator(entity: Entity, expression: string): Evaluator | null {
    const names = fieldsRead(expression, entity);
    const inputs = names.map((name) => compileField(entity, findField(entity, name) as Field));
    if (inputs.some((f) => f === null)) return null;
    const own = rowReader(inputs as CompiledField[]);
    const parents = parentsRead(expression, entity).map(({ alias, fk, fields }) => {
      const parent = findEntity(model, fk.type.entity) as Entity;
      const reference = compileField(entity, fk);
      const read = fields.map((name) => compileField(parent, findField(parent, name) as Field));
      if (!reference?.parentRow || read.some((f) => f === null)) return null;
      const byName = new Map(fields.map((name, i) => [name, read[i] as CompiledField]));
      return {
        alias,
        reference,
        parentRow: reference.parentRow,
        byName,
        read: rowReader(read as CompiledField[]),
      };
    });
    if (parents.some((p) => p === null)) return null;
    const all = parents as NonNullable<(typeof parents)[number]>[];
    const record = (row: number): Record<string, unknown> => {
      const r = own(row);
      // A null or absent reference has no parent row to read.
      for (const p of all) if (hasParent(p.reference, row)) r[p.alias] = p.read(p.parentRow(row));
      return r;
    };
    const evaluate = compileExpression(model, entity, expression);
    const cel = (row: number): unknown => evaluate(record(row));
    const byName = new Map(names.map((name, i) => [name, inputs[i] as CompiledField]));
    const member = (alias: string, name: string) => {
      const p = all.find((x) => x.alias === alias) as (typeof all)[number];
      return { p, f: p.byName.get(name) as CompiledField };
    };
    const fast = fastExpression<number>(model, entity, expression, {
      read: (name) => readerOf(byName.get(name) as CompiledField),
      readMember: (alias, name) => {
        const { p, f } = member(alias, name);
        return (row) => (hasParent(p.reference, row) ? valueOf(f, p.parentRow(row)) : fallback());
      },
      // Where every row has its parent, the generated code reads the parent's field of the parent row itself.
      memberOfRow: (alias, name) => {
        const { p, f } = member(alias, name);
        return p.reference.presence === null ? { parentRow: p.parentRow, read: readerOf(f) } : undefined;
      },
    });
    // Whether a row lacks an input (a null, an absent key, no parent): the one case where a derive is null.
    const missing = (row: number): string | null => {
      const r = record(row);
      const own = names.find((n) => r[n] === undefined || r[n] === null);
      if (own !== undefined) return own;
      for (const p of all) {
        const parentRecord = r[p.alias] as Record<string, unknown> | undefined;
        if (parentRecord === undefined) return `the ${p.alias} row (${p.reference.name})`;
        const empty = [...p.byName.keys()].find((n) => parentRecord[n] == null);
        if (empty !== undefined) return `${p.alias}.${empty}`;
      }
      return null;
    };
    return Object.assign(withFallback(fast, cel), { missing });
  }

  /**
   * `derive(product.price)`: the parent row's value itself, without evaluating an expression (the common
   * copy across a foreign key, and the engine's hottest derive); `undefined` when the expression is more.
   */
  function parentCopy(
    entity: Entity,
    expression: string,
    unwritable: Unwritable | null,
  ): ValueDomain | null | undefined {
    const m = /^\s*([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)\s*$/.exec(expression);
    const read = m ? parentsRead(expression, entity)[0] : undefined;
    if (!m || !read || read.alias !== m[1]) return undefined;
    const parentEntity = findEntity(model, read.fk.type.entity) as Entity;
    const reference = compileField(entity, read.fk);
    const parent = compileField(parentEntity, findField(parentEntity, m[2] as string) as Field);
    const parentRow = reference?.parentRow;
    if (!reference || !parent || !parentRow) return null;
    // A block's children share their parent one after another (the field's own memo has it); other children
    // jump between parents, whose values a bounded cache keeps.
    const jumps = read.fk.type.kind === 'fk' && read.fk.type.fanout.kind !== 'between';
    const parents = plan.counts[parentEntity.name] ?? 0;
    const parentValue = jumps ? rowCache(parent.value, parents) : parent.value;
    // Null where there is no parent or it holds null: only a nullable copy takes it (unwritable is null then).
    const value = (row: number): FieldValue => {
      const v = hasParent(reference, row) ? (parentValue(parentRow(row)) ?? null) : null;
      if (v === null && unwritable)
        unwritable(row, `null: ${expression.trim()} is null or has no ${m[1] as string} row here`);
      return v;
    };
    const parentNumber = parent.number && jumps ? numberCache(parent.number, parents) : parent.number;
    // The parent's own bytes where it has a byte path and every row has a parent (a null copy has no
    // bytes): kept per parent like a foreign key's, so an order line copies its product's price text.
    const parentBytes =
      parent.writeText && reference.presence === null
        ? keptKeys(parent.writeText, jumps ? keySlots(parents) || 1 : 1)
        : null;
    return {
      size: 1,
      encoding: parent.encoding,
      realistic: value,
      unique: (_k, row) => value(row),
      ...(parentBytes
        ? { writeRealistic: (row: number, out: ByteWriter) => parentBytes(parentRow(row), out) }
        : {}),
      ...(parentNumber
        ? {
            number: (row: number) =>
              hasParent(reference, row) ? (parentNumber(parentRow(row)) ?? null) : null,
          }
        : {}),
    };
  }

  /** Adds a `when:` condition to a field's presence: where it is false, the key is absent. */
  function withCondition(
    entity: Entity,
    field: Field,
    presence: ((row: number) => Presence) | null,
  ): ((row: number) => Presence) | null | undefined {
    if (field.when === undefined) return presence;
    const condition = expressionEvaluator(entity, field.when);
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

/** `valueOf(field, row)` as a function of the row: the field's own number or value where that is the same. */
function readerOf(field: CompiledField): (row: number) => unknown {
  if (field.number) return field.number;
  if (field.encoding === 'raw' || field.encoding === 'json') return (row) => decoded(field, field.value(row));
  return field.value;
}

/** Whether a foreign key has a parent in a row: it is present (asked without rendering the parent's key). */
function hasParent(reference: CompiledField, row: number): boolean {
  return reference.presence === null || reference.presence(row) === PRESENT;
}
