/**
 * @module A user's format, checked once where it enters (`addFormat`) so the engine can trust it like a
 * built-in one: its name, its size, its schema, and a trial draw of its realistic and unique values.
 */
import { BUILT_IN_FORMATS, FORMAT_NAME } from '../model/formatNames.js';
import { JSON_SCHEMA_FORMATS } from '../jsonSchema/formatNames.js';
import { streamOf } from '../engine/random/stream.js';
import type { FormatSchema, StringFormat } from '../engine/values/formats/stringFormat.js';
import { FixturaUsageError } from './fixturaUsageError.js';

/** Values drawn of each kind by the trial: enough to catch a wrong shape, too few to cost anything. */
const TRIAL = 16;
const SCHEMA_KEYS = new Set(['format', 'pattern', 'minLength', 'maxLength']);

function refuse(name: string, problem: string, hint: string): never {
  throw new FixturaUsageError('context/invalid-format', `addFormat(${name}): ${problem}; ${hint}`);
}

function checkSchema(name: string, schema: unknown): FormatSchema {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema))
    refuse(
      name,
      'schema is not an object',
      'give {} or the keywords every value satisfies, e.g. { pattern: "^TCK-\\\\d{3}$" }',
    );
  const s = schema as Record<string, unknown>;
  for (const key of Object.keys(s))
    if (!SCHEMA_KEYS.has(key))
      refuse(name, `schema has "${key}"`, 'use only format, pattern, minLength and maxLength');
  if (s.format !== undefined && !JSON_SCHEMA_FORMATS.includes(s.format as string))
    refuse(
      name,
      `schema.format ${JSON.stringify(s.format)} is no JSON Schema format validation checks`,
      `use one of ${JSON_SCHEMA_FORMATS.join(', ')}, or a pattern`,
    );
  if (s.pattern !== undefined) {
    if (typeof s.pattern !== 'string') refuse(name, 'schema.pattern is not a string', 'write it as a string');
    try {
      new RegExp(s.pattern, 'u');
    } catch (e) {
      refuse(name, `schema.pattern is no regular expression (${(e as Error).message})`, 'fix the pattern');
    }
  }
  for (const key of ['minLength', 'maxLength'] as const)
    if (s[key] !== undefined && !(Number.isSafeInteger(s[key]) && (s[key] as number) >= 0))
      refuse(name, `schema.${key} is not a whole number >= 0`, `give a count of characters, e.g. ${key}: 7`);
  return s as FormatSchema;
}

/** The ways a value can break the schema its format declares, or null when it keeps it. */
function breach(value: unknown, schema: FormatSchema, pattern: RegExp | null): string | null {
  if (typeof value !== 'string') return `${JSON.stringify(value) ?? String(value)} is not a string`;
  const length = [...value].length;
  if (pattern && !pattern.test(value)) return `${JSON.stringify(value)} does not match schema.pattern`;
  if (schema.minLength !== undefined && length < schema.minLength)
    return `${JSON.stringify(value)} is shorter than schema.minLength`;
  if (schema.maxLength !== undefined && length > schema.maxLength)
    return `${JSON.stringify(value)} is longer than schema.maxLength`;
  return null;
}

/** Draws a few values of each kind under a fixed key and checks them against the format's own promises. */
function trial(format: StringFormat, schema: FormatSchema): void {
  const { name } = format;
  const stream = streamOf(['fixtura', 'addFormat', name]);
  const realistic: unknown = format.realistic(stream);
  const unique: unknown = format.unique(stream);
  if (typeof realistic !== 'function' || typeof unique !== 'function')
    refuse(
      name,
      'realistic(stream) and unique(stream) must each return a function',
      'see StringFormat in the docs',
    );
  const pattern = schema.pattern === undefined ? null : new RegExp(schema.pattern, 'u');
  for (let row = 0; row < TRIAL; row++) {
    const problem = breach((realistic as (row: number) => unknown)(row), schema, pattern);
    if (problem)
      refuse(name, `realistic value of row ${row}: ${problem}`, 'make every value keep the schema');
  }
  const seen = new Map<unknown, number>();
  for (let k = 0; k < Math.min(TRIAL, format.size); k++) {
    const value = (unique as (k: number, row: number) => unknown)(k, k);
    const problem = breach(value, schema, pattern);
    if (problem) refuse(name, `unique value ${k}: ${problem}`, 'make every value keep the schema');
    const first = seen.get(value);
    if (first !== undefined)
      refuse(
        name,
        `unique(${first}) and unique(${k}) are both ${JSON.stringify(value)}`,
        'unique must give distinct values for distinct k in [0, size)',
      );
    seen.set(value, k);
  }
}

/**
 * The format as a run uses it, or a FixturaUsageError saying what is wrong with it. A user's format is never
 * written unescaped: `plain` and the byte fast paths are dropped, so a value with a quote or a comma cannot
 * break a file whatever the format claims.
 * @param taken the names already in use: the built-in formats' and the context's own
 */
export function checkedFormat(format: StringFormat, taken: ReadonlySet<string>): StringFormat {
  if (format === null || typeof format !== 'object') refuse('?', 'a format is an object', 'see StringFormat');
  const { name } = format;
  if (typeof name !== 'string' || !FORMAT_NAME.test(name))
    refuse(
      JSON.stringify(name),
      'the name is not lower case letters, digits and underscores, starting with a letter or underscore',
      'name it as string(<name>) will read it, e.g. ticket_code',
    );
  if (BUILT_IN_FORMATS.includes(name))
    throw new FixturaUsageError(
      'context/format-taken',
      `addFormat(${name}): "${name}" is a built-in format, whose values every contract and the reference ` +
        '(docs/formats.md) rely on; give yours another name, e.g. my_' +
        name,
    );
  if (taken.has(name))
    throw new FixturaUsageError(
      'context/format-taken',
      `addFormat(${name}): this context already has a format "${name}"; give the new one another name, or ` +
        'make another context (createFixtura) for it',
    );
  if (typeof format.summary !== 'string')
    refuse(name, 'summary is not a string', 'describe the values in one line');
  if (!(format.size === Infinity || (Number.isSafeInteger(format.size) && format.size >= 1)))
    refuse(
      name,
      `size ${String(format.size)} is not a whole number >= 1 (or Infinity)`,
      'give the number of distinct values unique(stream) can enumerate, Infinity when above 2^52',
    );
  if (typeof format.realistic !== 'function' || typeof format.unique !== 'function')
    refuse(
      name,
      'realistic and unique must be functions',
      'see StringFormat: realistic(stream) and unique(stream)',
    );
  for (const key of ['localized', 'withRefTime'] as const)
    if (format[key] !== undefined && typeof format[key] !== 'function')
      refuse(
        name,
        `${key} is not a function`,
        `leave ${key} out, or give a function returning a StringFormat`,
      );
  const schema = checkSchema(name, format.schema);
  trial(format, schema);
  return escaped(format);
}

/**
 * The format, and every variant it makes, written escaped like any free text. Built field by field, calling
 * the format's own methods, so a format written as a class (methods on its prototype) keeps them.
 */
function escaped(format: StringFormat): StringFormat {
  const { localized, withRefTime, locales } = format;
  return {
    name: format.name,
    summary: format.summary,
    size: format.size,
    plain: false,
    schema: format.schema,
    realistic: (stream) => format.realistic(stream),
    unique: (stream) => format.unique(stream),
    ...(locales ? { locales } : {}),
    ...(localized ? { localized: (locale) => escaped(localized.call(format, locale)) } : {}),
    ...(withRefTime ? { withRefTime: (time) => escaped(withRefTime.call(format, time)) } : {}),
  };
}
