/**
 * @module The independent judge of negative records (issue 6), on @hyperjump/json-schema, not on the Ajv that
 * Fixtura verifies with. A record breaks exactly the rule its label names when
 *   1. the schema rejects it;
 *   2. the validator reports that keyword failing at that place in the record (for a missing or extra key,
 *      at the object or at the key);
 *   3. the same schema without that one keyword (for `required`, without that one name) accepts it — so no
 *      other rule is broken. This holds across anyOf/oneOf: the branches not taken may fail, the one taken
 *      fails for this keyword alone.
 */
import { pointerTokens, valueAt } from '../../src/jsonSchema/jsonPointer.js';
import type { NegativeInstance } from '../../src/engine/schema/negative/negativeApi.js';
import { DIALECT, independentValidator, type Verdict } from './independentValidator.js';

const KEYS = new Set(['required', 'additionalProperties', 'unevaluatedProperties']);

/** The parent pointer of a pointer. */
function parentOf(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
}

/** A copy of `schema` without the keyword at `schemaPath` (for `required`, without the one name `path` ends in). */
export function withoutKeyword(schema: unknown, schemaPath: string, path: string): unknown {
  const copy = structuredClone(schema);
  const holder = valueAt(copy, parentOf(schemaPath)) as Record<string, unknown> | undefined;
  const keyword = pointerTokens(schemaPath).at(-1) as string;
  if (!holder || !(keyword in holder)) throw new Error(`no keyword at ${schemaPath}`);
  const missing = pointerTokens(path).at(-1);
  if (keyword === 'required' && Array.isArray(holder.required))
    holder.required = holder.required.filter((name) => name !== missing);
  else delete holder[keyword];
  return copy;
}

/** Whether the verdict lists `keyword` failing where the label says. */
export function reports(verdict: Verdict, keyword: string, path: string): boolean {
  const places = new Set([`#${path}`, ...(KEYS.has(keyword) ? [`#${parentOf(path)}`] : [])]);
  return verdict.errors.some((line) => {
    const found = /^(\S*) fails (\S+) /.exec(line);
    return found !== null && found[2] === keyword && places.has(decodeURIComponent(found[1] as string));
  });
}

/** What makes two verdicts: the whole schema, and the schema without the labelled keyword. */
export interface JudgedPair {
  readonly whole: Verdict;
  readonly relaxed: Verdict;
}

/** Why a pair of verdicts does not show a one-rule failure, or null when it does. */
export function judgement(
  pair: JudgedPair,
  negative: NegativeInstance,
  keyword = negative.violates.keyword,
): string | null {
  const { path } = negative.violates;
  if (pair.whole.valid) return 'the independent validator accepts it';
  if (!reports(pair.whole, keyword, path))
    return `no ${keyword} failure at ${path || '/'} among: ${pair.whole.errors.join('; ')}`;
  if (!pair.relaxed.valid) return `without ${keyword} it still fails: ${pair.relaxed.errors.join('; ')}`;
  return null;
}

/**
 * Judges a negative record of a standalone schema (its `schemaPath` is a pointer into `schema`).
 * @returns null when the record breaks exactly its labelled rule, else why not
 */
export async function judgeNegative(
  schema: unknown,
  negative: NegativeInstance,
  dialect: string = DIALECT.draft2020_12,
): Promise<string | null> {
  const { schemaPath, path } = negative.violates;
  const whole = await independentValidator(schema, dialect);
  const relaxed = await independentValidator(withoutKeyword(schema, schemaPath, path), dialect);
  try {
    return judgement(
      { whole: whole.check(negative.record), relaxed: relaxed.check(negative.record) },
      negative,
    );
  } finally {
    whole.release();
    relaxed.release();
  }
}
