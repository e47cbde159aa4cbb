/**
 * @module Checks the proof of a refusal without Fixtura's code: from the refused schema (converted to draft
 * 2020-12, as the judge reads it) down the instance path the refusal names (`at /vmSpecs/diskType: …`), each
 * step a property every instance must hold — the location is an object by `type` and the name is `required` —
 * and there, in every combination of `anyOf`/`oneOf` branches, the conflict the refusal's code claims:
 *
 * - `schema/required-forbidden` (also under `schema/no-branch`): a name one schema requires is in no
 *   `properties` and matches no `patternProperties` of another schema whose `additionalProperties` is `false`;
 * - `schema/enum-conflict`: every value of an `enum`/`const` fails one of the schemas there, by the
 *   independent validator (hyperjump);
 * - `schema/string-conflict` that names an anchor: a string's pattern no string matches because of a
 *   top-level `^` or `$` (`emptyByAnchor.ts`), or an object whose minProperties asks for a property whose
 *   every value falls under such a string.
 *
 * Only `$ref`, `allOf`, `anyOf`, `oneOf` and, per step, `properties`, `patternProperties` and
 * `additionalProperties` are followed; every other keyword is left out, which can only make the checker find
 * fewer conflicts, never more: what it proves holds. What it cannot follow (a path through an optional or
 * nullable property, a pattern it cannot compile, too many branches) it leaves undecided.
 */
import type { Verdict } from '../support/independentValidator.js';
import { emptyByAnchor } from './emptyByAnchor.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One schema that applies at a location: its value, and its pointer in the converted document. */
interface Applied {
  readonly schema: unknown;
  readonly pointer: string;
}

/** The proof checked out, did not (the conflict it claims is not there), or the checker cannot tell. */
export type ProofCheck =
  | { readonly verdict: 'proven'; readonly proof: string }
  | { readonly verdict: 'false'; readonly why: string }
  | { readonly verdict: 'undecided'; readonly why: string };

export interface ClaimedRefusal {
  readonly code: string;
  readonly message: string;
  /** The converted draft 2020-12 document holding every component in `$defs`. */
  readonly converted: object;
  /** The refused component's fragment in `converted` (`#/$defs/Pet`). */
  readonly fragment: string;
  /** The independent validator, on the subschema at a fragment of `converted`. */
  readonly check: (instance: unknown, fragment: string) => Verdict;
}

/** Combinations of branches the checker follows before it gives up. */
const MAX_ALTERNATIVES = 256;

class Undecided extends Error {}

/**
 * Checks a refusal's proof.
 *
 * @example
 * checkProof({ code: 'schema/required-forbidden', message: 'required property "a" is forbidden by …', converted, fragment: '#/$defs/A', check });
 * // { verdict: 'proven', proof: '"a" is required at #/$defs/A/required; #/$defs/A has additionalProperties: false and no property or pattern for it' }
 */
