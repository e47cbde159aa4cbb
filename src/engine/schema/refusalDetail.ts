/** @module What a schema refusal expected, found, and what to do about it, by the refusal's code. */
import type { UnsatisfiableSchemaError } from './sampleApi.js';

type Detail = { expected: string; found: string; hint: string };

/** What a conflict between keywords expected: the refusals no value can get past, as opposed to a broken document. */
export const CONFLICT_EXPECTED = 'a schema some value satisfies';

const BY_CODE: Readonly<Record<string, Detail>> = {
  'schema/unresolvable-ref': {
    expected: 'a $ref to a schema in the document',
    found: 'nothing at the pointer the $ref names',
    hint: "fix the $ref's pointer, or add the schema it names",
  },
  'schema/invalid-pattern': {
    expected: 'a pattern Fixtura can read (ECMAScript regular expression syntax)',
    found: 'a pattern it cannot use',
    hint: 'fix or simplify the pattern at the pointer above',
  },
  'schema/infinite-recursion': {
    expected: 'recursion that can stop (an optional property or an empty array somewhere in the cycle)',
    found: 'a schema that requires itself without end',
    hint: 'make the recursive property optional, or allow minItems: 0',
  },
  'schema/too-hard': {
    expected: 'a schema Fixtura can construct an instance of',
    found: 'a combination it could not satisfy (it may still be satisfiable)',
    hint: 'simplify the keywords above, or give an example that validates',
  },
  'schema/unverifiable-pattern': {
    expected: 'a pattern whose matching strings Fixtura can check within a bounded time',
    found:
      'a pattern only the backtracking engine runs, proven safe only on strings shorter than any candidate',
    hint: 'drop the construct the message names from the pattern (a lookaround, a backreference…), or leave the property optional',
  },
  'schema/cannot-verify': {
    expected: 'a schema Fixtura can verify its instances against',
    found: 'a schema its validator refused',
    hint: 'check the schema with a JSON Schema validator',
  },
};

/**
 * The expected/found/hint parts of a refusal: specific for the codes that are not a conflict between
 * keywords, otherwise the conflict and the advice to relax one of the keywords it names.
 * @example refusalDetail(error).hint // "fix the $ref's pointer, or add the schema it names"
 */
export function refusalDetail(error: UnsatisfiableSchemaError): Detail {
  return (
    BY_CODE[error.code] ?? {
      expected: CONFLICT_EXPECTED,
      found: `keywords no value can satisfy together (${error.code})`,
      hint: 'relax one of the keywords named above (docs/sample.md)',
    }
  );
}
