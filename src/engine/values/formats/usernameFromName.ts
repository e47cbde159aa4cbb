/** @module A user name made from a row's own name values. */
import { nameHandle } from './nameHandle.js';

/**
 * `first_last<k>`, ASCII-folded and lowercased; `k` (0 renders as nothing) makes user names of the same
 * person name distinct, injectively. Same shape as `string(username)`.
 * @example usernameFromName('Zoë', 'Núñez', 0) // 'zoe_nunez'
 * @example usernameFromName('Jean-Luc', 'Picard', 7) // 'jeanluc_picard7'
 */
export function usernameFromName(first: string, last: string, k: number): string {
  return nameHandle(first, last, '_', k);
}
