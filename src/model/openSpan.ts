/**
 * @module How wide an open numeric side is read: the engine draws within it, and the OpenAPI reader narrows a
 * format's range by it, so both must take the same number (it lives below both, issue 15).
 */

/** Span assumed on a side whose bound the contract leaves open. */
export const OPEN_SPAN = 1_000_000;
