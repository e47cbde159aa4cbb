/** @module Building refusals: which keywords conflict, and where each was written. */
import { escapeToken } from '../../contract/json-schema/jsonPointer.js';
import type { SchemaNode } from '../../contract/json-schema/schemaIndex.js';
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