export function checkProof(refusal: ClaimedRefusal): ProofCheck {
  const kind =
    refusal.code === 'schema/enum-conflict'
      ? 'enum'
      : refusal.code === 'schema/required-forbidden' ||
          (refusal.code === 'schema/no-branch' && /required property "/.test(refusal.message))
        ? 'required'
        : refusal.code === 'schema/string-conflict' &&
            /comes (after|before) text every match must consume/.test(refusal.message)
          ? 'anchor'
          : null;
  if (kind === null) return { verdict: 'undecided', why: `no checker for ${refusal.code}` };
  try {
    const path = instancePath(refusal.message);
    let alternatives = expand(refusal.converted, [pointerOf(refusal.fragment)]);
    let forks = false;
    for (const token of path) {
      const next: Applied[][] = [];
      for (const applied of alternatives) {
        if (!forcedObject(applied))
          throw new Undecided(`the value above ${token} is not an object by its type`);
        if (!applied.some((a) => isObject(a.schema) && asList(a.schema.required).includes(token)))
          throw new Undecided(`"${token}" is not required where the path passes`);
        // A required name forbidden on the way is itself the conflict; the claim names a deeper one.
        const values = valueSchemas(applied, token);
        if (values === false) throw new Undecided(`"${token}" is itself forbidden on the way`);
        next.push(
          ...expand(
            refusal.converted,
            values.map((a) => a.pointer),
          ),
        );
        if (next.length > MAX_ALTERNATIVES) throw new Undecided('too many branch combinations');
      }
      forks ||= next.length > alternatives.length;
      alternatives = next;
    }
    forks ||= alternatives.length > 1;
    const proofs: string[] = [];
    for (const applied of alternatives) {
      const found =
        kind === 'enum'
          ? enumConflict(applied, refusal.check)
          : kind === 'anchor'
            ? anchorConflict(applied, refusal.converted)
            : requiredForbidden(applied);
      if (found === undefined) {
        // In one branch combination the conflict is not where the refusal says; a deeper one may still be.
        if (forks) return { verdict: 'undecided', why: 'a branch combination without that conflict there' };
        // The checker reads anchors at a pattern's top level only; Fixtura's proof may sit in a group.
        if (kind === 'anchor')
          return { verdict: 'undecided', why: 'no anchor at the top level of a pattern proves it empty' };
        if (beyondChecker(refusal.message))
          return { verdict: 'undecided', why: 'the refusal names a keyword the checker does not read' };
        return {
          verdict: 'false',
          why: `no ${kind === 'enum' ? 'enum every value of which fails' : 'required property forbidden by additionalProperties: false'} at ${pointerText(path)}`,
        };
      }
      proofs.push(found);
    }
    const where =
      path.length > 0 ? `every instance holds ${pointerText(path)} (each step required of an object); ` : '';
    const each =
      alternatives.length > 1
        ? `in each of the ${alternatives.length} combinations of anyOf/oneOf branches: ${[...new Set(proofs)].slice(0, 3).join('; ')}${new Set(proofs).size > 3 ? '; …' : ''}`
        : (proofs[0] ?? '');
    return { verdict: 'proven', proof: `${where}${each}` };
  } catch (error) {
    if (error instanceof Undecided) return { verdict: 'undecided', why: error.message };
    throw error;
  }
}

/**
 * Whether a refusal rests on keywords the checker does not read (a name pulled in by `dependentRequired`, one
 * `propertyNames` or `unevaluatedProperties: false` forbids): not finding its conflict then says nothing.
 */
const beyondChecker = (message: string): boolean =>
  /propertyNames|unevaluatedProperties|dependentRequired|dependencies|the object schemas|excludes it/.test(
    message,
  );

/** The instance path a refusal starts with (`at /a/b: …`), as property names and item indices. */
function instancePath(message: string): string[] {
  const m = /^at ((?:\/[^/]*?)+): /.exec(message);
  if (!m) return [];
  return m[1]!.slice(1).split('/').map(unescaped);
}

const escaped = (t: string): string => t.replaceAll('~', '~0').replaceAll('/', '~1');
const unescaped = (t: string): string => t.replaceAll('~1', '/').replaceAll('~0', '~');
const pointerText = (path: readonly string[]): string => path.map((t) => `/${escaped(t)}`).join('') || '/';

/** A fragment (`#/$defs/A`) or a local `$ref` as a JSON pointer. */
function pointerOf(ref: string): string {
  if (!ref.startsWith('#')) throw new Undecided(`a $ref outside the document: ${ref}`);
  return decodeURIComponent(ref.slice(1));
}

function resolve(root: unknown, pointer: string): unknown {
  let at = root;
  for (const raw of pointer.split('/').slice(1)) {
    const token = unescaped(raw);
    if (Array.isArray(at)) at = at[Number(token)];
    else if (isObject(at) && Object.hasOwn(at, token)) at = at[token];
    else throw new Undecided(`nothing at ${pointer}`);
  }
  return at;
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * The schemas that apply at once to a value the schemas at `pointers` apply to: through `$ref` and `allOf`
 * all of them, through `anyOf`/`oneOf` one branch each, so one list per combination of branches. A valid
 * value satisfies every schema of at least one list (for oneOf, of exactly one; excluding the others is not
 * needed to show that none can be satisfied).
 */
function expand(root: unknown, pointers: readonly string[], depth = 0): Applied[][] {
  if (depth > 32) throw new Undecided('branches nested too deep');
  let combinations: Applied[][] = [[]];
  const seen = new Set<string>();
  const visit = (pointer: string): void => {
    if (seen.has(pointer)) return;
    seen.add(pointer);
    const schema = resolve(root, pointer);
    combinations = combinations.map((c) => [...c, { schema, pointer }]);
    if (!isObject(schema)) return;
    if (typeof schema.$ref === 'string') visit(pointerOf(schema.$ref));
    else if (schema.$ref !== undefined || schema.$dynamicRef !== undefined)
      throw new Undecided(`a reference the checker does not follow at ${pointer}`);
    asList(schema.allOf).forEach((_, i) => visit(`${pointer}/allOf/${i}`));
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const branches = asList(schema[keyword]);
      if (branches.length === 0) continue;
      // Each branch is expanded on its own, then joined to every combination so far.
      const expanded = branches.flatMap((_, i) => expand(root, [`${pointer}/${keyword}/${i}`], depth + 1));
      combinations = combinations.flatMap((c) => expanded.map((b) => [...c, ...b]));
      if (combinations.length > MAX_ALTERNATIVES) throw new Undecided('too many branch combinations');
    }
  };
  for (const p of pointers) visit(p);
  return combinations;
}

/** Whether some schema's `type` admits only `type` (nullable ones list "null" too, and are not). */
function forced(applied: readonly Applied[], type: 'object' | 'string'): boolean {
  return applied.some((a) => {
    if (!isObject(a.schema)) return false;
    const t = a.schema.type;
    return t === type || (Array.isArray(t) && t.length > 0 && t.every((x) => x === type));
  });
}

const forcedObject = (applied: readonly Applied[]): boolean => forced(applied, 'object');

function matches(pattern: string, name: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(name);
  } catch {
    throw new Undecided(`a patternProperties pattern the checker cannot compile: ${pattern}`);
  }
}

