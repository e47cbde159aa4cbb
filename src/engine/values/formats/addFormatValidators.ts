/**
 * @module Registers Fixtura's format validators on an Ajv instance that ajv-formats has set up, replacing
 * its loose checks but keeping its `compare` functions, which `formatMinimum`/`formatMaximum` need (a
 * contract's datetime bounds are exported as those).
 */
import type { Format } from 'ajv';
import type { FormatCompare } from 'ajv/dist/types/index.js';
import { formatValidators } from './jsonSchemaFormats.js';

/** What of an Ajv instance this needs; every Ajv class (draft-04 to 2020-12) has it. */
interface FormatHost {
  readonly formats: Record<string, Format | undefined>;
  addFormat(name: string, format: Format): unknown;
}

/**
 * Adds every validator of `formatValidators` to `ajv`, after `addFormats`: a format ajv-formats already
 * defines keeps its comparison, with Fixtura's validator in place of its own.
 * @example
 * addFormats.default(ajv, { keywords: true });
 * addFormatValidators(ajv);
 * ajv.validate({ format: 'date-time' }, '2018-03-30T14:00:00+0000'); // false
 */
export function addFormatValidators(ajv: FormatHost): void {
  for (const [name, validate] of Object.entries(formatValidators)) {
    const had = ajv.formats[name];
    // The formats replaced here are all of strings, so their comparisons compare strings.
    const compare =
      typeof had === 'object' && !(had instanceof RegExp) && had.type !== 'number'
        ? (had.compare as FormatCompare<string> | undefined)
        : undefined;
    ajv.addFormat(name, compare ? { validate, compare } : validate);
  }
}
