/**
 * @module The values the edge profile gives a field, in a fixed order: one per coverage target that is a
 * value (each bound and its nearest inside neighbour, each enum value, true and false, the earliest and latest
 * date, the shortest and longest text, null, absence), then — for free text — the hard strings that fit its
 * length, and a very long text when nothing caps it. Every value is valid against the contract.
 */
import { coverageTargets, type CoverageTarget } from '../../model/coverageTargets.js';
import type { Entity, Field, JsonValue, Model } from '../../model/model.js';
import { jsonEdgeValues } from '../values/jsonValue.js';
import { codePoints, HARD_STRINGS } from './hardStrings.js';
import { MAX_GENERATED_LENGTH } from '../../model/limits.js';

/** A value to write, `null`, or the key left out. */
export type EdgeValue =
  /** A value to write: a scalar, or for a json field any JSON value. */
  | { readonly kind: 'value'; readonly value: Exclude<JsonValue, null> }
  /** The field's own (realistic or unique) value, present even where it would have been null or absent. */
  | { readonly kind: 'present' }
  | { readonly kind: 'null' }
  | { readonly kind: 'absent' };

/** Length of the very long text for free text without a maximum. */
const VERY_LONG = 4096;
const FILLER = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ';

/** Text of exactly n code points. */
export function textOfLength(n: number): string {
  return FILLER.repeat(Math.ceil(n / FILLER.length) + 1).slice(0, n);
}

function fromTarget(t: CoverageTarget): EdgeValue | null {
  switch (t.kind) {
    case 'null':
      return { kind: 'null' };
    case 'absent':
      return { kind: 'absent' };
    case 'shortest':
    case 'longest':
      // A maxLength like 2147483647 is a target no generated value reaches (docs/limits.md).
      if ((t.value as number) > MAX_GENERATED_LENGTH) return null;
      return { kind: 'value', value: textOfLength(t.value as number) };
    case 'parent-without-children':
    case 'parent-with-one-child':
    case 'parent-with-several-children':
      return null; // the reference's rows decide these, not one value
    default:
      return t.value === undefined || t.value === null ? null : { kind: 'value', value: t.value };
  }
}

/**
 * The edge values of a field (empty when it has none: a format, a pattern, a derived value, a reference).
 * @example edgeValues(model, order, quantity) // [1, 2, 4, 5] as values, for integer(>=1,<=5)
 */
export function edgeValues(model: Model, entity: Entity, field: Field): EdgeValue[] {
  const targets = coverageTargets({ ...model, entities: [{ ...entity, fields: [field] }] });
  const values = targets
    .map(fromTarget)
    .filter((v): v is EdgeValue => v !== null)
    // A `when:` field is absent where its condition is false; the edge profile does not force it elsewhere.
    .filter((v) => v.kind !== 'absent' || field.optional > 0);
  const type = field.type;
  if (type.kind === 'json')
    // The schema's own edges: each branch, bound, length and optional key, as `fixtura sample --profile edge`.
    for (const v of jsonEdgeValues(type, model, entity.name, 'fixtura'))
      values.push(v === null ? { kind: 'null' } : { kind: 'value', value: v });
  if (type.kind === 'string' && type.format === null && type.pattern === null) {
    const min = type.minLength ?? 0;
    const max = type.maxLength ?? Infinity;
    for (const { text } of HARD_STRINGS) {
      const n = codePoints(text);
      if (n >= min && n <= max) values.push({ kind: 'value', value: text });
    }
    if (type.maxLength === null)
      values.push({ kind: 'value', value: textOfLength(Math.max(VERY_LONG, min)) });
  }
  return values;
}
