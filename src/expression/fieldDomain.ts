/**
 * @module The values a field can hold as rules see them, and how comparisons narrow them: an interval for
 * ordered fields (integers, numbers on their decimal grid, dates as days, instants as milliseconds) or a set
 * of choices (enum values, booleans, any string), each perhaps also null. Domains only ever shrink, so an
 * empty one proves that no record within the field's type passes every comparison that shrank it.
 */
import { formatDate, formatDateTime, parseDate, parseDateTime } from '../model/calendar.js';
import type { Field, FieldType, Model } from '../model/model.js';

interface Nullability {
  /** Whether null (a null or absent value) is still possible. */
  readonly nullable: boolean;
  /** Whether a non-null value is still possible (false once a rule requires `field == null`). */
  readonly valued: boolean;
}

/** An ordered field, each value a JS number: the integer or number, days since 1970 of a date, epoch ms of an instant. */
export interface RangeDomain extends Nullability {
  readonly kind: 'range';
  readonly unit: 'integer' | 'number' | 'date' | 'datetime';
  readonly lo: number;
  readonly loOpen: boolean;
  readonly hi: number;
  readonly hiOpen: boolean;
  /** Values are whole multiples of `1 / scale` (1 for integers and days, 100 for `2dec`); any real when null. */
  readonly scale: number | null;
  readonly excluded: readonly number[];
}

/** A field compared only for equality: an enum, a boolean, or any string. */
export interface ChoiceDomain extends Nullability {
  readonly kind: 'choice';
  readonly unit: 'enum' | 'boolean' | 'string';
  /** The values still possible, or null for any string. */
  readonly allowed: readonly (string | boolean)[] | null;
  readonly excluded: readonly (string | boolean)[];
}

export type FieldDomain = RangeDomain | ChoiceDomain;

/** One comparison of a field with a constant, already in the domain's units. */
export type Constraint =
  | { readonly op: '<' | '<=' | '>' | '>=' | '==' | '!='; readonly value: number | string | boolean }
  | { readonly op: 'null' }
  | { readonly op: 'not null' };

const ANY_VALUE: Nullability = { nullable: false, valued: true };

function range(
  unit: RangeDomain['unit'],
  lo: number | null,
  hi: number | null,
  scale: number | null,
): RangeDomain {
  const [lower, upper] = [lo ?? -Infinity, hi ?? Infinity];
  return {
    kind: 'range',
    unit,
    lo: lower,
    loOpen: false,
    hi: upper,
    hiOpen: false,
    scale,
    excluded: [],
    ...ANY_VALUE,
  };
}

function choice(unit: ChoiceDomain['unit'], allowed: ChoiceDomain['allowed']): ChoiceDomain {
  return { kind: 'choice', unit, allowed, excluded: [], ...ANY_VALUE };
}

const milliseconds = (text: string | null): number | null => {
  const parsed = text === null ? null : parseDateTime(text);
  return parsed && 'seconds' in parsed ? parsed.seconds * 1000 : null;
};

const days = (text: string | null): number | null => {
  const parsed = text === null ? null : parseDate(text);
  return parsed && 'days' in parsed ? parsed.days : null;
};

function typeDomain(model: Model, type: FieldType, depth: number): FieldDomain | null {
  switch (type.kind) {
    case 'integer':
      return range('integer', type.min, type.max, 1);
    case 'number':
      return range('number', type.min, type.max, type.decimals === null ? null : 10 ** type.decimals);
    case 'date':
      return range('date', days(type.min), days(type.max), 1);
    case 'datetime':
      return range('datetime', milliseconds(type.min), milliseconds(type.max), null);
    case 'enum':
      return choice('enum', type.values);
    case 'boolean':
      return choice('boolean', [true, false]);
    case 'string':
      return choice('string', null);
    case 'fk': {
      // A reference holds one of the target's keys, so it lies within the target field's type.
      const target = model.entities
        .find((e) => e.name === type.entity)
        ?.fields.find((f) => f.name === type.field);
      return target && depth < 8 ? typeDomain(model, target.type, depth + 1) : null;
    }
    case 'json':
    case 'derived':
    case 'aggregate':
      return null;
  }
}

/**
 * What a field's declaration allows, or null for fields whose values rules cannot reason about (json, derived,
 * aggregate).
 * @example declaredDomain(model, quantity) // { kind: 'range', unit: 'integer', lo: 1, hi: 5, scale: 1, … }
 */
export function declaredDomain(model: Model, field: Field): FieldDomain | null {
  const domain = typeDomain(model, field.type, 0);
  if (domain === null) return null;
  const nullable = field.nullable > 0 || field.optional > 0 || field.when !== undefined;
  return { ...domain, nullable };
}

const NEGATED = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '==': '!=', '!=': '==' } as const;

/**
 * The comparison that is false exactly where `op` is true, for values that are not null.
 * @example negate('<') // ">="
 */
export function negate(op: keyof typeof NEGATED): keyof typeof NEGATED {
  return NEGATED[op];
}

/**
 * The domain left once a constraint holds. Values must be in the domain's units (numbers for ranges).
 * @example restrict(quantity, { op: '>', value: 3 }) // { lo: 3, loOpen: true, hi: 5, … }
 */
