/**
 * @module Judging a document schema by schema when hyperjump cannot compile it whole. hyperjump checks the
 * whole document against its metaschema before compiling any of it, so one keyword it rejects (codat.io's
 * `Item` keeps, under `definitions`, an object whose `type` is a schema) used to leave every schema of the
 * document unjudged. Instead, each rejected keyword is taken out of a copy of the document, and the
 * component schemas whose meaning that could change — those holding the keyword's schema object, or
 * reaching it through `$ref`s — are set aside, each reported with its reason. The rest is judged on the copy.
 */
import type { SchemaProblem } from '../support/independentValidator.js';
import { pointerToken } from '../support/openapiToJsonSchema.js';
import { valueAt } from './invalidCause.js';

interface ConvertedSchema {
  readonly $defs: Record<string, unknown>;
}

/** A schema object the copy changed (the one holding a rejected keyword), and why. */
interface Zone {
  readonly at: string;
  readonly reason: string;
}

/** A pointer's tokens, decoded as hyperjump writes them (percent-encoded) and as JSON Pointer escapes them. */
function tokens(pointer: string): string[] {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((t) => t !== '')
    .map((raw) => {
      let t = raw;
      try {
        t = decodeURIComponent(raw);
      } catch {
        // A bare % is the character itself.
      }
      return t.replaceAll('~1', '/').replaceAll('~0', '~');
    });
}

/** One spelling per location: the tokens, JSON-Pointer-escaped. */
const canonical = (pointer: string): string => `#/${tokens(pointer).map(pointerToken).join('/')}`;

/** Whether `inner` is `outer` or lies inside it. */
const within = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(`${outer}/`);

/** Removes the keyword (or array item) at `pointer` from `root`, in place. */
function remove(root: unknown, pointer: string): boolean {
  const path = tokens(pointer);
  const last = path.pop();
  const parent = valueAt(root, `#/${path.map(pointerToken).join('/')}`);
  if (last === undefined || parent === null || typeof parent !== 'object') return false;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete (parent as Record<string, unknown>)[last];
  return true;
}

/** Every `$ref` inside the value at `pointer` (data included: erring towards setting more aside). */
function refsUnder(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refsUnder(item, into);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        if (value.startsWith('#')) into.push(canonical(value));
      } else refsUnder(value, into);
    }
  }
  return into;
}

/**
 * A copy of `converted` that hyperjump's metaschema accepts, and the component schemas (`#/$defs/Name`, as
 * the converter's fragments spell them) that must not be judged on it, each with its reason. `problems` is
 * what `check` says of a schema (schemaProblems); it is asked again of the copy until the copy passes.
 * Returns no copy when a problem cannot be taken out (one at the document's root).
 *
 * @example
 * await setAsideUnjudgeable(converted, (s) => schemaProblems(s, DIALECT.draft2020_12));
 * // { schema: { $defs: { …, Item: { …, definitions: { itemType: {} } } } }, unjudgeable: Map {
 * //   '#/$defs/Item' => "hyperjump's metaschema rejects #/$defs/Item/definitions/itemType/type (…): {…}",
 * //   '#/$defs/Items' => 'it refers to #/$defs/Item, which hyperjump cannot compile' } }
 */
export async function setAsideUnjudgeable<T extends ConvertedSchema>(
  converted: T,
  problemsOf: (schema: T) => Promise<readonly SchemaProblem[]>,
): Promise<{ schema: T; unjudgeable: Map<string, string> } | undefined> {
  const copy = structuredClone(converted);
  const zones: Zone[] = [];
  for (let round = 0; round < 5; round++) {
    const problems = await problemsOf(copy);
    if (problems.length === 0) {
      // hyperjump compiles every subschema, so a `$ref` into what was taken out must go too; only set-aside
      // schemas hold one.
      cutReferences(copy, zones);
      return { schema: copy, unjudgeable: unjudgeableEntries(converted, zones) };
    }
    for (const problem of problems) {
      const at = canonical(problem.at);
      const where = problem.keyword.replace(/^.*\/meta\//, '…/');
      const value = JSON.stringify(valueAt(converted, at))?.slice(0, 120);
      const holder = at.slice(0, at.lastIndexOf('/'));
      if (tokens(holder).length < 2 || !remove(copy, at)) return undefined;
      zones.push({ at: holder, reason: `hyperjump's metaschema rejects ${at} (${where}): ${value}` });
    }
  }
  return undefined;
}

/** Removes every `$ref` that points into a zone, or at a schema holding one. */
function cutReferences(node: unknown, zones: readonly Zone[]): void {
  if (Array.isArray(node)) for (const item of node) cutReferences(item, zones);
  else if (node !== null && typeof node === 'object') {
    const ref = (node as Record<string, unknown>).$ref;
    if (typeof ref === 'string' && ref.startsWith('#')) {
      const target = canonical(ref);
      if (zones.some((z) => within(z.at, target) || within(target, z.at)))
        delete (node as Record<string, unknown>).$ref;
    }
    for (const value of Object.values(node)) cutReferences(value, zones);
  }
}

/** The entries a zone lies in, or that reach one through `$ref`s (to a fixpoint, as references may cycle). */
function unjudgeableEntries(converted: ConvertedSchema, zones: readonly Zone[]): Map<string, string> {
  const reasons = new Map<string, string>();
  const direct = (target: string) => zones.find((z) => within(z.at, target) || within(target, z.at))?.reason;
  const entries = Object.keys(converted.$defs).map((name) => `#/$defs/${pointerToken(name)}`);
  const refs = new Map<string, string[]>();
  const pending = [...entries];
  while (pending.length > 0) {
    const target = pending.pop()!;
    if (refs.has(target)) continue;
    const under = refsUnder(valueAt(converted, target));
    refs.set(target, under);
    pending.push(...under);
  }
  for (const target of refs.keys()) {
    const reason = direct(target);
    if (reason) reasons.set(target, reason);
  }
  for (let grew = true; grew;) {
    grew = false;
    for (const [target, under] of refs) {
      if (reasons.has(target)) continue;
      const reached = under.find((r) => reasons.has(r));
      if (reached === undefined) continue;
      reasons.set(target, `it refers to ${reached}, which hyperjump cannot compile`);
      grew = true;
    }
  }
  return new Map(entries.filter((e) => reasons.has(e)).map((e) => [e, reasons.get(e)!]));
}
