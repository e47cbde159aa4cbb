/**
 * @module Fixtura's documented limits (docs/limits.md), in one place so the checks and the docs agree. Each is
 * a located error when exceeded; docs/adr/010-bounded-work.md says why each number is what it is.
 */

/** Rows of one entity, given or derived from a fanout: totals stay exact integers far below 2^53. */
export const MAX_ROWS = 1_000_000_000_000;

/** Parents of a `between(min, max)` fanout with min < max: its layout keeps 8 bytes per parent. */
export const MAX_BLOCK_PARENTS = 100_000_000;

/** Mean children per parent of a `poisson(mean)` fanout, as for `between(min, max)`'s max. */
export const MAX_FANOUT_MEAN = 10_000;

/** The longest string Fixtura generates; a larger maxLength is honoured by generating up to this. */
export const MAX_GENERATED_LENGTH = 10_000;

/** Values of one enum. */
export const MAX_ENUM_VALUES = 100_000;

/** Fields of one entity. */
export const MAX_FIELDS = 10_000;

/** Worker threads of `generate --workers`. */
export const MAX_WORKERS = 64;

/** Rows per chunk of `generate --batch-size`. */
export const MAX_BATCH_SIZE = 1_048_576;

/** Instances one `fixtura sample` prints. */
export const MAX_SAMPLES = 1_000_000;