export function restrict(domain: FieldDomain, c: Constraint): FieldDomain {
  if (c.op === 'null') return { ...domain, valued: false };
  if (c.op === 'not null') return { ...domain, nullable: false };
  // Only `!=` holds for null (`null != 3`); any other comparison with null is false or an error.
  if (c.op === '!=') return { ...domain, excluded: [...domain.excluded, c.value] } as FieldDomain;
  const d = { ...domain, nullable: false };
  if (d.kind === 'choice') {
    if (c.op !== '==') return domain; // strings are not ordered here: claim nothing
    const v = c.value as string | boolean;
    return { ...d, allowed: d.allowed === null || d.allowed.includes(v) ? [v] : [] };
  }
  const v = c.value as number;
  let { lo, loOpen, hi, hiOpen } = d;
  if ((c.op === '>' || c.op === '>=' || c.op === '==') && (v > lo || (v === lo && c.op === '>')))
    [lo, loOpen] = [v, c.op === '>'];
  if ((c.op === '<' || c.op === '<=' || c.op === '==') && (v < hi || (v === hi && c.op === '<')))
    [hi, hiOpen] = [v, c.op === '<'];
  return { ...d, lo, loOpen, hi, hiOpen };
}

/**
 * The values two narrowings of the same declared domain have in common.
 * @example intersect(above3, below2) // { lo: 3, loOpen: true, hi: 2, hiOpen: true, … } (empty)
 */
export function intersect(a: FieldDomain, b: FieldDomain): FieldDomain {
  const both = { nullable: a.nullable && b.nullable, valued: a.valued && b.valued };
  if (a.kind === 'choice' || b.kind === 'choice') {
    const [x, y] = [a as ChoiceDomain, b as ChoiceDomain];
    const allowed = x.allowed === null ? y.allowed : x.allowed.filter((v) => y.allowed?.includes(v) ?? true);
    return { ...x, ...both, allowed, excluded: [...x.excluded, ...y.excluded] };
  }
  const lo = a.lo > b.lo || (a.lo === b.lo && a.loOpen) ? a : b;
  const hi = a.hi < b.hi || (a.hi === b.hi && a.hiOpen) ? a : b;
  return {
    ...a,
    ...both,
    lo: lo.lo,
    loOpen: lo.loOpen,
    hi: hi.hi,
    hiOpen: hi.hiOpen,
    excluded: [...a.excluded, ...b.excluded],
  };
}

/** Whether some grid point or real lies in the interval, outside the excluded points. */
function rangeHasValue(d: RangeDomain): boolean {
  const aboveLo = (v: number) => (d.loOpen ? v > d.lo : v >= d.lo);
  const belowHi = (v: number) => (d.hiOpen ? v < d.hi : v <= d.hi);
  if (d.lo > d.hi) return false;
  if (d.scale === null || !Number.isFinite(d.lo) || !Number.isFinite(d.hi)) {
    // An interval of positive length holds infinitely many values (grid points too, when unbounded).
    if (d.lo < d.hi) return true;
    return aboveLo(d.lo) && belowHi(d.hi) && !d.excluded.includes(d.lo);
  }
  const scale = d.scale;
  // Beyond 2^52 grid points, k / scale is no longer exact: claim nothing.
  if (Math.max(Math.abs(d.lo), Math.abs(d.hi)) * scale > 2 ** 52) return true;
  let k = Math.floor(d.lo * scale) - 1;
  for (let step = 0; !aboveLo(k / scale); step++, k++) if (step > 4) return true;
  for (let tried = 0; tried <= d.excluded.length; tried++, k++) {
    const v = k / scale;
    if (!belowHi(v)) return false;
    if (!d.excluded.includes(v)) return true;
  }
  return true;
}

/**
 * Whether no value, not even null, is left.
 * @example isEmpty(restrict(quantity, { op: '==', value: 2.5 })) // true: an integer is never 2.5
 */
export function isEmpty(d: FieldDomain): boolean {
  if (d.nullable) return false;
  if (!d.valued) return true;
  if (d.kind === 'range') return !rangeHasValue(d);
  return d.allowed !== null && d.allowed.every((v) => d.excluded.includes(v));
}

function rangeText(d: RangeDomain): string {
  const show = (v: number): string =>
    d.unit === 'date' ? formatDate(v) : d.unit === 'datetime' ? formatDateTime(v / 1000) : String(v);
  const noun = { integer: 'an integer', number: 'a number', date: 'a date', datetime: 'a datetime' }[d.unit];
  const grid =
    d.unit === 'number' && d.scale !== null
      ? ` with at most ${Math.round(Math.log10(d.scale))} decimals`
      : '';
  const [lo, hi] = [Number.isFinite(d.lo), Number.isFinite(d.hi)];
  if (lo && hi) return `${noun} from ${show(d.lo)} to ${show(d.hi)}${grid}`;
  if (lo) return `${noun} of at least ${show(d.lo)}${grid}`;
  if (hi) return `${noun} of at most ${show(d.hi)}${grid}`;
  return `${noun}${grid}`;
}

/**
 * A field's declared domain in words, for messages.
 * @example describeDomain(declaredDomain(model, quantity)) // "an integer from 1 to 5"
 * @example describeDomain(declaredDomain(model, status))   // "one of PAID, PENDING, or null"
 */
export function describeDomain(d: FieldDomain): string {
  const text =
    d.kind === 'range'
      ? rangeText(d)
      : d.unit === 'enum'
        ? `one of ${(d.allowed ?? []).join(', ')}`
        : d.unit === 'boolean'
          ? 'true or false'
          : 'a string';
  return d.nullable ? `${text}, or null` : text;
}
