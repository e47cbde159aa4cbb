/** @module A value computed on first use and kept: for a format's tables, which not every run needs. */

/**
 * `build`, called once, on the first call of the function returned.
 * @example const table = once(() => expensive()); table() === table() // true, built once
 */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
