/**
 * @module The last word on every instance: an Ajv validator for the document's dialect, with formats asserted,
 * compiled once per schema location. Generators construct values that should be valid; the verifier makes
 * sure, so that Fixtura never returns an invalid instance — a value that fails is drawn again or refused.
 */
import { createRequire } from 'node:module';
import type * as AjvModule from 'ajv';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type * as Ajv2019Module from 'ajv/dist/2019.js';
import type { Ajv2019 } from 'ajv/dist/2019.js';
import type * as Ajv2020Module from 'ajv/dist/2020.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type * as AjvFormatsModule from 'ajv-formats';
import type * as CfworkerModule from '@cfworker/json-schema';
import type { SchemaDraft, Validator } from '@cfworker/json-schema';
import { decimalsKeyword } from '../../jsonSchema/decimalsKeyword.js';
import { hideDataFromAjv } from '../../jsonSchema/hideDataFromAjv.js';
import type { SchemaNode } from '../../jsonSchema/schemaIndex.js';
import { addFormatValidators } from '../values/formats/addFormatValidators.js';
import type { SchemaSpace } from './constraints.js';
import { ajvRegExp, RefusedPatternError } from '../../jsonSchema/pattern/safePattern.js';
import { hasRiskyPattern } from '../../jsonSchema/pattern/unsafePatterns.js';

type AnyAjv = Ajv | Ajv2019 | Ajv2020;

/**
 * The validators are loaded on first use, synchronously (`require` of CommonJS Ajv, and of the ES module
 * @cfworker/json-schema, which Node ≥ 20.19 allows): a contract without JSON fields never samples a schema,
 * and loading four Ajv dialects was a fifth of `fixtura generate`'s start-up (issue 15).
 */
const load = createRequire(import.meta.url);
interface Validators {
  readonly Ajv: typeof Ajv;
  readonly Ajv2019: typeof Ajv2019;
  readonly Ajv2020: typeof Ajv2020;
  readonly Ajv04: typeof Ajv;
  readonly addFormats: typeof AjvFormatsModule.default;
}
let validators: Validators | undefined;
function ajvModules(): Validators {
  validators ??= {
    Ajv: (load('ajv') as typeof AjvModule).Ajv,
    Ajv2019: (load('ajv/dist/2019.js') as typeof Ajv2019Module).Ajv2019,
    Ajv2020: (load('ajv/dist/2020.js') as typeof Ajv2020Module).Ajv2020,
    Ajv04: load('ajv-draft-04') as typeof Ajv,
    addFormats: load('ajv-formats') as typeof AjvFormatsModule.default,
  };
  return validators;
}
let cfworker: typeof CfworkerModule | undefined;

/** `allErrors` lists every failing keyword, as negative payloads need; the sampler stops at the first. */
function ajvFor(space: SchemaSpace, allErrors: boolean): AnyAjv {
  const options = {
    strict: false,
    validateSchema: false,
    allErrors,
    unicodeRegExp: true,
    // Unknown formats are annotations (2020-12); Ajv would say so on the console for every schema.
    logger: false,
    // Each referenced schema becomes one function, compiled once, instead of being inlined into every schema
    // that refers to it: on GitHub's API, compiling all components drops from 24 s to under a second.
    inlineRefs: false,
    // Ajv's code optimiser pays off for one schema validated millions of times; here schemas are many and the
    // values each sees few, and optimising dominated compile time.
    code: { optimize: false, regExp: ajvRegExp },
    // Properties named like Object.prototype members (`constructor`) count only when the instance has them.
    ownProperties: true,
  } as const;
  const { Ajv, Ajv2019, Ajv2020, Ajv04, addFormats } = ajvModules();
  let ajv: AnyAjv;
  switch (space.dialect) {
    case 'draft-04':
      ajv = new Ajv04(options);
      break;
    case 'draft-06':
    case 'draft-07':
      ajv = new Ajv(options);
      break;
    case '2019-09':
      ajv = new Ajv2019(options);
      break;
    case '2020-12':
      ajv = new Ajv2020(options);
      break;
  }
  addFormats.default(ajv as Ajv, { mode: 'full', keywords: false });
  // Formats ajv-formats does not know (idn-email, iri, …) are asserted too, not ignored, and those it reads
  // loosely (date-time, duration) are read as their RFC says.
  addFormatValidators(ajv);
  // Fixtura's exact decimals (from its own contracts' JSON Schema) are a constraint, not an annotation.
  ajv.addKeyword(decimalsKeyword);
  return ajv;
}

