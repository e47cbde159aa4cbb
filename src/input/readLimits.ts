/**
 * @module How much of an input Fixtura reads before it gives up with a located error, and where `$ref`s may
 * lead: the documented defaults (docs/input-safety.md) and the options that change them.
 */

/** Bounds on one input document or stream. */
export interface ReadLimits {
  /** Bytes in one schema document (OpenAPI, JSON Schema) or `$ref` target: 64 MiB admits Microsoft Graph's 47 MB. */
  readonly maxDocumentBytes: number;
  /** Bytes in one DSL contract: hand-written contracts are a few kilobytes; 1 MiB is about 10,000 fields. */
  readonly maxContractBytes: number;
  /** Nested collections (objects, arrays, YAML mappings and sequences) in one document. */
  readonly maxDepth: number;
  /** YAML alias expansions, as the yaml library counts them (uses of an anchor × the aliases inside it). */
  readonly maxAliases: number;
  /** Milliseconds a read may go without progress (standard input) or last (one remote `$ref`). */
  readonly readTimeoutMs: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxDocumentBytes: 64 * 1024 * 1024,
  maxContractBytes: 1024 * 1024,
  maxDepth: 256,
  maxAliases: 10_000,
  readTimeoutMs: 30_000,
};

/** What a caller may say about reading a contract or schema document. */
export interface ReadOptions {
  /**
   * The folder file `$ref`s must stay inside (default: the folder of the document). A `$ref` whose path, or
   * whose real path after symlinks, leaves it is refused.
   */
  readonly refRoot?: string;
  /** Fetch `$ref`s to http(s) URLs (default false: refused), each within `readTimeoutMs`. */
  readonly allowRemoteRefs?: boolean;
  readonly limits?: Partial<ReadLimits>;
  /**
   * How OpenAPI 3.0's `nullable` (Swagger 2.0's `x-nullable`) is read: `strict` (the default) adds null only
   * where `type` sits in the same schema object, as the 3.0.3 text says; `loose` also beside `$ref`, `allOf`,
   * `oneOf` and `anyOf`, and whatever `enum` lists (docs/openapi.md).
   */
  readonly nullable?: 'strict' | 'loose';
}

/** The limits in force: the defaults, overridden by the caller's. */
export function limitsOf(options: ReadOptions | undefined): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...options?.limits };
}
