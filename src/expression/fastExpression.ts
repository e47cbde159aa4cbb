/**
 * @module A fast path for the expressions the engine evaluates on every row (`derive(...)`, `when:`): the
 * parsed CEL tree turned into plain JavaScript closures over the record, for the part of CEL that derive and
 * conditions mostly use — numbers, text and booleans, arithmetic, comparisons, `&&`/`||`/`!`, `?:`, `in` a
 * list, a parent row's field, `round`, `double` and `int`.
 *
 * It never decides anything CEL would decide differently: wherever the two could part (a null or missing
 * value, an integer beyond 2^53, a division by zero, a type it did not expect), a closure throws FALLBACK and
 * the caller evaluates the expression with CEL itself. An expression using anything else is not compiled.
 */

import { exactInt, FALLBACK, fallback, literalOf, num, parentMember, simpleType } from './fastFallback.js';
import { generateFast } from './generatedExpression.js';

export { FALLBACK, fallback } from './fastFallback.js';

/**
 * How the closures reach their inputs — a record (validation) or a row number (the engine), whatever the
 * readers take: each variable's and parent field's static CEL type (`int`, `double`,
 * `string`, `bool`, or other), and a reader for its value.
 */
export interface FastAccess<I> {
  readonly variable: (name: string) => string | undefined;
  readonly member: (alias: string, field: string) => string | undefined;
  readonly read: (name: string) => (input: I) => unknown;
  /** Throws FALLBACK (see `fallback`) when the row has no parent. */
  readonly readMember: (alias: string, field: string) => (input: I) => unknown;
  /**
   * Optionally, where every input has its parent: the parent row of an input and the field's reader of a
   * row, which generated code composes itself (generatedExpression.ts).
   */
  readonly memberOfRow?: (
    alias: string,
    field: string,
  ) => { readonly parentRow: (input: I) => number; readonly read: (row: number) => unknown } | undefined;
}

export interface Node {
  readonly op: string;
  readonly args: unknown;
}

interface Compiled {
  readonly type: 'int' | 'double' | 'string' | 'bool' | 'null';
  readonly run: (input: unknown) => unknown;
}

/** The fast closure, handing over to the CEL evaluator where it throws FALLBACK; CEL alone without one. */
export function withFallback<I>(
  fast: ((input: I) => unknown) | null,
  cel: (input: I) => unknown,
): (input: I) => unknown {
  if (!fast) return cel;
  return (input) => {
    try {
      return fast(input);
    } catch (error) {
      if (error !== FALLBACK) throw error;
      return cel(input);
    }
  };
}

/**
 * The function for a parsed CEL expression, or null when it uses something outside the fast subset: generated
 * code where generatedExpression.ts covers the expression, else these closures.
 */
export function compileFast<I>(ast: unknown, access: FastAccess<I>): ((input: I) => unknown) | null {
  return generateFast(ast, access) ?? compileFastClosures(ast, access);
}

/**
 * The expression as closures, one per node: the reference the generated code is tested against, and the
 * path for what the generator leaves out.
 */
export function compileFastClosures<I>(ast: unknown, access: FastAccess<I>): ((input: I) => unknown) | null {
  try {
    const compiled = walk(ast as Node, access as FastAccess<unknown>);
    return compiled ? (compiled.run as (input: I) => unknown) : null;
  } catch {
    return null;
  }
}

