/**
 * @module Text that breaks software which assumes text is simple: astral characters and emoji with modifiers,
 * combining marks, right-to-left script, zero-width characters, whitespace only, quotes and backslashes, and
 * the metacharacters of SQL, HTML and shells — and homoglyphs that look like ASCII. The edge profile puts them
 * in free-text fields whose length allows them. None of it is personal data, and none of it is executable
 * anywhere but in a bug.
 */

/** Each hard string with what it tests; in a fixed order, so the edge profile is deterministic. */
export const HARD_STRINGS: readonly { readonly text: string; readonly tests: string }[] = [
  { text: ' ', tests: 'whitespace only' },
  { text: '\t \n', tests: 'whitespace only, with a tab and a line break' },
  { text: '"\'`', tests: 'quotes' },
  { text: '\\', tests: 'a backslash' },
  { text: "'; DROP TABLE users; --", tests: 'SQL metacharacters' },
  { text: '<script>alert(1)</script>', tests: 'HTML metacharacters' },
  { text: '$(touch /tmp/x); `id` | & >', tests: 'shell metacharacters' },
  { text: '😀👍🏽', tests: 'emoji, one with a skin-tone modifier (astral plane, surrogate pairs)' },
  { text: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', tests: 'astral-plane letters' },
  { text: 'e\u0301e\u0301', tests: 'combining marks (é as e + U+0301)' },
  { text: 'שלום עולם', tests: 'right-to-left script' },
  { text: 'a\u200bb\u200dc\ufeff', tests: 'zero-width space, joiner and BOM' },
  { text: 'раураl', tests: 'Cyrillic homoglyphs of "paypal"' },
  { text: 'null', tests: 'the word null' },
  { text: '%s%n{0}${x}', tests: 'format-string placeholders' },
];

/** Code points, the unit of JSON Schema's minLength and maxLength. */
export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
