/**
 * @module What the two fast expression paths (fastExpression.ts, generatedExpression.ts) share: the hand-over
 * to CEL, the checks they make on numbers before CEL and JavaScript could part, and the reading of literals.
 */

/** Thrown by a fast closure to hand the record to the CEL evaluator. */
export const FALLBACK: unique symbol = Symbol('evaluate with CEL');

/** Hands the evaluation to CEL. */
export function fallback(): never {
  throw FALLBACK;
}

/** A number, else CEL decides (a null or missing input). */
export function num(v: unknown): number {
  return typeof v === 'number' ? v : fallback();
}

/** An int result: exact (else CEL decides), and never -0, which CEL's integers do not have. */
export function exactInt(n: number): number {
  return Number.isSafeInteger(n) ? n + 0 : fallback();
}

export type FastType = 'int' | 'double' | 'string' | 'bool' | 'null';

/** A literal of the parsed tree as a JavaScript value and its CEL type; null for an int beyond 2^53 and others. */
export function literalOf(v: unknown): { readonly type: FastType; readonly value: unknown } | null {
  if (typeof v === 'bigint') {
    const n = Number(v);
    return Number.isSafeInteger(n) ? { type: 'int', value: n } : null;
  }
  if (typeof v === 'number') return { type: 'double', value: v };
  if (typeof v === 'string') return { type: 'string', value: v };
  if (typeof v === 'boolean') return { type: 'bool', value: v };
  if (v === null) return { type: 'null', value: null };
  return null;
}

const SIMPLE: ReadonlySet<string> = new Set(['int', 'double', 'string', 'bool']);

/** A variable's or parent field's static CEL type, where the fast paths handle it. */
export function simpleType(type: string | undefined): 'int' | 'double' | 'string' | 'bool' | null {
  return type !== undefined && SIMPLE.has(type) ? (type as 'int' | 'double' | 'string' | 'bool') : null;
}

/** A `parent.field` node (`customer.country`): the alias, the field and its type; null for anything else. */
export function parentMember(
  args: unknown,
  member: (alias: string, field: string) => string | undefined,
): {
  readonly alias: string;
  readonly field: string;
  readonly type: 'int' | 'double' | 'string' | 'bool';
} | null {
  const [target, field] = args as [{ readonly op: string; readonly args: unknown }, string];
  if (target.op !== 'id') return null;
  const alias = target.args as string;
  const type = simpleType(member(alias, field));
  return type ? { alias, field, type } : null;
}
