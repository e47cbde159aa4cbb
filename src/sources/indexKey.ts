/** @module The key under which a value is counted or indexed during validation. */

/**
 * Keeps types apart ("1" and 1 differ) without serialising plain strings, the common case.
 * @example indexKey('1') // 's1'; indexKey(1) // 'j1'
 */
export function indexKey(value: unknown): string {
  return typeof value === 'string' ? 's' + value : 'j' + JSON.stringify(value);
}
