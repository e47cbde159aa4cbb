/** @module Building refusals: which keywords conflict, and where each was written. */
import { escapeToken } from '../../jsonSchema/jsonPointer.js';
import type { SchemaNode } from '../../jsonSchema/schemaIndex.js';
import { UnsatisfiableSchemaError, type SchemaLocation } from './sampleApi.js';

/** A keyword's location, its pointer spelt out only when a message needs it (constraints are collected often). */
class KeywordLocation implements SchemaLocation {
  constructor(
    readonly file: string,
    private readonly node: SchemaNode,
    private readonly keyword: string | undefined,
  ) {}

  get pointer(): string {
    if (this.keyword === undefined) return this.node.pointer || '/';
    return `${this.node.pointer}/${escapeToken(this.keyword)}`;
  }

  toJSON(): SchemaLocation {
    return { file: this.file, pointer: this.pointer };
  }
}

/** A keyword of a node, located. */
export function keywordAt(file: string, node: SchemaNode, keyword?: string): SchemaLocation {
  return new KeywordLocation(file, node, keyword);
}

/**
 * @example throw unsatisfiable('schema/empty-range', 'minimum 5 is above maximum 3', [loc1, loc2])
 */
export function unsatisfiable(
  code: string,
  message: string,
  locations: readonly SchemaLocation[],
): UnsatisfiableSchemaError {
  const where = locations.map((l) => `#${l.pointer}`).join(', ');
  return new UnsatisfiableSchemaError(code, where ? `${message} (${where})` : message, locations);
}

/**
 * The same refusal, one step further from the value in conflict: `token` is the property name or item index
 * under which the value sits, in the instance the caller builds.
 * @example within(unsatisfiable('schema/type-conflict', 'no type', []), 'diskType').message // 'at /diskType: no type'
 */
export function within(error: UnsatisfiableSchemaError, token: string): UnsatisfiableSchemaError {
  return new UnsatisfiableSchemaError(error.code, error.reason, error.locations, [
    token,
    ...error.instancePath,
  ]);
}

/**
 * Refusals that say the document is broken (a `$ref` to nothing, a pattern that cannot be read or run, a
 * schema no validator compiles), not that some keywords conflict: they refuse wherever they occur, even in
 * an optional property or in items an empty array could avoid.
 */
const BROKEN = new Set([
  'schema/unresolvable-ref',
  'schema/invalid-pattern',
  'schema/unsafe-pattern',
  'schema/cannot-verify',
  'schema/too-hard',
]);

/**
 * Whether an error may be avoided by leaving the value out: a conflict between keywords, not a broken document.
 * @example avoidable(unsatisfiable('schema/empty-range', 'minLength 2 is above maxLength 1', [])) // true
 */
export function avoidable(error: unknown): error is UnsatisfiableSchemaError {
  return error instanceof UnsatisfiableSchemaError && !BROKEN.has(error.code);
}