function walk(node: Node, types: FastAccess<unknown>): Compiled | null {
  const args = node.args as unknown[];
  switch (node.op) {
    case 'value': {
      const literal = literalOf(node.args);
      if (!literal) return null;
      const { value } = literal;
      return { type: literal.type, run: () => value };
    }
    case 'id': {
      const name = node.args as string;
      const type = simpleType(types.variable(name));
      return type && { type, run: typed(type, types.read(name)) };
    }
    case '.': {
      const m = parentMember(node.args, types.member);
      return m && { type: m.type, run: typed(m.type, types.readMember(m.alias, m.field)) };
    }
    case '!_': {
      const inner = walk(node.args as Node, types);
      if (inner?.type !== 'bool') return null;
      const run = inner.run;
      return { type: 'bool', run: (r) => !run(r) };
    }
    case '-_': {
      const inner = walk(node.args as Node, types);
      if (inner?.type !== 'int' && inner?.type !== 'double') return null;
      const run = inner.run;
      return inner.type === 'int'
        ? { type: 'int', run: (r) => exactInt(-num(run(r))) }
        : { type: 'double', run: (r) => -num(run(r)) };
    }
    case '&&':
    case '||':
      return logical(node.op, args as [Node, Node], types);
    case '?:': {
      const [c, a, b] = (args as Node[]).map((n) => walk(n, types));
      if (c?.type !== 'bool' || !a || !b || a.type !== b.type) return null;
      const [test, yes, no] = [c.run, a.run, b.run];
      return { type: a.type, run: (r) => (test(r) ? yes(r) : no(r)) };
    }
    case 'in': {
      const [item, list] = args as [Node, Node];
      const left = walk(item, types);
      if (list.op !== 'list' || !left || left.type === 'null') return null;
      const values = (list.args as Node[]).map((n) => walk(n, types));
      if (values.some((v) => v?.type !== left.type || !['int', 'string', 'bool'].includes(v.type)))
        return null;
      const constants = new Set(values.map((v) => (v as Compiled).run(undefined as never)));
      const run = left.run;
      return { type: 'bool', run: (r) => constants.has(run(r)) };
    }
    case 'call':
      return call(args as [string, Node[]], types);
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return arithmetic(node.op, args as [Node, Node], types);
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return comparison(node.op, args as [Node, Node], types);
    default:
      return null;
  }
}

/** Reads a variable and checks it has the type CEL expects; anything else (null included) goes to CEL. */
function typed(type: string, read: (input: unknown) => unknown): (input: unknown) => unknown {
  switch (type) {
    case 'int':
      return (r) => {
        const v = read(r);
        return typeof v === 'number' && Number.isSafeInteger(v) ? v : fallback();
      };
    case 'double':
      return (r) => {
        const v = read(r);
        return typeof v === 'number' ? v : fallback();
      };
    case 'string':
      return (r) => {
        const v = read(r);
        return typeof v === 'string' ? v : fallback();
      };
    default:
      return (r) => {
        const v = read(r);
        return typeof v === 'boolean' ? v : fallback();
      };
  }
}

/** CEL's `&&` and `||` are commutative over errors: `error || true` is true, so both sides may be needed. */
function logical(op: '&&' | '||', [a, b]: [Node, Node], types: FastAccess<unknown>): Compiled | null {
  const [left, right] = [walk(a, types), walk(b, types)];
  if (left?.type !== 'bool' || right?.type !== 'bool') return null;
  const [l, rr] = [left.run, right.run];
  const decisive = op === '||';
  return {
    type: 'bool',
    run: (r) => {
      let failed = false;
      try {
        if (l(r) === decisive) return decisive;
      } catch (e) {
        if (e !== FALLBACK) throw e;
        failed = true;
      }
      if (rr(r) === decisive) return decisive;
      return failed ? fallback() : !decisive;
    },
  };
}

