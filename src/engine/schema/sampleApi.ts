/**
 * @module The public face of schema sampling (issue 4): valid instances of any JSON Schema or OpenAPI schema,
 * built by construction, each verified before it is returned; or a refusal that names the conflicting
 * keywords when a schema cannot be satisfied.
 */
/** Where a refusal comes from: a JSON pointer into the document, and the file. */
export interface SchemaLocation {
  readonly file: string;
  /** JSON pointer of the keyword, e.g. `/components/schemas/Pet/properties/age/minimum`. */
  readonly pointer: string;
}

/** A schema no instance can satisfy (or one Fixtura could not satisfy), with the keywords in conflict. */
export class UnsatisfiableSchemaError extends Error {
  readonly code: string;
  readonly locations: readonly SchemaLocation[];
  constructor(code: string, message: string, locations: readonly SchemaLocation[]) {
    super(message);
    this.name = 'UnsatisfiableSchemaError';
    this.code = code;
    this.locations = locations;
  }
}

export interface SampleOptions {
  /** How many instances (default 1). */
  readonly count?: number;
  /** Any string (default `fixtura`); the same seed gives the same instances. */
  readonly seed?: string;
}
