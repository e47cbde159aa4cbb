/**
 * @module What a contract asks a dataset to exercise: each boundary its types declare, each enum value, each
 * boolean, null for a nullable field, absence for an optional or conditional one, and for each reference the
 * three cardinalities of a parent (no child, one, several). One list, read by the edge profile (which makes
 * rows that hit every target) and by `fixtura coverage` (which says which targets a dataset hits).
 *
 * Only boundaries the contract states are targets: an integer without `<=` has no maximum to reach. Derived,
 * aggregate and json fields have none of their own (they follow from other fields, or from a schema), nor
 * have dates bounded by another field (`>= placed_at`), whose range moves with the row.
 */
import type { Entity, Field, Model } from './model.js';
import { parseDate, parseDateTime } from './calendar.js';

export type TargetKind =
  | 'minimum'
  | 'above-minimum'
  | 'below-maximum'
  | 'maximum'
  | 'shortest'
  | 'longest'
  | 'enum-value'
  | 'true'
  | 'false'
  | 'earliest'
  | 'latest'
  | 'null'
  | 'absent'
  | 'parent-without-children'
  | 'parent-with-one-child'
  | 'parent-with-several-children';

/** One thing a dataset should contain at least once. */
export interface CoverageTarget {
  /** Stable and unique within a contract: `Order/quantity/minimum`, `Order/status/enum-value/PAID`. */
  readonly id: string;
  readonly entity: string;
  readonly field: string;
  readonly kind: TargetKind;
  /**
   * The value that hits it, for a target that is one value (a bound, an enum value, a boolean, null); the
   * length, for `shortest` and `longest`; absent for `absent` and the parent cardinalities.
   */
  readonly value?: string | number | boolean | null;
  /** For people: `/quantity = 1 (the minimum)`. */
  readonly label: string;
}

/** The targets of a whole model, entity by entity, field by field, in contract order. */
export function coverageTargets(model: Model): CoverageTarget[] {
  return model.entities.flatMap((entity) => entityTargets(model, entity));
}

/** The targets of one entity. */
export function entityTargets(_model: Model, entity: Entity): CoverageTarget[] {
  return entity.fields.flatMap((field) => fieldTargets(entity, field));
}

function target(
  entity: Entity,
  field: Field,
  kind: TargetKind,
  label: string,
  value?: CoverageTarget['value'],
  suffix = '',
): CoverageTarget {
  return {
    id: `${entity.name}/${field.name}/${kind}${suffix}`,
    entity: entity.name,
    field: field.name,
    kind,
    ...(value !== undefined ? { value } : {}),
    label: `/${field.name}${label.startsWith(':') ? '' : ' '}${label}`,
  };
}

/** The grid step of a number field: 10^-decimals, or the spacing of doubles near the bound. */
function nearestInside(x: number, towards: 1 | -1, decimals: number | null): number {
  if (decimals !== null) {
    const scale = 10 ** decimals;
    return Math.round(x * scale + towards) / scale;
  }
  // The next double towards the inside.
  if (x === 0) return towards * Number.MIN_VALUE;
  const buffer = new Float64Array([x]);
  const bits = new BigInt64Array(buffer.buffer);
  bits[0] = (bits[0] as bigint) + (x > 0 === towards > 0 ? 1n : -1n);
  return buffer[0] as number;
}

