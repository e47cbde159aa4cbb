/**
 * @module What a contract's derivations, conditions and field bounds promise, as rules `fixtura validate`
 * checks on any dataset: a derived field equals its expression, a conditional field is absent when its
 * condition is false, a date bounded by a sibling or by its parent row's field respects it (the parent row is
 * looked up across files, see validate/crossEntity.ts). Aggregates over children are checked there too.
 */
import type { Entity, Field, Model, Rule } from '../model/model.js';
import { parentAliases } from './parentReferences.js';

/** A field that may be null or absent (typed `dyn` in expressions, so `== null` type-checks). */
function mayBeEmpty(f: Field): boolean {
  return f.nullable > 0 || f.optional > 0 || f.when !== undefined || f.type.kind === 'derived';
}

/** `name == null || ` for a field that may be empty, nothing for one that cannot. */
function unlessEmpty(f: Field | undefined): string {
  return f && mayBeEmpty(f) ? `${f.name} == null || ` : '';
}

export function impliedRules(model: Model, entity: Entity): Rule[] {
  const rules: Rule[] = [];
  for (const f of entity.fields) {
    const type = f.type;
    if (type.kind === 'derived') {
      // A derived field is read with its expression's type (a derived instant as a timestamp, compileRule.ts).
      rules.push({
        name: `derive:${f.name}`,
        expression: `${f.name} == null || ${f.name} == (${type.expression})`,
      });
    }
    if (f.when !== undefined)
      rules.push({ name: `when:${f.name}`, expression: `(${f.when}) || ${f.name} == null` });
    if (type.kind === 'date' || type.kind === 'datetime') {
      for (const [path, op, offset] of [
        [type.minField, '>=', type.minOffset ?? 0],
        [type.maxField, '<=', type.maxOffset ?? 0],
      ] as const) {
        if (path === undefined) continue;
        const compare = (other: string, kind: 'date' | 'datetime'): string =>
          kind === type.kind
            ? comparison(type.kind, f.name, op, other, offset)
            : mixedComparison(type.kind, f.name, op, other, offset);
        const [first, second] = path.split('.') as [string, string | undefined];
        if (second === undefined) {
          const other = entity.fields.find((x) => x.name === path);
          const otherKind = temporalKind(other);
          if (!otherKind) continue;
          rules.push({
            name: `bound:${f.name}`,
            expression: `${unlessEmpty(f)}${unlessEmpty(other)}${compare(path, otherKind)}`,
          });
          continue;
        }
        // Through a foreign key (`customer_id.created_at`): read as the parent row's field.
        const link = parentAliases(entity).find((a) => a.fk.name === first);
        const parent = model.entities.find((e) => e.name === link?.fk.type.entity);
        const other = parent?.fields.find((x) => x.name === second);
        const otherKind = temporalKind(other);
        if (!link || !otherKind) continue;
        const theirs = `${link.alias}.${second}`;
        rules.push({
          name: `bound:${f.name}`,
          expression: `${unlessEmpty(f)}${other && mayBeEmpty(other) ? `${theirs} == null || ` : ''}${compare(theirs, otherKind)}`,
        });
      }
    }
  }
  return rules;
}

/**
 * `mine op other`, moved by an offset (days for dates, seconds for date-times). Dates are `YYYY-MM-DD` text in
 * CEL, which orders like the dates but has no arithmetic: with an offset both become midnight timestamps.
 * @example comparison('date', 'returned_on', '<=', 'loaned_on', 30)
 * // "timestamp(returned_on + 'T00:00:00Z') <= timestamp(loaned_on + 'T00:00:00Z') + duration('2592000s')"
 */
function comparison(
  kind: 'date' | 'datetime',
  mine: string,
  op: string,
  other: string,
  offset: number,
): string {
  if (offset === 0) return `${mine} ${op} ${other}`;
  const seconds = kind === 'date' ? offset * 86400 : offset;
  const shift = `${seconds < 0 ? '-' : '+'} duration('${Math.abs(seconds)}s')`;
  if (kind === 'datetime') return `${mine} ${op} ${other} ${shift}`;
  const midnight = (d: string): string => `timestamp(${d} + 'T00:00:00Z')`;
  return `${midnight(mine)} ${op} ${midnight(other)} ${shift}`;
}

/** A bounding field's kind when it is a date or a date-time (the only bounds the DSL accepts), else null. */
function temporalKind(f: Field | undefined): 'date' | 'datetime' | null {
  return f?.type.kind === 'date' || f?.type.kind === 'datetime' ? f.type.kind : null;
}

/** ` + duration('Ns')`, ` - duration('Ns')`, or nothing for no shift. */
function shift(seconds: number): string {
  if (seconds === 0) return '';
  return ` ${seconds < 0 ? '-' : '+'} duration('${Math.abs(seconds)}s')`;
}

/**
 * A date bounded by a date-time, or the reverse, compared as generation places them (rowBoundedDomain,
 * rowBound.ts's instantOf; docs/contract-dsl.md): a date-time bounding a date counts as its UTC calendar
 * day, so `due_on >= placed_at` holds on the day of `placed_at`, whatever its time; a date bounding a
 * date-time counts as that day's midnight, UTC. The offset is in the bounded field's unit (days for a date).
 * The day of a timestamp has no CEL function, so the date's side is rewritten exactly: for a day number D and
 * seconds T, `D >= floor(T / 86400) + k` is `T < (D - k + 1) * 86400` and `D <= floor(T / 86400) + k` is
 * `(D - k) * 86400 <= T`.
 * @example mixedComparison('date', 'due_on', '<=', 'placed_at', 30)
 * // "timestamp(due_on + 'T00:00:00Z') - duration('2592000s') <= placed_at"
 */
function mixedComparison(
  kind: 'date' | 'datetime',
  mine: string,
  op: '>=' | '<=',
  other: string,
  offset: number,
): string {
  const midnight = (d: string): string => `timestamp(${d} + 'T00:00:00Z')`;
  if (kind === 'datetime') return `${mine} ${op} ${midnight(other)}${shift(offset)}`;
  if (op === '>=') return `${other} < ${midnight(mine)}${shift((1 - offset) * 86400)}`;
  return `${midnight(mine)}${shift(-offset * 86400)} <= ${other}`;
}
