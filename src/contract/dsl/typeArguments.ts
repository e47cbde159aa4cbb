/**
 * @module Interprets the arguments of each DSL type (`>=0`, `2dec`, `len<=20`, `pattern=/…/`, `Customer.id`)
 * into a model `FieldType`. One small reader per type, chosen by name.
 */
import { parseDate, parseDateTime, formatDate, formatDateTime } from '../../model/calendar.js';
import { UNIFORM, UNIFORM_FANOUT, type FieldBounds, type FieldType } from '../../model/model.js';
import { FORMAT_NAME } from '../../model/formatNames.js';
import { suggest } from '../didYouMean.js';
import { isRefusal, safePattern, UNSAFE_PATTERN_HINT } from '../../jsonSchema/pattern/safePattern.js';
import { MAX_GENERATED_LENGTH } from '../../model/limits.js';
import { exactNumber, MAX_EXACT, NUMBER_HINT } from '../exactNumber.js';
import type { Argument } from './splitArguments.js';
import type { ExpressionProblem, ReferenceText } from './typeExpression.js';

type Report = (arg: Argument, code: string, message: string, expected: string, hint?: string) => void;
/** `formats`: the string formats the contract may name (the built-in ones, and a run's own). */
type Reader = (
  args: readonly Argument[],
  report: Report,
  formats: readonly string[],
) => { type: FieldType; reference: ReferenceText | null } | null;

const NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Reads `>=A` / `<=B` bounds with a value parser; returns null where a bound is absent. */
function bounds<T>(
  args: readonly Argument[],
  report: Report,
  parse: (text: string, lower: boolean) => T | string,
  expected: string,
  extra: (arg: Argument) => boolean = () => false,
): { min: T | null; max: T | null } {
  let min: T | null = null;
  let max: T | null = null;
  for (const arg of args) {
    const m = /^(>=|<=|>|<|=)\s*(.*)$/.exec(arg.text);
    if (m && (m[1] === '>=' || m[1] === '<=')) {
      const value = parse(m[2] as string, m[1] === '>=');
      if (typeof value === 'string')
        report(arg, 'dsl/invalid-bound', `invalid bound "${arg.text}"`, value, boundHint(value));
      else if (m[1] === '>=') min = value;
      else max = value;
    } else if (m) {
      report(
        arg,
        'dsl/unsupported-bound',
        `"${m[1]}" bounds are not supported`,
        'an inclusive bound: >=A or <=B',
        `write ${(m[1] ?? '').startsWith('>') ? '>=' : '<='}${m[2] ?? ''} with the nearest allowed value`,
      );
    } else if (!extra(arg)) {
      report(arg, 'dsl/invalid-argument', `unexpected argument "${arg.text}"`, expected);
    }
  }
  return { min, max };
}

function numberValue(integer: boolean) {
  return (text: string): number | string => {
    if (!NUMBER.test(text)) return integer ? 'an integer, e.g. >=0' : 'a number, e.g. >=0 or <=99.5';
    const n = exactNumber(text);
    if (typeof n === 'string') return n;
    if (integer && !Number.isSafeInteger(n))
      return `a whole number between -${MAX_EXACT} and ${MAX_EXACT} (2^53 - 1)`;
    return n;
  };
}

/** The hint of a refused bound: the number rule for numbers, the expected form for the others. */
function boundHint(expected: string): string {
  return /finite|exactly|2\^53|integer|number/.test(expected)
    ? NUMBER_HINT
    : 'write the bound in the form expected, e.g. >=2024-01-01';
}

function checkOrder(args: readonly Argument[], report: Report, min: number | null, max: number | null): void {
  if (min !== null && max !== null && min > max && args[0]) {
    report(
      args[0],
      'dsl/empty-range',
      'the lower bound is above the upper bound',
      'lower bound <= upper bound',
    );
  }
}

