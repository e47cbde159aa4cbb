/**
 * @module Finds rules that no record can satisfy (`quantity > 3 && quantity < 2`, `status == 'SHIPPED'` for an
 * enum without SHIPPED), so a contradictory contract fails when it loads rather than on every record.
 *
 * Sound by construction: the rule's CEL syntax tree is read as a set of "boxes" — each field's values narrowed by
 * the comparisons of one way the rule could be true — that covers every record making it true. Anything not
 * understood (arithmetic, functions, two fields compared, macros) narrows nothing, so a rule is only refused when
 * every box has a field left with no value its type allows.
 */
import type { ASTNode } from '@marcbachmann/cel-js';
import type { Entity, Model } from '../model/model.js';
import { parseDate, parseDateTime } from '../model/calendar.js';
import { expressionEnvironment } from './expressionEnvironment.js';
import {
  declaredDomain,
  describeDomain,
  intersect,
  isEmpty,
  negate,
  restrict,
  type Constraint,
  type FieldDomain,
} from './fieldDomain.js';

/** One way for a rule to hold: the fields it narrows (others keep their declared domain). */
type Box = ReadonlyMap<string, FieldDomain>;

/** Boxes covering every record that makes an expression true (or false); `culprits` emptied the boxes dropped. */
interface Cover {
  readonly boxes: readonly Box[];
  readonly culprits: ReadonlySet<string>;
}

const ANY: Cover = { boxes: [new Map()], culprits: new Set() };
const NONE: Cover = { boxes: [], culprits: new Set() };
/** Past this many boxes the cover gives up (stays sound: ANY covers everything). */
const MAX_BOXES = 64;

function either(a: Cover, b: Cover): Cover {
  const boxes = [...a.boxes, ...b.boxes];
  return boxes.length > MAX_BOXES ? ANY : { boxes, culprits: new Set([...a.culprits, ...b.culprits]) };
}

function both(a: Cover, b: Cover): Cover {
  if (a.boxes.length * b.boxes.length > MAX_BOXES) return ANY;
  const culprits = new Set([...a.culprits, ...b.culprits]);
  const boxes: Box[] = [];
  for (const x of a.boxes) {
    next: for (const y of b.boxes) {
      const box = new Map(x);
      for (const [field, domain] of y) {
        const met = box.has(field) ? intersect(box.get(field) as FieldDomain, domain) : domain;
        if (isEmpty(met)) {
          culprits.add(field);
          continue next;
        }
        box.set(field, met);
      }
      boxes.push(box);
    }
  }
  return { boxes, culprits };
}

type Literal =
  | { readonly type: 'int' | 'double' | 'timestamp'; readonly value: number }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'null'; readonly value: null };

/** RFC 3339 as `timestamp()` reads it, with at most millisecond precision (what a Date holds exactly). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

function literalOf(node: ASTNode): Literal | null {
  if (node.op === 'value') {
    const v = node.args;
    if (typeof v === 'bigint')
      return Number.isSafeInteger(Number(v)) ? { type: 'int', value: Number(v) } : null;
    if (typeof v === 'number') return Number.isFinite(v) ? { type: 'double', value: v } : null;
    if (typeof v === 'string') return { type: 'string', value: v };
    if (typeof v === 'boolean') return { type: 'bool', value: v };
    if (v === null) return { type: 'null', value: null };
    return null;
  }
  if (node.op === '-_') {
    const inner = literalOf(node.args);
    return inner && (inner.type === 'int' || inner.type === 'double')
      ? { type: inner.type, value: -inner.value }
      : null;
  }
  if (node.op === 'call' && node.args[0] === 'timestamp' && node.args[1].length === 1) {
    const text = literalOf(node.args[1][0] as ASTNode);
    const m = text?.type === 'string' ? INSTANT.exec(text.value) : null;
    const parsed = m ? parseDateTime(m[0]) : null;
    if (!m || !parsed || !('seconds' in parsed)) return null;
    return {
      type: 'timestamp',
      value: parsed.seconds * 1000 + Number((m[1] ?? '.0').slice(1).padEnd(3, '0')),
    };
  }
  return null;
}

/** A constant in the units of a field's domain, or null when they do not compare in a way understood here. */
function valueIn(domain: FieldDomain, literal: Literal): number | string | boolean | null {
  switch (domain.unit) {
    case 'integer':
    case 'number':
      return literal.type === 'int' || literal.type === 'double' ? literal.value : null;
    case 'date': {
      // Dates are YYYY-MM-DD text in rules: text order is date order against another such date.
      const parsed = literal.type === 'string' ? parseDate(literal.value) : null;
      return parsed && 'days' in parsed ? parsed.days : null;
    }
    case 'datetime':
      return literal.type === 'timestamp' ? literal.value : null;
    case 'boolean':
      return literal.type === 'bool' ? literal.value : null;
    case 'enum':
    case 'string':
      return literal.type === 'string' ? literal.value : null;
  }
}

type Comparison = '<' | '<=' | '>' | '>=' | '==' | '!=';
const FLIPPED = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' } as const;

class Analysis {
  private readonly domains = new Map<string, FieldDomain>();

