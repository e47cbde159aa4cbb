/** @module Escapes text for HTML, so values from a dataset show as written and never as markup. */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Safe in element content and in quoted attribute values alike.
 * @example escapeHtml('A & <B> "c"') // 'A &amp; &lt;B&gt; &quot;c&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
