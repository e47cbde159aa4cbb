/**
 * @module The one rule that turns an entity (or component) name into a file name inside `--out`, shared by
 * the writers (generate) and the readers (validate, coverage), so a name can never leave the folder.
 */

/** The file beside the data that describes it. */
export const MANIFEST_FILE = 'manifest.json';

/** The folder inside `--out` that holds Fixtura's own state: staging files, the commit journal, the lock. */
export const STATE_DIR = '.fixtura';

/** Bytes a file name may have on the common file systems (ext4, APFS, NTFS: 255). */
export const MAX_FILE_NAME_BYTES = 255;

const KEPT = /[A-Za-z0-9_.-]/;

/**
 * The file-name stem of a name: ASCII letters, digits, `_`, `-` and `.` are kept; every other character is
 * written as its UTF-8 bytes in `%XX` (upper-case hex), `%` included, and so is a leading `.`. The empty
 * name is `%`. The mapping is injective and its result never holds `/`, `\`, NUL, never starts with `.`, and
 * is never `.` or `..`.
 * @example fileStem('Order') // 'Order'
 * @example fileStem('../../escaped') // '%2E.%2F..%2Fescaped'
 * @example fileStem('Pet Store') // 'Pet%20Store'
 */
export function fileStem(name: string): string {
  if (name === '') return '%';
  let out = '';
  let first = true;
  for (const char of name) {
    if (KEPT.test(char) && !(first && char === '.')) out += char;
    else for (const byte of utf8(char.codePointAt(0) as number)) out += `%${hex(byte)}`;
    first = false;
  }
  return out;
}

/**
 * The file of an entity's data.
 * @example entityFileName('Customer', 'jsonl') // 'Customer.jsonl'
 */
export function entityFileName(entity: string, extension: string): string {
  return `${fileStem(entity)}.${extension}`;
}

/**
 * The file of an entity's negative records (`--profile negative`).
 * @example negativeFileName('Order') // 'Order.negative.jsonl'
 */
export function negativeFileName(entity: string): string {
  return `${fileStem(entity)}.negative.jsonl`;
}

/**
 * Whether a name read from disk (an earlier manifest's file) is one plain file directly inside the folder:
 * no separator, not `.`/`..`, not hidden. Used before deleting or trusting such a name.
 */
export function isPlainFileName(name: string): boolean {
  return (
    name !== '' &&
    !name.startsWith('.') &&
    !/[/\\\0]/.test(name) &&
    Buffer.byteLength(name) <= MAX_FILE_NAME_BYTES
  );
}

/**
 * The UTF-8 bytes of a code point. A lone surrogate (a JavaScript string may hold one) gets the same
 * three-byte form as any other code point below U+10000 (WTF-8), so two names never share a file name.
 */
function utf8(cp: number): number[] {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
