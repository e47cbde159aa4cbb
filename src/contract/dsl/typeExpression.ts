/**
 * @module Parses one field's short-form type expression, e.g. `number(>=0,<=99999,2dec) unique nullable(0.1)`.
 *
 * Problems carry offsets into the expression text; the caller maps them to file positions.
 */
import { BUILT_IN_FORMATS } from '../../model/formatNames.js';
import type { FieldType } from '../../model/model.js';
import { suggest } from '../didYouMean.js';
import { splitArguments, type Argument } from './splitArguments.js';
import { parseTypeArguments } from './typeArguments.js';

/** A problem inside an expression; `offset`/`length` index into the expression text. */
export interface ExpressionProblem {
  readonly offset: number;
  readonly length: number;
  readonly code: string;
  readonly message: string;
  readonly expected: string;
  readonly found: string;
  readonly hint: string;
}

/** A foreign key's target as written, resolved against the other entities later. */
export interface ReferenceText {
  readonly entity: string;
  /** Empty when written `fk(Entity)`: the target is the entity's key. */
  readonly field: string;
  readonly offset: number;
}

export interface ParsedExpression {
  readonly type: FieldType;
  readonly unique: boolean;
  readonly nullable: number;
  readonly optional: number;
  readonly reference: ReferenceText | null;
}

export const TYPE_NAMES = [
  'string',
  'integer',
  'number',
  'boolean',
  'date',
  'datetime',
  'enum',
  'fk',
  'derive',
] as const;
export const MODIFIERS = ['unique', 'nullable', 'optional'] as const;

/** Share of nulls for a bare `nullable`, and of absent keys for a bare `optional`. */
export const DEFAULT_SHARE = 0.1;

/**
 * @example parseTypeExpression('enum[FR,DE] unique').value?.type // { kind: 'enum', values: ['FR','DE'], weights: null }
 */
