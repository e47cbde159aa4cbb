/**
 * @module The sub-streams of a field's stream (`substream(stream, purpose)`): its null and absent decisions
 * and its unique permutation each draw from their own, so that none shifts the field's values. A number here
 * is part of every value it keys: changing one changes output bytes.
 */

/** Whether a row is null; a self-reference's roots (foreignKeyKind.ts) are drawn from it too. */
export const PURPOSE_NULL = 1;
/** Whether a row's key is absent. */
export const PURPOSE_ABSENT = 2;
/** The key of a unique field's permutation. */
export const PURPOSE_UNIQUE = 3;