  constructor(model: Model, entity: Entity) {
    for (const field of entity.fields) {
      const domain = declaredDomain(model, field);
      if (domain) this.domains.set(field.name, domain);
    }
  }

  /** The field's domain narrowed by every constraint, as a one-box cover (none when nothing is left). */
  private narrowed(field: string, constraints: readonly Constraint[]): Cover {
    let domain = this.domains.get(field) as FieldDomain;
    for (const c of constraints) domain = restrict(domain, c);
    return isEmpty(domain)
      ? { boxes: [], culprits: new Set([field]) }
      : { boxes: [new Map([[field, domain]])], culprits: new Set() };
  }

  private fieldOf(node: ASTNode): FieldDomain | null {
    return node.op === 'id' ? (this.domains.get(node.args) ?? null) : null;
  }

  /** Covers the records on which `node` evaluates to `want` (not to an error, not to another value). */
  cover(node: ASTNode, want: boolean): Cover {
    switch (node.op) {
      case '&&': {
        const [a, b] = [this.cover(node.args[0], want), this.cover(node.args[1], want)];
        return want ? both(a, b) : either(a, b);
      }
      case '||': {
        const [a, b] = [this.cover(node.args[0], want), this.cover(node.args[1], want)];
        return want ? either(a, b) : both(a, b);
      }
      case '!_':
        return this.cover(node.args, !want);
      case '?:': {
        const [test, then, otherwise] = node.args;
        return either(
          both(this.cover(test, true), this.cover(then, want)),
          both(this.cover(test, false), this.cover(otherwise, want)),
        );
      }
      case 'value':
        return typeof node.args === 'boolean' ? (node.args === want ? ANY : NONE) : ANY;
      case 'id': {
        const domain = this.fieldOf(node);
        return domain?.unit === 'boolean' ? this.narrowed(node.args, [{ op: '==', value: want }]) : ANY;
      }
      case '<':
      case '<=':
      case '>':
      case '>=':
      case '==':
      case '!=':
        return this.comparison(node.op, node.args[0], node.args[1], want);
      case 'in':
        return this.membership(node.args[0], node.args[1], want);
      default:
        return ANY;
    }
  }

  private comparison(op: Comparison, left: ASTNode, right: ASTNode, want: boolean): Cover {
    const [field, constant, cmp] =
      left.op === 'id'
        ? [left, right, op]
        : right.op === 'id'
          ? [right, left, FLIPPED[op]]
          : [null, null, op];
    const domain = field && this.fieldOf(field);
    const literal = constant && literalOf(constant);
    if (!field || !domain || !literal) return ANY;
    const holds = want ? cmp : negate(cmp);
    if (literal.type === 'null') {
      if (holds === '==') return this.narrowed(field.args as string, [{ op: 'null' }]);
      if (holds === '!=') return this.narrowed(field.args as string, [{ op: 'not null' }]);
      return ANY;
    }
    const value = valueIn(domain, literal);
    if (value === null || (domain.kind === 'choice' && holds !== '==' && holds !== '!=')) return ANY;
    return this.narrowed(field.args as string, [{ op: holds, value }]);
  }

  private membership(item: ASTNode, list: ASTNode, want: boolean): Cover {
    const domain = this.fieldOf(item);
    if (!domain || list.op !== 'list') return ANY;
    const values = list.args.map((node) => {
      const literal = literalOf(node);
      return literal && valueIn(domain, literal);
    });
    if (values.some((v) => v === null || v === undefined)) return ANY;
    const name = item.args as string;
    const all = values as (number | string | boolean)[];
    // `null in [..]` is false: a null field is outside every list.
    if (!want)
      return this.narrowed(
        name,
        all.map((value) => ({ op: '!=', value })),
      );
    return all.reduce<Cover>(
      (cover, value) => either(cover, this.narrowed(name, [{ op: '==', value }])),
      NONE,
    );
  }
}

/**
 * Why no record within its entity's field types can make a rule true, or null when one might (or when the rule
 * is beyond what this analysis understands). Expects a rule that type-checks.
 * @example unsatisfiableReason(model, order, 'quantity > 3 && quantity < 2')
 * // "no value of quantity (an integer from 1 to 5) satisfies it"
 * @example unsatisfiableReason(model, order, "status != 'REFUNDED' || total_eur > 0") // null
 */
export function unsatisfiableReason(model: Model, entity: Entity, expression: string): string | null {
  let ast: ASTNode;
  try {
    ast = expressionEnvironment(model, entity).parse(expression).ast;
  } catch {
    return null;
  }
  const analysis = new Analysis(model, entity);
  const cover = analysis.cover(ast, true);
  if (cover.boxes.length > 0) return null;
  const culprits = entity.fields.filter((f) => cover.culprits.has(f.name));
  const named = culprits.map((f) => `${f.name} (${describeDomain(declaredDomain(model, f) as FieldDomain)})`);
  if (named.length === 0) return 'it is false whatever the values of the fields';
  if (named.length === 1) return `no value of ${named[0]} satisfies it`;
  return `no values of ${named.slice(0, -1).join(', ')} and ${named.at(-1)} satisfy it`;
}
