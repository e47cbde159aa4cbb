/**
 * @module The public face of schema sampling (issue 4): valid instances of any JSON Schema or OpenAPI schema,
 * built by construction, each verified before it is returned; or a refusal that names the conflicting
 * keywords when a schema cannot be satisfied.
 */
import { escapeToken } from '../../jsonSchema/jsonPointer.js';
/** Where a refusal comes from: a JSON pointer into the document, and the file. */
export interface SchemaLocation {
  readonly file: string;
  /** JSON pointer of the keyword, e.g. `/components/schemas/Pet/properties/age/minimum`. */
  readonly pointer: string;
}

/**
 * A schema no instance can satisfy (or one Fixtura could not satisfy), with the keywords in conflict and,
 * when the conflict sits in a value every instance must hold (a required property, an item `minItems` asks
 * for), where in the instance: the message then starts with that path, `at /vmSpecs/diskType: …`, so the
 * refusal's proof can be followed from the schema refused down to the keywords that conflict.
 *
 * @example
 * new UnsatisfiableSchemaError('schema/type-conflict', 'the type keywords leave no type', [], ['a', '0']).message
 * // 'at /a/0: the type keywords leave no type'
 */
export class UnsatisfiableSchemaError extends Error {
  readonly code: string;
  readonly locations: readonly SchemaLocation[];
  /** The message without the instance path. */
  readonly reason: string;
  /** Property names and item indices from the instance's root to the value no schema allows; empty at the root. */
  readonly instancePath: readonly string[];
  constructor(
    code: string,
    message: string,
    locations: readonly SchemaLocation[],
    instancePath: readonly string[] = [],
  ) {
    // The search for an instance throws and catches a refusal for every dead end it meets (thousands on an
    // overlapping recursive oneOf), and a refusal is shown as its message, never as a stack: capturing one
    // took most of the time of dnd5eapi.co's Option.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(instancePath.length > 0 ? `at ${instancePointer(instancePath)}: ${message}` : message);
    Error.stackTraceLimit = limit;
    this.name = 'UnsatisfiableSchemaError';
    this.code = code;
    this.locations = locations;
    this.reason = message;
    this.instancePath = instancePath;
  }
}

/** An instance path as a JSON pointer (RFC 6901): `/vmSpecs/diskType`. */
function instancePointer(path: readonly string[]): string {
  return path.map((token) => `/${escapeToken(token)}`).join('');
}

export interface SampleOptions {
  /** How many instances (default 1). */
  readonly count?: number;
  /** Any string (default `fixtura`); the same seed gives the same instances. */
  readonly seed?: string;
}