/**
 * Reads `>=`/`<=` bounds of a date or date-time (as days or seconds, or a problem text), checks their order and
 * stores them normalised (`YYYY-MM-DD`, or UTC `YYYY-MM-DDTHH:MM:SSZ`).
 */
function temporalReader(
  kind: 'date' | 'datetime',
  parse: (text: string, lower: boolean) => number | string,
): Reader {
  const format = kind === 'date' ? formatDate : formatDateTime;
  const expected = kind === 'date' ? '>=YYYY-MM-DD or <=YYYY-MM-DD' : '>=ISO-8601 or <=ISO-8601';
  return (args, report) => {
    // A bound may name another field (`>= created_at`) or a parent's (`>= customer.created_at`), moved by an
    // offset (`<= loaned_on + 30d`, `>= placed_at - 2h`).
    const fields: { -readonly [K in keyof FieldBounds]: FieldBounds[K] } = {};
    const rest = args.filter((arg) => {
      const m = RELATIVE_BOUND.exec(arg.text);
      if (!m) return true;
      const side = m[1] === '>=' ? 'min' : 'max';
      fields[`${side}Field`] = m[2] as string;
      if (m[3] === undefined) return false;
      const offset = boundOffset(kind, m[3], m[4] as string, m[5] as string);
      if (typeof offset === 'string')
        report(arg, 'dsl/invalid-bound', `invalid offset in "${arg.text}"`, offset, OFFSET_HINT[kind]);
      else if (offset !== 0) fields[`${side}Offset`] = offset;
      return false;
    });
    if (
      fields.minField !== undefined &&
      fields.minField === fields.maxField &&
      (fields.minOffset ?? 0) > (fields.maxOffset ?? 0) &&
      args[0]
    )
      report(
        args[0],
        'dsl/empty-range',
        'the lower bound is above the upper bound',
        'lower bound <= upper bound',
      );
    const { min, max } = bounds(rest, report, parse, `${expected}, or >=other_field`);
    checkOrder(rest, report, min, max);
    const type = {
      kind,
      min: min === null ? null : format(min),
      max: max === null ? null : format(max),
      distribution: UNIFORM,
      ...fields,
    };
    return { type, reference: null };
  };
}

/** `>= field`, `<= parent.field`, each optionally `+ N unit` or `- N unit`. */
const RELATIVE_BOUND =
  /^(>=|<=)\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)(?:\s*([+-])\s*(\d+)\s*([A-Za-z]*))?$/;

/** Seconds per offset unit; a date's offsets are whole days, so it takes `d` and `w` only. */
const OFFSET_UNITS: Readonly<Record<'date' | 'datetime', Readonly<Record<string, number>>>> = {
  date: { d: 1, w: 7 },
  datetime: { s: 1, m: 60, h: 3600, d: 86400, w: 604800 },
};

const OFFSET_HINT: Readonly<Record<'date' | 'datetime', string>> = {
  date: 'write the offset in days or weeks, e.g. <= loaned_on + 30d (months and years vary in length)',
  datetime: 'write the offset in s, m, h, d or w, e.g. <= placed_at + 72h',
};

/** An offset in the type's unit (days for a date, seconds for a date-time), or what was expected. */
function boundOffset(
  kind: 'date' | 'datetime',
  sign: string,
  digits: string,
  unitName: string,
): number | string {
  const units = OFFSET_UNITS[kind];
  const per = units[unitName];
  const expected = `a whole number with a unit: ${Object.keys(units).join(', ')} (e.g. ${kind === 'date' ? '+ 30d' : '+ 72h'})`;
  if (per === undefined) return expected;
  const n = Number(digits) * per;
  // A span of more than about 27 million years is no date bound; refusing it keeps the day arithmetic exact.
  if (!Number.isSafeInteger(n) || n > (kind === 'date' ? 1e10 : 1e15)) return expected;
  return sign === '-' ? -n : n;
}

