/**
 * @module Where a derive cannot give a value, as the contract's types show it: an input that may be null or
 * absent (a `nullable`, `optional` or `when:` field, a `min`/`max` aggregate, or a parent row behind a
 * reference that may be empty) read where CEL stops on a null — an operand of arithmetic or of an ordering,
 * a conversion's argument, a text method's receiver — on a path every evaluation takes. Such a derive has no
 * value in the rows where that input is empty, so the contract is refused before anything is generated.
 *
 * The check is sound the same way rule satisfiability is: it reports only reads that stop evaluation for
 * certain. Reads under `?:` branches, `&&`, `||` (CEL lets the other side decide), `==`, `!=`, `in` or any
 * function it does not know are taken as guarded; the engine still stops the run, located, on a row where
 * such an expression gives no value (derivedValue.ts).
 */
import { findEntity, type Entity, type Field, type Model } from '../model/model.js';
import { expressionEnvironment } from './expressionEnvironment.js';
import { parentAliases } from './parentReferences.js';

/** An input read where a null stops the expression: its name as written, and its offset in the expression. */
export interface UnguardedRead {
  readonly input: string;
  readonly offset: number;
  /** Why the input can be empty, in words: `nullable`, `optional`, `conditional (when:)`… */
  readonly because: string;
  /** What a guard tests: the field, or the foreign key when the parent row itself may be missing. */
  readonly guard: string;
}

interface Node {
  readonly op: string;
  readonly args: unknown;
  readonly start?: number;
}

/** Operators and functions that stop on a null operand (error, not a value). */
const STRICT_OPERATORS = new Set(['+', '-', '*', '/', '%', '<', '<=', '>', '>=', '-_', '!_']);
const STRICT_FUNCTIONS = new Set(['round', 'double', 'int', 'size', 'timestamp', 'duration']);
const STRICT_METHODS = new Set(['startsWith', 'endsWith', 'contains', 'matches', 'size']);
/** Where a null operand compares (to false or true) instead of stopping: only a missing parent row stops. */
const NULL_TOLERANT = new Set(['==', '!=', 'in']);

/** Why a field can be empty in a row, or null when it always has a value. */
export function emptiness(f: Field): string | null {
  if (f.nullable > 0) return 'nullable';
  if (f.optional > 0) return 'optional';
  if (f.when !== undefined) return 'conditional (when:)';
  if (f.type.kind === 'aggregate' && (f.type.fn === 'min' || f.type.fn === 'max'))
    return `the ${f.type.fn} of children a row may not have`;
  return null;
}

/**
 * The first input an expression reads unguarded although it may be empty, or null when there is none.
 * @example unguardedNull(model, order, 'discount / 2.0') // { input: 'discount', offset: 0, because: 'nullable' } when discount is nullable
 * @example unguardedNull(model, order, 'discount == null ? 0.0 : discount / 2.0') // null
 */
export function unguardedNull(model: Model, entity: Entity, expression: string): UnguardedRead | null {
  let ast: Node;
  try {
    ast = expressionEnvironment(model, entity).parse(expression).ast as Node;
  } catch {
    return null; // not an expression: reported as such where the contract is checked
  }
  const aliases = new Map(parentAliases(entity).map((a) => [a.alias, a.fk]));
  const own = (name: string): Field | undefined => entity.fields.find((f) => f.name === name);

  /** A parent row's field read through an alias: empty where the reference is, or where the field is. */
  const member = (node: Node): UnguardedRead | null => {
    const [target, name] = node.args as [Node, string];
    if (target.op !== 'id' || own(target.args as string)) return strict(target);
    const fk = aliases.get(target.args as string);
    if (!fk) return null;
    const offset = node.start ?? 0;
    const reference = emptiness(fk);
    const input = `${target.args as string}.${name}`;
    if (reference) return { input, offset, because: `${fk.name} is ${reference}`, guard: fk.name };
    const parent = findEntity(model, fk.type.entity);
    const field = parent?.fields.find((f) => f.name === name);
    const why = field && emptiness(field);
    return why ? { input, offset, because: why, guard: input } : null;
  };

  /** A node whose value must not be null: the first empty input it reads on every path. */
  const strict = (node: Node): UnguardedRead | null => {
    switch (node.op) {
      case 'id': {
        const f = own(node.args as string);
        const why = f && emptiness(f);
        return why ? { input: f.name, offset: node.start ?? 0, because: why, guard: f.name } : null;
      }
      case '.':
        return member(node);
      default:
        return evaluated(node);
    }
  };

  /** A node evaluated on every path: the empty inputs its strict operands read. */
  const evaluated = (node: Node): UnguardedRead | null => {
    const args = node.args;
    if (STRICT_OPERATORS.has(node.op)) {
      const operands = Array.isArray(args) ? (args as Node[]) : [args as Node];
      for (const operand of operands) {
        const hit = strict(operand);
        if (hit) return hit;
      }
      return null;
    }
    if (NULL_TOLERANT.has(node.op)) {
      // A null compares; a parent row that is not there stops the comparison.
      for (const operand of args as Node[]) {
        const hit =
          operand.op === '.' ? parentGone(operand) : operand.op === 'id' ? null : evaluated(operand);
        if (hit) return hit;
      }
      return null;
    }
    if (node.op === '?:') return evaluated((args as Node[])[0] as Node);
    if (node.op === 'call') {
      const [name, callArgs] = args as [string, Node[]];
      if (!STRICT_FUNCTIONS.has(name)) return null;
      for (const a of callArgs) {
        const hit = strict(a);
        if (hit) return hit;
      }
      return null;
    }
    if (node.op === 'rcall') {
      const [name, receiver, callArgs] = args as [string, Node, Node[]];
      if (!STRICT_METHODS.has(name)) return null;
      for (const a of [receiver, ...callArgs]) {
        const hit = strict(a);
        if (hit) return hit;
      }
      return null;
    }
    if (node.op === '.') return member(node);
    if (node.op === 'id') return null;
    return null;
  };

  /** A member read whose parent row may be missing (the field itself may be null: that compares). */
  const parentGone = (node: Node): UnguardedRead | null => {
    const [target, name] = node.args as [Node, string];
    if (target.op !== 'id' || own(target.args as string)) return evaluated(target);
    const fk = aliases.get(target.args as string);
    const reference = fk && emptiness(fk);
    return reference
      ? {
          input: `${target.args as string}.${name}`,
          offset: node.start ?? 0,
          because: `${fk.name} is ${reference}`,
          guard: fk.name,
        }
      : null;
  };

  return strict(ast);
}