function fieldTargets(entity: Entity, field: Field): CoverageTarget[] {
  const out: CoverageTarget[] = [];
  const add = (t: CoverageTarget): void => {
    if (!out.some((o) => o.id === t.id)) out.push(t);
  };
  const type = field.type;
  switch (type.kind) {
    case 'integer':
    case 'number': {
      const decimals = type.kind === 'integer' ? 0 : type.decimals;
      const { min, max } = type;
      if (min !== null) add(target(entity, field, 'minimum', `= ${min} (the minimum)`, min));
      if (min !== null && (max === null || nearestInside(min, 1, decimals) < max))
        add(
          target(
            entity,
            field,
            'above-minimum',
            `= ${nearestInside(min, 1, decimals)} (just above the minimum)`,
            nearestInside(min, 1, decimals),
          ),
        );
      if (max !== null && (min === null || nearestInside(max, -1, decimals) > min))
        add(
          target(
            entity,
            field,
            'below-maximum',
            `= ${nearestInside(max, -1, decimals)} (just below the maximum)`,
            nearestInside(max, -1, decimals),
          ),
        );
      if (max !== null && max !== min) add(target(entity, field, 'maximum', `= ${max} (the maximum)`, max));
      break;
    }
    case 'string':
      // Free text has lengths to reach; a format or a pattern decides its own.
      if (type.format === null && type.pattern === null) {
        const shortest = type.minLength ?? 0;
        add(target(entity, field, 'shortest', `of length ${shortest} (the shortest)`, shortest));
        if (type.maxLength !== null && type.maxLength !== shortest)
          add(target(entity, field, 'longest', `of length ${type.maxLength} (the longest)`, type.maxLength));
      }
      break;
    case 'enum':
      for (const v of type.values)
        add(target(entity, field, 'enum-value', `= ${JSON.stringify(v)}`, v, `/${v}`));
      break;
    case 'boolean':
      add(target(entity, field, 'true', '= true', true));
      add(target(entity, field, 'false', '= false', false));
      break;
    case 'date':
    case 'datetime':
      // A bound taken from another field moves with the row: the static bounds may be out of its reach.
      if (type.minField !== undefined || type.maxField !== undefined) break;
      if (type.min !== null) add(target(entity, field, 'earliest', `= ${type.min} (the earliest)`, type.min));
      if (type.max !== null && type.max !== type.min)
        add(target(entity, field, 'latest', `= ${type.max} (the latest)`, type.max));
      break;
    case 'fk':
      out.push(...relationTargets(entity, field));
      break;
    case 'json':
    case 'derived':
    case 'aggregate':
      break;
  }
  if (field.nullable > 0) add(target(entity, field, 'null', '= null', null));
  if (field.optional > 0 || field.when !== undefined) add(target(entity, field, 'absent', 'absent'));
  return out;
}

/** The cardinalities a parent can have through this reference, given its fanout and uniqueness. */
function relationTargets(entity: Entity, field: Field): CoverageTarget[] {
  if (field.type.kind !== 'fk') return [];
  const fanout = field.type.fanout;
  const parent = field.type.entity;
  const min = fanout.kind === 'between' ? fanout.min : 0;
  const max = field.unique ? 1 : fanout.kind === 'between' ? fanout.max : Infinity;
  const out: CoverageTarget[] = [];
  const of = `a ${parent} row`;
  if (min === 0)
    out.push(target(entity, field, 'parent-without-children', `: ${of} that no ${entity.name} references`));
  if (min <= 1 && max >= 1)
    out.push(
      target(entity, field, 'parent-with-one-child', `: ${of} that exactly one ${entity.name} references`),
    );
  if (max >= 2)
    out.push(
      target(
        entity,
        field,
        'parent-with-several-children',
        `: ${of} that several ${entity.name} rows reference`,
      ),
    );
  return out;
}

/**
 * Whether a field's value hits a value target (every kind but the parent cardinalities, which need the whole
 * dataset). `present` is false when the key is absent.
 */
export function hitsTarget(t: CoverageTarget, present: boolean, value: unknown): boolean {
  switch (t.kind) {
    case 'absent':
      return !present;
    case 'null':
      return present && value === null;
    case 'shortest':
    case 'longest':
      return typeof value === 'string' && [...value].length === t.value;
    case 'earliest':
    case 'latest':
      return typeof value === 'string' && sameInstant(value, t.value as string);
    case 'parent-without-children':
    case 'parent-with-one-child':
    case 'parent-with-several-children':
      return false;
    default:
      return present && value === t.value;
  }
}

/** Dates compare as days, date-times as instants (`2024-01-01T01:00:00+01:00` is `2024-01-01T00:00:00Z`). */
function sameInstant(a: string, b: string): boolean {
  if (a.length === 10 || b.length === 10) {
    const [x, y] = [parseDate(a), parseDate(b)];
    return 'days' in x && 'days' in y && x.days === y.days;
  }
  const [x, y] = [parseDateTime(a), parseDateTime(b)];
  return 'seconds' in x && 'seconds' in y && x.seconds === y.seconds;
}