function arithmetic(op: string, [a, b]: [Node, Node], types: FastAccess<unknown>): Compiled | null {
  const [left, right] = [walk(a, types), walk(b, types)];
  if (!left || !right) return null;
  const numeric = (t: string) => t === 'int' || t === 'double';
  if (op === '+' && left.type === 'string' && right.type === 'string') {
    const [l, rr] = [left.run, right.run];
    return { type: 'string', run: (r) => (l(r) as string) + (rr(r) as string) };
  }
  if (!numeric(left.type) || !numeric(right.type)) return null;
  const [l, rr] = [left.run, right.run];
  if (left.type === 'int' && right.type === 'int') {
    switch (op) {
      case '+':
        return { type: 'int', run: (r) => exactInt(num(l(r)) + num(rr(r))) };
      case '-':
        return { type: 'int', run: (r) => exactInt(num(l(r)) - num(rr(r))) };
      case '*':
        return { type: 'int', run: (r) => exactInt(num(l(r)) * num(rr(r))) };
      case '/':
        return {
          type: 'int',
          run: (r) => {
            const d = num(rr(r));
            return d === 0 ? fallback() : exactInt(Math.trunc(num(l(r)) / d));
          },
        };
      default: {
        return {
          type: 'int',
          run: (r) => {
            const d = num(rr(r));
            return d === 0 ? fallback() : exactInt(num(l(r)) % d);
          },
        };
      }
    }
  }
  // A double on either side: the environment's mixed operators compute in doubles too.
  switch (op) {
    case '+':
      return { type: 'double', run: (r) => num(l(r)) + num(rr(r)) };
    case '-':
      return { type: 'double', run: (r) => num(l(r)) - num(rr(r)) };
    case '*':
      return { type: 'double', run: (r) => num(l(r)) * num(rr(r)) };
    case '/':
      return {
        type: 'double',
        run: (r) => {
          const d = num(rr(r));
          return d === 0 ? fallback() : num(l(r)) / d;
        },
      };
    default:
      return null;
  }
}

function comparison(op: string, [a, b]: [Node, Node], types: FastAccess<unknown>): Compiled | null {
  const [left, right] = [walk(a, types), walk(b, types)];
  if (!left || !right) return null;
  const numeric = (t: string) => t === 'int' || t === 'double';
  const [l, rr] = [left.run, right.run];
  if (op === '==' || op === '!=') {
    const same = left.type === right.type || (numeric(left.type) && numeric(right.type));
    if (!same || left.type === 'null') return null;
    return op === '=='
      ? { type: 'bool', run: (r) => l(r) === rr(r) }
      : { type: 'bool', run: (r) => l(r) !== rr(r) };
  }
  // Ordering: numbers only (text orders by code point in CEL, by UTF-16 unit in JavaScript).
  if (!numeric(left.type) || !numeric(right.type) || left.type !== right.type) return null;
  switch (op) {
    case '<':
      return { type: 'bool', run: (r) => num(l(r)) < num(rr(r)) };
    case '<=':
      return { type: 'bool', run: (r) => num(l(r)) <= num(rr(r)) };
    case '>':
      return { type: 'bool', run: (r) => num(l(r)) > num(rr(r)) };
    default:
      return { type: 'bool', run: (r) => num(l(r)) >= num(rr(r)) };
  }
}

function call([name, params]: [string, Node[]], types: FastAccess<unknown>): Compiled | null {
  const args = params.map((p) => walk(p, types));
  if (args.some((a) => a === null)) return null;
  const [x, y] = args as Compiled[];
  if (name === 'double' && args.length === 1 && (x?.type === 'int' || x?.type === 'double')) {
    const run = x.run;
    return { type: 'double', run };
  }
  if (name === 'round' && args.length === 2 && x?.type === 'double' && y?.type === 'int') {
    // The same arithmetic as the `round(double, int)` the environment registers.
    const [v, d] = [x.run, y.run];
    const places = params[1] as Node;
    if (places.op === 'value') {
      // A literal number of places (the usual case): its scale is computed once.
      const scale = 10 ** num(d(undefined));
      return { type: 'double', run: (r) => Math.round(num(v(r)) * scale) / scale };
    }
    return {
      type: 'double',
      run: (r) => {
        const scale = 10 ** num(d(r));
        return Math.round(num(v(r)) * scale) / scale;
      },
    };
  }
  if (name === 'round' && args.length === 1 && x?.type === 'double') {
    const v = x.run;
    return { type: 'int', run: (r) => exactInt(Math.round(num(v(r)))) };
  }
  return null;
}
