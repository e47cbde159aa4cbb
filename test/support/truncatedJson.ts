/** @module A value as short JSON for a failure message: enough to recognise it, never a wall of text. */

/**
 * `value` as JSON, cut to `max` characters with an ellipsis.
 *
 * @example
 * truncatedJson({ name: 'x'.repeat(300) }, 20); // '{"name":"xxxxxxxxxx…'
 */
export function truncatedJson(value: unknown, max = 160): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