const readers: Readonly<Record<string, Reader>> = {
  boolean(args, report) {
    for (const arg of args) report(arg, 'dsl/invalid-argument', `boolean takes no arguments`, 'boolean');
    return { type: { kind: 'boolean' }, reference: null };
  },
  integer(args, report) {
    const { min, max } = bounds(args, report, numberValue(true), '>=A or <=B');
    checkOrder(args, report, min, max);
    return { type: { kind: 'integer', min, max, distribution: UNIFORM }, reference: null };
  },
  number(args, report) {
    let decimals: number | null = null;
    const { min, max } = bounds(args, report, numberValue(false), '>=A, <=B or Ndec (e.g. 2dec)', (arg) => {
      const m = /^(\d+)\s*dec$/.exec(arg.text);
      if (!m) return false;
      decimals = Number(m[1]);
      if (decimals > 12) report(arg, 'dsl/invalid-argument', 'too many decimals', 'at most 12dec');
      return true;
    });
    checkOrder(args, report, min, max);
    return { type: { kind: 'number', min, max, decimals, distribution: UNIFORM }, reference: null };
  },
  date: temporalReader('date', (text) => {
    const r = parseDate(text);
    return 'days' in r ? r.days : r.problem;
  }),
  datetime: temporalReader('datetime', (text, lower) => {
    const r = parseDateTime(text, lower);
    return 'seconds' in r ? r.seconds : r.problem;
  }),
  enum(args, report) {
    const values: string[] = [];
    for (const arg of args) {
      const value = /^(['"])(.*)\1$/.exec(arg.text)?.[2] ?? arg.text;
      if (value === '')
        report(arg, 'dsl/empty-enum-value', 'an enum value is empty', 'a non-empty value between commas');
      else if (values.includes(value))
        report(arg, 'dsl/duplicate-enum-value', `"${value}" is listed twice`, 'each value once');
      else values.push(value);
    }
    if (args.length === 0) return null;
    return { type: { kind: 'enum', values, weights: null }, reference: null };
  },
  fk(args, report) {
    const arg = args[0];
    const m = arg ? /^([A-Za-z_][\w]*)(?:\.([A-Za-z_][\w]*))?$/.exec(arg.text) : null;
    if (!arg || !m || args.length > 1) {
      const at = args[1] ?? arg;
      if (at)
        report(
          at,
          'dsl/invalid-reference',
          'a foreign key names one target',
          'Entity.field, e.g. fk(Customer.id)',
        );
      return null;
    }
    const reference = { entity: m[1] as string, field: m[2] ?? '', offset: arg.offset };
    return {
      type: { kind: 'fk', entity: reference.entity, field: reference.field, fanout: UNIFORM_FANOUT },
      reference,
    };
  },
  string(args, report, names) {
    let format: string | null = null;
    let pattern: string | null = null;
    let minLength: number | null = null;
    let maxLength: number | null = null;
    for (const arg of args) {
      const len = /^len\s*(>=|<=|=)\s*(\d+)$/.exec(arg.text);
      const re = /^pattern\s*=\s*\/(.*)\/([a-z]*)$/s.exec(arg.text);
      if (len) {
        const n = Number(len[2]);
        if (len[1] !== '<=') minLength = n;
        if (len[1] !== '>=') maxLength = n;
      } else if (/^len\s*(>=|<=|=)/.test(arg.text)) {
        report(
          arg,
          'dsl/invalid-length',
          `the length in "${arg.text}" is not a whole number written in digits`,
          'len>=N, len<=N or len=N with N in digits, e.g. len<=255',
          `write the number in digits; a maximum above ${MAX_GENERATED_LENGTH} is fine (values are generated up to ${MAX_GENERATED_LENGTH} characters)`,
        );
      } else if (re) {
        pattern = re[1] as string;
        const flags = re[2] as string;
        const flag = flags.includes('v') ? 'v' : 'u';
        try {
          new RegExp(pattern, flag);
          // Validation matches the whole value, as the contract's JSON Schema writes it.
          const verdict = safePattern(`^(?:${pattern})$`, flag);
          if (isRefusal(verdict))
            report(
              arg,
              'dsl/unsafe-pattern',
              `the pattern cannot be matched safely: ${verdict.message}`,
              'a pattern without nested or overlapping repetition around a lookaround or backreference',
              UNSAFE_PATTERN_HINT,
            );
        } catch (e) {
          report(
            arg,
            'dsl/invalid-pattern',
            `the pattern is not a valid regular expression: ${(e as Error).message}`,
            'an ECMAScript regular expression between slashes',
          );
        }
      } else if (FORMAT_NAME.test(arg.text)) {
        if (!names.includes(arg.text)) {
          report(
            arg,
            'dsl/unknown-format',
            `unknown string format "${arg.text}"`,
            `one of ${names.join(', ')}`,
            suggest(arg.text, names, 'see docs/formats.md'),
          );
        } else format = arg.text;
      } else {
        report(
          arg,
          'dsl/invalid-argument',
          `unexpected argument "${arg.text}"`,
          'a format name, len>=N, len<=N or pattern=/REGEX/',
        );
      }
    }
    if (minLength !== null && maxLength !== null && minLength > maxLength && args[0]) {
      report(
        args[0],
        'dsl/empty-range',
        'the minimum length is above the maximum length',
        'len>=A with A <= B of len<=B',
      );
    }
    if (
      [format !== null, pattern !== null, minLength !== null || maxLength !== null].filter(Boolean).length >
        1 &&
      args[0]
    ) {
      report(
        args[0],
        'dsl/conflicting-arguments',
        'a string takes one of: a format, a pattern, or length bounds',
        'one kind of constraint',
        'split the constraint, or use a pattern that encodes the length, e.g. pattern=/[a-z]{3,8}/',
      );
    }
    return { type: { kind: 'string', format, minLength, maxLength, pattern }, reference: null };
  },
};

/** What to do about a bad argument, for the reports that carry no hint of their own. */
const ARGUMENT_HINTS: Readonly<Record<string, string>> = {
  'dsl/invalid-bound': "write the bound as >=VALUE or <=VALUE with a value of the field's type",
  'dsl/unsupported-bound': 'use >= or <= (both bounds are inclusive)',
  'dsl/invalid-argument': 'remove the argument, or see docs/contract-dsl.md, "Types"',
  'dsl/empty-range': 'swap the two bounds',
  'dsl/empty-enum-value': 'remove the extra comma',
  'dsl/duplicate-enum-value': 'list each value once; use weights: to make one more frequent',
  'dsl/invalid-reference': 'write fk(Entity.field), e.g. fk(Customer.id)',
  'dsl/invalid-pattern': 'fix the regular expression; test it with new RegExp(...) in Node',
};

/**
 * Reads the arguments of `typeName` into a FieldType, reporting problems with offsets.
 * @param formats the string formats `string(<format>)` may name, in the order a refusal lists them
 */
export function parseTypeArguments(
  typeName: string,
  typeOffset: number,
  args: readonly Argument[],
  problems: ExpressionProblem[],
  formats: readonly string[],
): { type: FieldType; reference: ReferenceText | null } | null {
  const report: Report = (arg, code, message, expected, hint) =>
    problems.push({
      offset: arg.offset,
      length: Math.max(1, arg.text.length),
      code,
      message,
      expected,
      found: arg.text === '' ? 'nothing' : arg.text,
      hint: hint ?? ARGUMENT_HINTS[code] ?? 'see docs/contract-dsl.md, "Types", for what each type takes',
    });
  const reader = readers[typeName];
  if (!reader) return null;
  const result = reader(args, report, formats);
  if (result === null && typeName === 'enum' && args.length === 0) {
    problems.push({
      offset: typeOffset,
      length: typeName.length,
      code: 'dsl/empty-enum',
      hint: 'list the values between the brackets: enum[PAID,PENDING]',
      message: 'an enum needs at least one value',
      expected: 'enum[A,B,…]',
      found: 'enum[]',
    });
  }
  return result;
}
