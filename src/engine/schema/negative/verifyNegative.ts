/**
 * @module The check every negative record passes before it is returned: the verifier rejects it, and every
 * error Ajv lists (with `allErrors`) is the labelled keyword — that keyword at that place in the schema, at the
 * labelled path in the record — or is explained by it: the anyOf/oneOf/if wrapper errors on the way, and the
 * errors of the branches the record was not built from (which it must fail too, or another branch would
 * accept it). Another keyword of the same name failing elsewhere in the schema is another reason: refused.
 */
import type { ErrorObject } from 'ajv';
import { escapeToken, pointerTokens, unescapeToken, valueAt } from '../../../jsonSchema/jsonPointer.js';
import type { SchemaNode } from '../../../jsonSchema/schemaIndex.js';
import type { Verifier } from '../verifier.js';
import type { RouteStep } from './site.js';

export interface Label {
  readonly keyword: string;
  readonly path: string;
  readonly schemaPath: string;
}

/** Where an error points: its instance path, and for a missing or extra key that key's path. */
function errorPath(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  const key = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
  return typeof key === 'string' ? `${e.instancePath}/${escapeToken(key)}` : e.instancePath;
}

/**
 * Whether an error comes from the labelled keyword. Ajv's schemaPath starts at the schema it compiled (the
 * target, or a `$ref`'s target), so it is a suffix of the label's pointer into the document; its tokens are
 * URI-encoded.
 */
function fromLabel(e: ErrorObject, label: Label): boolean {
  if (e.keyword !== label.keyword || errorPath(e) !== label.path) return false;
  const tokens = e.schemaPath.replace(/^#\/?/, '');
  const own = tokens === '' ? [] : tokens.split('/').map((t) => unescapeToken(decodeURIComponent(t)));
  const labelled = pointerTokens(label.schemaPath);
  return (
    own.length <= labelled.length && own.every((t, i) => t === labelled[labelled.length - own.length + i])
  );
}

function signature(e: ErrorObject, prefix: string): string {
  return `${e.keyword}\u0000${prefix}${e.instancePath}\u0000${JSON.stringify(e.params)}`;
}

function isWrapper(e: ErrorObject, route: readonly RouteStep[]): boolean {
  const failedOneOf =
    e.keyword === 'oneOf' && (e.params as { passingSchemas?: unknown }).passingSchemas == null;
  if (e.keyword !== 'anyOf' && e.keyword !== 'if' && !failedOneOf) return false;
  return route.some((step) => step.kind === e.keyword && step.path === e.instancePath);
}

function describe(errors: readonly ErrorObject[]): string {
  const shown = errors.slice(0, 3).map((e) => `${e.keyword} at ${errorPath(e) || '/'}`);
  return shown.join(', ') + (errors.length > 3 ? ` and ${errors.length - 3} more` : '');
}

/**
 * Whether `record` fails exactly the labelled rule.
 * @returns null when it does, else the reason it does not (for the skipped list)
 */
export function verifyNegative(
  verifier: Verifier,
  root: SchemaNode,
  record: unknown,
  label: Label,
  route: readonly RouteStep[],
): string | null {
  const verdict = verifier.check(root, record);
  if (verdict === null) return 'the validator cannot evaluate the schema';
  if (verdict) {
    const branch = route.find((s) => s.alternatives.length > 0 && label.path.startsWith(s.path));
    return branch
      ? `another branch of ${branch.kind} at ${branch.path || '/'} accepts it`
      : 'the validator accepts it';
  }
  const errors = verifier.errors(root, record);
  if (errors === null) return 'the validator cannot evaluate the schema';
  let hit = false;
  const rest: ErrorObject[] = [];
  for (const e of errors) {
    if (fromLabel(e, label)) hit = true;
    else if (!isWrapper(e, route)) rest.push(e);
  }
  if (!hit) return `it fails ${describe(rest.length > 0 ? rest : errors)} instead`;
  if (rest.length === 0) return null;
  // The branches not taken fail as well (they must): their errors are explained, once each.
  const explained = new Map<string, number>();
  for (const step of route)
    for (const branch of step.alternatives)
      for (const e of verifier.errors(branch, valueAt(record, step.path)) ?? []) {
        const key = signature(e, step.path);
        explained.set(key, (explained.get(key) ?? 0) + 1);
      }
  const unexplained = rest.filter((e) => {
    const key = signature(e, '');
    const left = explained.get(key) ?? 0;
    if (left === 0) return true;
    explained.set(key, left - 1);
    return false;
  });
  return unexplained.length === 0 ? null : `it also fails ${describe(unexplained)}`;
}