/**
 * The schemas that apply to property `name`'s value: each object schema's `properties` entry, else the
 * `patternProperties` its name matches, else its `additionalProperties`; `false` when one of them forbids it.
 */
function valueSchemas(applied: readonly Applied[], name: string): Applied[] | false {
  const out: Applied[] = [];
  for (const a of applied) {
    if (!isObject(a.schema)) continue;
    const sub: Applied[] = [];
    const properties = a.schema.properties;
    if (isObject(properties) && Object.hasOwn(properties, name))
      sub.push({ schema: properties[name], pointer: `${a.pointer}/properties/${escaped(name)}` });
    const patterns = a.schema.patternProperties;
    if (isObject(patterns))
      for (const [p, s] of Object.entries(patterns))
        if (matches(p, name))
          sub.push({ schema: s, pointer: `${a.pointer}/patternProperties/${escaped(p)}` });
    if (sub.length === 0 && a.schema.additionalProperties !== undefined)
      sub.push({ schema: a.schema.additionalProperties, pointer: `${a.pointer}/additionalProperties` });
    if (sub.some((s) => s.schema === false)) return false;
    out.push(...sub);
  }
  return out;
}

/** A required name some schema forbids, where the value must be an object: the proof, or undefined. */
function requiredForbidden(applied: readonly Applied[]): string | undefined {
  if (!forcedObject(applied)) return undefined;
  for (const a of applied) {
    if (!isObject(a.schema)) continue;
    for (const name of asList(a.schema.required)) {
      if (typeof name !== 'string') continue;
      const forbidding = applied.find((b) => isObject(b.schema) && valueSchemas([b], name) === false);
      if (forbidding)
        return `"${name}" is required at #${a.pointer}/required and #${forbidding.pointer} forbids it (additionalProperties: false, no property or pattern for it)`;
    }
  }
  return undefined;
}

/**
 * A string every pattern-matching of which an anchor rules out (`emptyByAnchor`), or an object that
 * minProperties makes hold a property, declares none, so that every value falls under additionalProperties,
 * where that holds in every branch combination: the proof, or undefined.
 */
function anchorConflict(applied: readonly Applied[], root: unknown): string | undefined {
  if (forced(applied, 'string'))
    for (const a of applied) {
      const pattern = isObject(a.schema) ? a.schema.pattern : undefined;
      const why = typeof pattern === 'string' ? emptyByAnchor(pattern) : undefined;
      if (why) return `#${a.pointer}/pattern: ${why}`;
    }
  const needs = applied.find((a) => isObject(a.schema) && Number(a.schema.minProperties) >= 1);
  const declares = applied.some(
    (a) => isObject(a.schema) && (isObject(a.schema.properties) || isObject(a.schema.patternProperties)),
  );
  if (!forced(applied, 'object') || !needs || declares) return undefined;
  const values = valueSchemas(applied, '');
  if (values === false || values.length === 0) return undefined;
  const proofs = expand(
    root,
    values.map((v) => v.pointer),
  ).map((combination) => anchorConflict(combination, root));
  if (proofs.some((p) => p === undefined)) return undefined;
  return `#${needs.pointer}/minProperties asks for a property, none is declared, so every value falls under ${values.map((v) => `#${v.pointer}`).join(', ')}: ${proofs[0]}`;
}

/** An enum (or const) every value of which some applied schema rejects, by the validator: the proof, or undefined. */
function enumConflict(applied: readonly Applied[], check: ClaimedRefusal['check']): string | undefined {
  for (const a of applied) {
    if (!isObject(a.schema)) continue;
    const values = Array.isArray(a.schema.enum)
      ? a.schema.enum
      : 'const' in a.schema
        ? [a.schema.const]
        : null;
    if (values === null) continue;
    const rejecters = values.map((v) => applied.find((b) => b.schema === false || !valid(check, v, b)));
    if (rejecters.every((r) => r !== undefined)) {
      const by = [...new Set(rejecters.map((r) => `#${r.pointer}`))];
      return `none of the ${values.length} values of #${a.pointer}/${Array.isArray(a.schema.enum) ? 'enum' : 'const'} is valid against ${by.join(', ')} (hyperjump)`;
    }
  }
  return undefined;
}

function valid(check: ClaimedRefusal['check'], value: unknown, at: Applied): boolean {
  try {
    return check(value, `#${at.pointer}`).valid;
  } catch (error) {
    throw new Undecided(`the validator cannot check against #${at.pointer}: ${(error as Error).message}`);
  }
}
