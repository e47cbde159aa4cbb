/** @module What a caller may say about reading a contract, from a file or from text. */
import type { ReadOptions } from '../input/readLimits.js';

export interface ParseOptions extends ReadOptions {
  /**
   * The string formats the contract may name (`string(<format>)`, a document's `format` or
   * `x-fixtura-format`), in the order a refusal lists them. Default: the built-in formats (docs/formats.md);
   * a per-run context (`createFixtura`) adds its own.
   */
  readonly formats?: readonly string[];
}