/** Adds a document's root to an Ajv instance; returns the URI its schemas are found under. */
function addRoot(ajv: AnyAjv, space: SchemaSpace): string {
  const root = hideDataFromAjv(space.index.root);
  const id = root !== null && typeof root === 'object' ? (root as Record<string, unknown>).$id : undefined;
  const idKey = space.dialect === 'draft-04' ? (root as Record<string, unknown> | null)?.id : id;
  if (typeof idKey === 'string' && !idKey.startsWith('#')) {
    ajv.addSchema(root as object);
    return idKey.replace(/#$/, '');
  }
  if (typeof root === 'boolean') ajv.addSchema({ allOf: [root] }, space.index.rootBase);
  else ajv.addSchema(root as object, space.index.rootBase);
  return space.index.rootBase;
}

export class Verifier {
  private readonly ajv: AnyAjv;
  private readonly rootRef: string;
  private readonly compiled = new Map<string, ValidateFunction | null>();
  /** Why a schema did not compile, when it was a refused pattern it reaches. */
  private readonly refusedPatterns = new Map<string, RefusedPatternError>();
  private readonly fallbacks = new Map<string, Validator | null>();
  /** Ajv's $dynamicRef support is partial: where a document uses it, both validators must agree. */
  private readonly dynamic: boolean;

  /** @cfworker/json-schema matches with V8's RegExp unguarded: it is not asked about risky patterns. */
  private readonly fallbackAllowed: boolean;

  /** The same document compiled with `allErrors`, made on first use (only negative payloads ask for it). */
  private detailed: { ajv: AnyAjv; compiled: Map<string, ValidateFunction | null> } | null = null;

  constructor(private readonly space: SchemaSpace) {
    this.ajv = ajvFor(space, false);
    this.dynamic = /"\$(dynamicRef|recursiveRef)"/.test(JSON.stringify(space.index.root) ?? '');
    this.rootRef = addRoot(this.ajv, space);
    this.fallbackAllowed = !hasRiskyPattern(space.index.root);
  }

  private validator(node: SchemaNode, ajv = this.ajv, compiled = this.compiled): ValidateFunction | null {
    const key = node.pointer;
    let fn = compiled.get(key);
    if (fn === undefined) {
      try {
        const ref = key === '' ? this.rootRef : `${this.rootRef}#${key}`;
        fn = (ajv.getSchema(ref) as ValidateFunction | undefined) ?? null;
      } catch (error) {
        fn = null;
        if (error instanceof RefusedPatternError) this.refusedPatterns.set(key, error);
      }
      compiled.set(key, fn);
    }
    return fn;
  }

  /**
   * Every failing keyword of a value (Ajv with `allErrors`): `[]` when it is valid, `null` when Ajv cannot
   * compile or evaluate the schema. Instance paths are relative to the value.
   */
  errors(node: SchemaNode, value: unknown): readonly ErrorObject[] | null {
    if (node.schema === true) return [];
    if (!this.detailed) {
      const ajv = ajvFor(this.space, true);
      addRoot(ajv, this.space);
      this.detailed = { ajv, compiled: new Map() };
    }
    const fn = this.validator(node, this.detailed.ajv, this.detailed.compiled);
    if (!fn) return null;
    try {
      return fn(value) ? [] : [...(fn.errors ?? [])];
    } catch {
      return null;
    }
  }

  /** The refused pattern that kept the node's schema from compiling, if that is what did. */
  refusedPattern(node: SchemaNode): RefusedPatternError | undefined {
    return this.refusedPatterns.get(node.pointer);
  }

  /** Whether the value satisfies the node's schema; `null` when the schema cannot be compiled. */
  check(node: SchemaNode, value: unknown): boolean | null {
    if (node.schema === true) return true;
    if (node.schema === false) return false;
    const fn = this.validator(node);
    if (fn) {
      try {
        const verdict = fn(value);
        if (!verdict || !this.dynamic) return verdict;
        const second = this.fallback(node);
        return second ? second.validate(value).valid : verdict;
      } catch {
        // Ajv recurses without end on some $ref/$dynamicRef graphs: ask the second validator.
      }
    }
    const second = this.fallback(node);
    if (!second) return null;
    try {
      return second.validate(value).valid;
    } catch {
      return null;
    }
  }

  /**
   * @cfworker/json-schema, for the schemas Ajv cannot compile or loops on (some $dynamicRef and relative-$id
   * graphs): slower, interpreted, and exact on them. What neither can check is refused, not promised.
   */
  private fallback(node: SchemaNode): Validator | null {
    if (!this.fallbackAllowed) return null;
    let v = this.fallbacks.get(node.pointer);
    if (v === undefined) {
      try {
        const draft: SchemaDraft =
          this.space.dialect === 'draft-04'
            ? '4'
            : this.space.dialect === '2019-09'
              ? '2019-09'
              : this.space.dialect === '2020-12'
                ? '2020-12'
                : '7';
        const root = this.space.index.root;
        const { Validator } = (cfworker ??= load('@cfworker/json-schema') as typeof CfworkerModule);
        if (node.pointer === '') v = new Validator(root as object | boolean, draft, true);
        else {
          v = new Validator({ $ref: `${this.rootRef}#${node.pointer}` }, draft, true);
          v.addSchema(root as object, this.rootRef);
        }
      } catch {
        v = null;
      }
      this.fallbacks.set(node.pointer, v);
    }
    return v;
  }

  /**
   * Whether a string passes the format `name` as this verifier asserts it (an unknown format, or one of
   * numbers, says nothing of strings): the sampler checks each drawn string, so a pattern's draw that misses
   * the format is drawn again there rather than failing the whole instance.
   */
  formatHolds(name: string, value: string): boolean {
    const format = this.ajv.formats[name];
    if (format === undefined || format === true) return true;
    if (format instanceof RegExp) return format.test(value);
    if (typeof format === 'function') return format(value) === true;
    if (format.type === 'number' || format.async === true) return true;
    const validate = format.validate;
    return validate instanceof RegExp
      ? validate.test(value)
      : (validate as (s: string) => boolean)(value) === true;
  }

  /** Ajv's message for the first failure, for refusals. */
  explain(node: SchemaNode, value: unknown): string {
    const fn = this.validator(node);
    if (!fn) return 'the schema cannot be compiled';
    try {
      if (fn(value)) return 'valid';
    } catch {
      return 'the validator cannot evaluate this schema';
    }
    const e = fn.errors?.[0];
    return e
      ? `${e.instancePath || 'value'} ${e.message ?? 'is invalid'} (schema ${e.schemaPath})`
      : 'invalid';
  }
}