export function parseTypeExpression(
  text: string,
  formats: readonly string[] = BUILT_IN_FORMATS,
): {
  value: ParsedExpression | null;
  problems: ExpressionProblem[];
} {
  const problems: ExpressionProblem[] = [];
  const name = /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(text);
  if (!name) {
    const at = text.length - text.trimStart().length;
    problems.push({
      offset: at,
      length: Math.max(1, text.trim().length),
      code: 'dsl/expected-type',
      message: 'a field needs a type',
      expected: `one of ${TYPE_NAMES.join(', ')}`,
      found: text.trim() === '' ? 'nothing' : JSON.stringify(text.trim()),
      hint: 'write e.g. `- email: string(email) unique`',
    });
    return { value: null, problems };
  }
  const typeName = name[1] as string;
  const typeOffset = name.index + name[0].length - typeName.length;
  let pos = typeOffset + typeName.length;

  if (!(TYPE_NAMES as readonly string[]).includes(typeName)) {
    problems.push({
      offset: typeOffset,
      length: typeName.length,
      code: 'dsl/unknown-type',
      message: `unknown type "${typeName}"`,
      expected: `one of ${TYPE_NAMES.join(', ')}`,
      found: typeName,
      hint: suggest(typeName, TYPE_NAMES, 'see docs/contract-dsl.md for the list of types'),
    });
    return { value: null, problems };
  }

  // derive(expr): the whole text between the outer parentheses is one CEL expression, commas and all.
  if (typeName === 'derive') {
    const close = text[pos] === '(' ? matchingParen(text, pos) : -1;
    const expression = close > pos ? text.slice(pos + 1, close).trim() : '';
    if (close < 0 || expression === '') {
      problems.push({
        offset: pos,
        length: 1,
        code: 'dsl/invalid-derive',
        hint: 'write the expression between the parentheses: derive(quantity * unit_price)',
        message: 'derive(…) holds the expression that computes the field',
        expected: 'derive(quantity * unit_price)',
        found: close < 0 ? 'no closing parenthesis' : 'an empty expression',
      });
      return { value: null, problems };
    }
    const modifiers = parseModifiers(text, close + 1, problems);
    if (problems.length > 0) return { value: null, problems };
    // sum(OrderItem.line_total), count(OrderItem): over the row's children, not a CEL expression.
    const aggregate =
      /^(sum|count|min|max)\(\s*([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?\s*\)$/.exec(
        expression,
      );
    if (aggregate && (aggregate[1] === 'count') === (aggregate[3] === undefined)) {
      const fn = aggregate[1] as 'sum' | 'count' | 'min' | 'max';
      const type = {
        kind: 'aggregate' as const,
        fn,
        entity: aggregate[2] as string,
        field: aggregate[3] ?? null,
      };
      return { value: { type, reference: null, ...modifiers }, problems };
    }
    return {
      value: { type: { kind: 'derived', expression }, reference: null, ...modifiers },
      problems,
    };
  }

  // The bracket group right after the type name: `enum[...]` or `type(...)`.
  let args: Argument[] = [];
  const opener = typeName === 'enum' ? '[' : '(';
  if (text[pos] === opener) {
    const split = splitArguments(text, pos);
    if (split.close === null) {
      const closer = opener === '[' ? ']' : ')';
      problems.push({
        offset: text.length,
        length: 1,
        code: 'dsl/unclosed-bracket',
        message: `the "${opener}" after ${typeName} is never closed`,
        expected: `"${closer}"`,
        found: 'end of the expression',
        hint: `close the list: ${text.trim()}${closer}`,
      });
      return { value: null, problems };
    }
    args = split.args;
    pos = split.close + 1;
  } else if (typeName === 'enum') {
    problems.push({
      offset: pos,
      length: 1,
      code: 'dsl/enum-without-values',
      message: 'an enum lists its values in brackets',
      expected: '"["',
      found: text[pos] === undefined ? 'end of the expression' : JSON.stringify(text[pos]),
      hint: 'write e.g. enum[PAID,PENDING,FAILED]',
    });
    return { value: null, problems };
  }

  const typed = parseTypeArguments(typeName, typeOffset, args, problems, formats);
  const modifiers = parseModifiers(text, pos, problems);
  if (!typed || problems.length > 0) return { value: null, problems };
  return {
    value: { type: typed.type, reference: typed.reference, ...modifiers },
    problems,
  };
}

/** The index of the `)` closing the `(` at `open`, skipping quoted text; -1 when there is none. */
function matchingParen(text: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function parseModifiers(
  text: string,
  start: number,
  problems: ExpressionProblem[],
): { unique: boolean; nullable: number; optional: number } {
  const result = { unique: false, nullable: 0, optional: 0 };
  const modifier = /\s*([^\s(]+)(?:\(([^)]*)\))?/y;
  modifier.lastIndex = start;
  let m: RegExpExecArray | null;
  while (modifier.lastIndex < text.length) {
    const at = modifier.lastIndex; // a failed sticky match resets lastIndex to 0
    m = modifier.exec(text);
    if (m === null) {
      // Text that is no modifier (e.g. `integer (>=5)`, arguments after a space) must not vanish silently.
      const rest = text.slice(at);
      if (rest.trim() !== '') {
        problems.push({
          offset: at + rest.length - rest.trimStart().length,
          length: rest.trim().length,
          code: 'dsl/unexpected-text',
          message: `unexpected "${rest.trim()}" after the type`,
          expected: `a modifier (${MODIFIERS.join(', ')}) or the end of the expression`,
          found: rest.trim(),
          hint: 'arguments follow the type name without a space: integer(>=5)',
        });
      }
      break;
    }
    const word = m[1] as string;
    const offset = m.index + m[0].indexOf(word);
    const arg = m[2];
    if (arg === undefined) {
      if (word === 'unique') result.unique = true;
      else if (word === 'nullable' || word === 'optional') result[word] = DEFAULT_SHARE;
      else unknownModifier(problems, word, offset);
      continue;
    }
    if (word === 'nullable' || word === 'optional') {
      const share = Number(arg);
      if (arg.trim() === '' || !Number.isFinite(share) || share < 0 || share > 1) {
        problems.push({
          offset: offset + word.length + 1,
          length: Math.max(1, arg.length),
          code: 'dsl/invalid-share',
          message: `${word}(…) takes the share of rows it applies to`,
          expected: 'a number between 0 and 1, e.g. 0.1',
          found: JSON.stringify(arg),
          hint: `write ${word}(0.1) for 10% of rows`,
        });
      } else result[word] = share;
    } else unknownModifier(problems, word, offset);
  }
  return result;
}

function unknownModifier(problems: ExpressionProblem[], word: string, offset: number): void {
  problems.push({
    offset,
    length: word.length,
    code: 'dsl/unknown-modifier',
    message: `unknown modifier "${word}"`,
    expected: `one of ${MODIFIERS.join(', ')}`,
    found: word,
    hint: suggest(word, MODIFIERS, 'modifiers follow the type, separated by spaces: `string(email) unique`'),
  });
}
