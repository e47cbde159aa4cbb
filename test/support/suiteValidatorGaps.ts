/**
 * @module Where the independent validator (hyperjump, formats asserted) parts from the JSON-Schema-Test-Suite's
 * own verdicts, and how the conformance test copes with each. The conformance test checks that this list is
 * exactly the set of disagreements, so it cannot go stale when hyperjump or the suite changes.
 */
import type { SuiteCase } from './jsonSchemaSuite.js';

export type GapRemedy =
  /** The difference is wanted: Fixtura promises valid formats, so formats are asserted where the suite only annotates. */
  | { readonly kind: 'accepted' }
  /** hyperjump is wrong on a few instances; instances Fixtura samples are still checked, and a failure names this gap. */
  | { readonly kind: 'known-false-negative' }
  /** hyperjump resolves this schema wrongly: the case is left out of the rates and reported as excluded. */
  | { readonly kind: 'exclude' }
  /** hyperjump checks an equivalent copy of the schema. */
  | { readonly kind: 'rewrite'; readonly rewrite: (schema: unknown) => unknown }
  /** A secondary check runs beside hyperjump, for what hyperjump does not assert. */
  | { readonly kind: 'secondary-check'; readonly check: (instance: unknown, schema: unknown) => string[] };

export interface ValidatorGap {
  readonly draft: 'draft2020-12' | 'draft7';
  readonly file: string;
  /** The case's description; every case of the file when absent. */
  readonly description?: string;
  /** The descriptions of the suite's tests hyperjump gets wrong, as they stand before the remedy. */
  readonly tests: readonly string[] | 'all-invalid-tests' | 'annotation-tests';
  readonly reason: string;
  readonly remedy: GapRemedy;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Draft 7's `dependencies`, which the 2020-12 suite still expects asserted, in 2020-12's own keywords. */
function dependenciesAsDependentKeywords(schema: unknown): unknown {
  if (!isObject(schema) || !isObject(schema.dependencies)) return schema;
  const { dependencies, ...rest } = schema;
  const entries = Object.entries(dependencies);
  return {
    ...rest,
    dependentRequired: Object.fromEntries(entries.filter(([, v]) => Array.isArray(v))),
    dependentSchemas: Object.fromEntries(entries.filter(([, v]) => !Array.isArray(v))),
  };
}

/** hyperjump refuses to register a schema whose `$id` is a file: URI; any other base resolves the same. */
const fileIdElsewhere = (schema: unknown): unknown =>
  JSON.parse(JSON.stringify(schema).replaceAll('file:///', 'https://file.invalid/'));

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Draft 7 lets implementations assert `contentEncoding: base64` and `contentMediaType: application/json`, and the suite's optional tests do. */
function draft7Content(instance: unknown, schema: unknown): string[] {
  if (typeof instance !== 'string' || !isObject(schema)) return [];
  let text = instance;
  if (schema.contentEncoding === 'base64') {
    if (!BASE64.test(instance)) return ['# fails contentEncoding (not base64)'];
    text = Buffer.from(instance, 'base64').toString('utf8');
  }
  if (schema.contentMediaType === 'application/json') {
    try {
      JSON.parse(text);
    } catch {
      return ['# fails contentMediaType (not JSON)'];
    }
  }
  return [];
}

const LEAP_SECONDS = [
  'a valid time string with leap second, Zulu',
  'valid leap second, zero time-offset',
  'valid leap second, positive time-offset',
  'valid leap second, large positive time-offset',
  'valid leap second, negative time-offset',
  'valid leap second, large negative time-offset',
];

export const validatorGaps: readonly ValidatorGap[] = [
  {
    draft: 'draft2020-12',
    file: 'format.json',
    tests: 'annotation-tests',
    reason:
      'the suite says formats only annotate by default; Fixtura promises valid formats, so they are asserted',
    remedy: { kind: 'accepted' },
  },
  {
    draft: 'draft2020-12',
    file: 'optional/anchor.json',
    description: '$anchor inside an enum is not a real identifier',
    tests: [
      'exact match to enum, and type matches',
      'in implementations that strip $anchor, this may match either $def',
      'match $ref to $anchor',
    ],
    reason: 'hyperjump 1.18 takes the $anchor inside the enum for a real one and resolves #my_anchor wrongly',
    remedy: { kind: 'exclude' },
  },
  {
    draft: 'draft2020-12',
    file: 'optional/dependencies-compatibility.json',
    tests: 'all-invalid-tests',
    reason:
      "hyperjump's 2020-12 dialect ignores draft 7's `dependencies`, which this optional file expects asserted",
    remedy: { kind: 'rewrite', rewrite: dependenciesAsDependentKeywords },
  },
  ...(['draft2020-12', 'draft7'] as const).flatMap((draft): ValidatorGap[] => [
    {
      draft,
      file: 'optional/id.json',
      description:
        draft === 'draft7'
          ? 'id inside an enum is not a real identifier'
          : '$id inside an enum is not a real identifier',
      tests: ['exact match to enum, and type matches', `match $ref to ${draft === 'draft7' ? 'id' : '$id'}`],
      reason: 'hyperjump takes the $id inside the enum for a real one and resolves the $ref to it',
      remedy: { kind: 'exclude' },
    },
    {
      draft,
      file: 'optional/unknownKeyword.json',
      description: '$id inside an unknown keyword is not a real identifier',
      tests: [
        'type matches second anyOf, which has a real schema in it',
        'type matches non-schema in third anyOf',
      ],
      reason: 'hyperjump takes the $id inside an unknown keyword for a real one and resolves the $ref to it',
      remedy: { kind: 'exclude' },
    },
    {
      draft,
      file: 'ref.json',
      description: '$id with file URI still resolves pointers - *nix',
      tests: ['number is valid'],
      reason: 'hyperjump does not register a schema whose $id is a file: URI',
      remedy: { kind: 'rewrite', rewrite: fileIdElsewhere },
    },
    {
      draft,
      file: 'ref.json',
      description: '$id with file URI still resolves pointers - windows',
      tests: ['number is valid'],
      reason: 'hyperjump does not register a schema whose $id is a file: URI',
      remedy: { kind: 'rewrite', rewrite: fileIdElsewhere },
    },
    {
      draft,
      file: 'optional/format/time.json',
      description: 'validation of time strings',
      tests: LEAP_SECONDS,
      reason: 'hyperjump rejects leap seconds (23:59:60 UTC), which RFC 3339 allows',
      remedy: { kind: 'known-false-negative' },
    },
    {
      draft,
      file: 'optional/format/iri.json',
      description: 'validation of IRIs',
      tests: ['an IPvFuture host with an uppercase version letter is valid'],
      reason: 'hyperjump rejects IPvFuture hosts with an uppercase "V"',
      remedy: { kind: 'known-false-negative' },
    },
  ]),
  {
    draft: 'draft7',
    file: 'ref.json',
    description: '$ref prevents a sibling $id from changing the base uri',
    tests: [
      '$ref resolves to /definitions/base_foo, data does not validate',
      '$ref resolves to /definitions/base_foo, data validates',
    ],
    reason:
      "hyperjump's draft 7 lets the $id beside a $ref change the $ref's base URI, which draft 7 forbids",
    remedy: { kind: 'exclude' },
  },
  ...[
    'non-schema object containing a plain-name $id property',
    'non-schema object containing an $id property',
  ].map((description): ValidatorGap => ({
    draft: 'draft7',
    file: 'optional/id.json',
    description,
    // The suite has no test whose instance is the const itself, so hyperjump agrees with all of them.
    tests: [],
    reason:
      'hyperjump reads the $id inside a const value as an identifier and drops it, so no instance equals the const',
    remedy: { kind: 'exclude' },
  })),
  {
    draft: 'draft7',
    file: 'optional/content.json',
    tests: 'all-invalid-tests',
    reason:
      'hyperjump treats contentEncoding and contentMediaType as annotations; draft 7 allows asserting them',
    remedy: { kind: 'secondary-check', check: draft7Content },
  },
];

/** The gap that covers a case, if any. */
export function gapFor(draft: string, c: SuiteCase): ValidatorGap | undefined {
  return validatorGaps.find(
    (gap) =>
      gap.draft === draft &&
      gap.file === c.file &&
      (gap.description === undefined || gap.description === c.description),
  );
}

/** The suite test descriptions a gap expects hyperjump (before the remedy) to get wrong in one case. */
export function expectedDisagreements(gap: ValidatorGap, c: SuiteCase): string[] {
  if (gap.tests === 'all-invalid-tests') return c.tests.filter((t) => !t.valid).map((t) => t.description);
  if (gap.tests === 'annotation-tests')
    return c.tests.filter((t) => /only an annotation/.test(t.description)).map((t) => t.description);
  return [...gap.tests];
}
