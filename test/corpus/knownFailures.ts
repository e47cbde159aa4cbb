/**
 * @module The checked-in list of failures the `npm test` slice of the corpus is known to have today, and the
 * comparison that keeps it honest: a failure not on the list fails the test, and so does an entry that no
 * longer happens (the list can only shrink by fixing what it names).
 */
import type { Finding } from './corpusFinding.js';

/** One known failure: which document, which schema (or `sample`/`generate`/`validate`), and its cause. */
export interface KnownFailure {
  readonly document: string;
  readonly pointer: string;
  readonly kind: Finding['kind'];
  readonly cause: string;
}

const keyOf = (f: Pick<KnownFailure, 'document' | 'pointer' | 'cause'>): string =>
  `${f.document} ${f.pointer} ${f.cause}`;

/**
 * The failures as a known-failures list, sorted so the file diffs well.
 *
 * @example
 * knownFailuresOf(failures)[0];
 * // { document: 'amazonaws.com/sso-admin.json', pointer: 'generate', kind: 'exit-3', cause: 'generate exit 3: …' }
 */
export function knownFailuresOf(failures: readonly Finding[]): KnownFailure[] {
  return failures
    .map(({ document, pointer, kind, cause }) => ({ document, pointer, kind, cause }))
    .sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}

/**
 * Failures not on the list (`fresh`), and list entries that did not happen (`gone`).
 *
 * @example
 * compareWithKnown(failures, known); // { fresh: [], gone: [] } when nothing changed
 */
export function compareWithKnown(
  failures: readonly Finding[],
  known: readonly KnownFailure[],
): { fresh: Finding[]; gone: KnownFailure[] } {
  const knownKeys = new Set(known.map(keyOf));
  const happened = new Set(failures.map(keyOf));
  return {
    fresh: failures.filter((f) => !knownKeys.has(keyOf(f))),
    gone: known.filter((k) => !happened.has(keyOf(k))),
  };
}
