/**
 * @module The independent judge of sampled instances: `@hyperjump/json-schema`, a validator that shares no
 * code with the Ajv Fixtura uses internally, with every format it knows asserted (not merely annotated).
 *
 * It compiles a document once through hyperjump's experimental compile/interpret API (pinned exactly, so
 * its shape cannot move under us): compiling each of Stripe's 775 component schemas separately recompiles
 * the schemas they share and costs about 30 times more than checking the instances.
 */
import {
  registerSchema,
  setShouldValidateFormat,
  unregisterSchema,
  validate,
} from '@hyperjump/json-schema/draft-2020-12';
import type { OutputUnit } from '@hyperjump/json-schema/draft-2020-12';
import '@hyperjump/json-schema/draft-07';
import '@hyperjump/json-schema/formats';
import {
  BASIC,
  compile,
  getSchema,
  interpret,
  type CompiledSchema,
} from '@hyperjump/json-schema/experimental';
import { fromJs } from '@hyperjump/json-schema/instance/experimental';

/** The dialects the conformance tests use, by the URI hyperjump knows them under. */
export const DIALECT = {
  draft2020_12: 'https://json-schema.org/draft/2020-12/schema',
  draft7: 'http://json-schema.org/draft-07/schema',
} as const;

// Fixtura's promise is "never an invalid instance", formats included, so formats are assertions here even
// where the dialect only annotates them.
setShouldValidateFormat(true);

export interface Verdict {
  readonly valid: boolean;
  /** One line per failed keyword: instance location, keyword, schema location. Empty when valid. */
  readonly errors: readonly string[];
}

/** One registered and compiled schema document. */
export interface IndependentValidator {
  /** Checks an instance against the document's root, or against the subschema at `fragment` (`#/$defs/X`). */
  check(instance: unknown, fragment?: string): Verdict;
  /** Removes the document from hyperjump's registry. */
  release(): void;
}

type HyperjumpSchema = Parameters<typeof registerSchema>[0];
type HyperjumpJson = Parameters<typeof fromJs>[0];

let registered = 0;

/**
 * Registers `schema` under a fresh URI (its own `$id`, if any, still names its resources), compiles it, and
 * returns a checker. `fragments` lists the subschemas `check` will be asked about; they must be JSON
 * pointers into an object schema without its own `anyOf`, which the validator's copy uses to reach them all.
 *
 * @example
 * const validator = await independentValidator({ type: 'integer' }, DIALECT.draft2020_12);
 * validator.check(1.5); // { valid: false, errors: ['# fails type (#/type)'] }
 */
export async function independentValidator(
  schema: unknown,
  dialect: string,
  fragments: readonly string[] = [],
): Promise<IndependentValidator> {
  const uri = `https://fixtura.test/independent/${++registered}`;
  const reachable =
    fragments.length === 0 ? schema : { ...(schema as object), anyOf: fragments.map(($ref) => ({ $ref })) };
  // The schemas come from JSON files or from converters of JSON, so they are JSON.
  registerSchema(reachable as HyperjumpSchema, uri, dialect);
  let compiled: CompiledSchema;
  try {
    compiled = await compile(await getSchema(uri));
  } catch (error) {
    unregisterSchema(uri);
    throw error;
  }
  return {
    check(instance, fragment) {
      // hyperjump keys compiled subschemas by canonical URI: the document's URI and its encoded pointer.
      const schemaUri =
        fragment === undefined ? compiled.schemaUri : `${uri}#${encodeURI(fragment.slice(1))}`;
      if (!(schemaUri in compiled.ast)) throw new Error(`${fragment} was not compiled; pass it in fragments`);
      return quietly(() => judge({ ast: compiled.ast, schemaUri }, instance, uri));
    },
    release: () => unregisterSchema(uri),
  };
}

/** A place where a schema breaks its dialect's metaschema. */
export interface SchemaProblem {
  /** A JSON pointer into the schema (`#/$defs/Item/definitions/itemType/type`). */
  readonly at: string;
  /** The metaschema keyword that failed, by its location (`…/meta/validation#/properties/type/anyOf`). */
  readonly keyword: string;
}

/**
 * Why hyperjump refuses to compile `schema` ("Invalid Schema" says only that it does): every leaf failure
 * of the schema checked against its dialect's metaschema, formats asserted as the judge asserts them.
 *
 * @example
 * await schemaProblems({ $defs: { A: { type: 'text' } } }, DIALECT.draft2020_12);
 * // [{ at: '#/$defs/A/type', keyword: 'https://json-schema.org/draft/2020-12/meta/validation#/…/enum' }, …]
 */
export async function schemaProblems(schema: unknown, dialect: string): Promise<SchemaProblem[]> {
  const output = await validate(dialect, schema as HyperjumpJson, BASIC);
  if (output.valid) return [];
  return (output.errors ?? [])
    .filter(isLeaf)
    .map((unit) => ({ at: unit.instanceLocation, keyword: unit.absoluteKeywordLocation }));
}

/**
 * Where `value` stops being JSON, if it does: hyperjump would only say "Not a JSON compatible type", and
 * would take NaN for a number although JSON cannot write it.
 */
export function notJson(value: unknown, at = '#'): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number')
    return Number.isFinite(value) ? undefined : `${at} is ${value}, not a JSON number`;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const problem = notJson(item, `${at}/${i}`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value !== 'object') return `${at} is ${typeof value}, not JSON`;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null)
    return `${at} is an object whose prototype is not Object.prototype (a "__proto__" key set by assignment?)`;
  for (const [key, item] of Object.entries(value)) {
    const problem = notJson(item, `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
    if (problem) return problem;
  }
  return undefined;
}

function judge(compiled: CompiledSchema, instance: unknown, uri: string): Verdict {
  const problem = notJson(instance);
  if (problem) return { valid: false, errors: [problem] };
  try {
    const node = fromJs(instance as HyperjumpJson);
    if (interpret(compiled, node).valid) return { valid: true, errors: [] };
    const output = interpret(compiled, node, BASIC);
    const errors = output.valid
      ? []
      : (output.errors ?? []).filter(isLeaf).map((unit) => describe(unit, uri));
    return { valid: false, errors: errors.length > 0 ? errors : ['invalid (no detail in the output)'] };
  } catch (error) {
    // A format check that throws on a string it rejects (hyperjump's iri does).
    return { valid: false, errors: [`the validator threw: ${(error as Error).message}`] };
  }
}

const APPLICATORS = new Set([
  'allOf',
  'anyOf',
  'oneOf',
  'properties',
  'patternProperties',
  'items',
  'prefixItems',
]);

/** Applicators fail because a keyword under them failed; the leaves say why. */
function isLeaf(unit: OutputUnit): boolean {
  const keyword = unit.absoluteKeywordLocation.split('/').pop() ?? '';
  return !APPLICATORS.has(keyword) && !/ref$/i.test(keyword);
}

function describe(unit: OutputUnit, uri: string): string {
  const keyword = unit.absoluteKeywordLocation.split('/').pop() ?? unit.keyword;
  const where = unit.absoluteKeywordLocation.startsWith(uri)
    ? unit.absoluteKeywordLocation.slice(uri.length)
    : unit.absoluteKeywordLocation;
  return `${unit.instanceLocation} fails ${keyword} (${where})`;
}

/**
 * hyperjump's idn-hostname check `console.log`s every hostname it rejects; the verdict already says so, and
 * the log would bury the test report.
 */
function quietly<T>(run: () => T): T {
  const log = console.log;
  console.log = () => {};
  try {
    return run();
  } finally {
    console.log = log;
  }
}
