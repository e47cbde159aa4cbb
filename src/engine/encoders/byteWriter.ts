/**
 * @module Appends text to a growable byte buffer as UTF-8, with JSON string escaping done in the same pass.
 *
 * Row writers append straight into bytes rather than concatenating one big string and encoding it at the
 * end: that avoids flattening ropes of millions of pieces and most of the garbage, which profiling showed
 * to be the main cost of the hot path. Almost all generated text is ASCII, copied one byte per char.
 */

/** ASCII codes of the two lowercase hex digits of every byte: [2b] high digit, [2b + 1] low digit. */
const HEX_PAIRS = new Uint8Array(512);
for (let b = 0; b < 256; b++) {
  const digits = b.toString(16).padStart(2, '0');
  HEX_PAIRS[2 * b] = digits.charCodeAt(0);
  HEX_PAIRS[2 * b + 1] = digits.charCodeAt(1);
}

/** Whether this machine stores a Uint32Array's words least significant byte first. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** ASCII codes of the two decimal digits of 0–99: [2n] tens, [2n + 1] units. */
const DECIMAL_PAIRS = new Uint8Array(200);
for (let n = 0; n < 100; n++) {
  DECIMAL_PAIRS[2 * n] = 48 + Math.floor(n / 10);
  DECIMAL_PAIRS[2 * n + 1] = 48 + (n % 10);
}

export class ByteWriter {
  buffer: Uint8Array;
  length = 0;
  /** The buffer as a DataView, for writing four bytes at any position at once; follows `buffer`. */
  private view: DataView;

  constructor(initialSize = 1 << 20) {
    this.buffer = new Uint8Array(initialSize);
    this.view = new DataView(this.buffer.buffer);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
    this.view = new DataView(next.buffer, next.byteOffset, next.byteLength);
  }

  /** Makes room for `extra` more bytes and returns the buffer to store them in from `length` on. */
  room(extra: number): Uint8Array {
    this.reserve(extra);
    return this.buffer;
  }

  /** Appends text as UTF-8, unescaped (keys, numbers, plain values). */
  text(s: string): void {
    const n = s.length;
    this.reserve(n * 3);
    const buf = this.buffer;
    let pos = this.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) buf[pos++] = c;
      else {
        this.length = pos;
        i = this.wide(s, i, false);
        pos = this.length;
      }
    }
    this.length = pos;
  }

  /** Appends a string between double quotes, unescaped: for `plain` values, which never need escaping. */
  quoted(s: string): void {
    this.reserve(s.length * 3 + 2);
    this.buffer[this.length++] = 34;
    this.text(s);
    this.buffer[this.length++] = 34;
  }

  /** Appends pre-encoded bytes (keys, separators). */
  bytes(b: Uint8Array): void {
    this.copy(b, b.length);
  }

  /** Appends `n` bytes of `b`, from `start` on. */
  copy(b: Uint8Array, n: number, start = 0): void {
    this.reserve(n);
    const buf = this.buffer;
    let pos = this.length;
    for (let i = start; i < start + n; i++) buf[pos++] = b[i] as number;
    this.length = pos;
  }

  /** Appends the two digits of 0 ≤ n < 100 (hours, minutes, seconds). */
  pair(n: number): void {
    this.reserve(2);
    this.buffer[this.length++] = DECIMAL_PAIRS[2 * n] as number;
    this.buffer[this.length++] = DECIMAL_PAIRS[2 * n + 1] as number;
  }

  /**
   * Appends the `n` bytes that a Uint32Array `words` holds from word `start` on (bytes in memory order: the
   * array is a view of kept bytes): a kept key's 36 bytes in nine writes instead of 36.
   */
  words(words: Uint32Array, start: number, n: number): void {
    this.reserve(n + 4);
    const view = this.view;
    const end = this.length + n;
    for (let i = start, pos = this.length; pos < end; i++, pos += 4)
      view.setUint32(pos, words[i] as number, LITTLE_ENDIAN);
    this.length = end;
  }

  /** Appends a safe integer in decimal, without building a string. */
  integer(n: number): void {
    this.reserve(24);
    if (n < 0) {
      this.buffer[this.length++] = 45; // '-'
      n = -n;
    }
    this.digits(n, 1);
  }

  /**
   * Appends a number's JavaScript text, `String(n)`, byte for byte. Integers and values with at most two
   * decimals (prices, totals) skip the string: below 10^9 a double is so much finer than 0.01 that the
   * two-decimal text that converts back to it is the shortest one, the text JavaScript prints.
   */
  number(n: number): void {
    if (Number.isSafeInteger(n)) return this.integer(n);
    const cents = Math.round(n * 100);
    if (cents / 100 !== n || !(Math.abs(n) < 1e9)) return this.text(String(n));
    if (cents < 0) this.byte(45);
    const magnitude = Math.abs(cents);
    const whole = Math.floor(magnitude / 100);
    const fraction = magnitude - whole * 100;
    this.digits(whole, 1);
    this.byte(46);
    if (fraction % 10 === 0) this.digits(fraction / 10, 1);
    else this.digits(fraction, 2);
  }

  /** Appends a non-negative integer with at least `width` digits (zero-padded). */
  digits(n: number, width: number): void {
    this.reserve(24);
    let count = 1;
    for (let p = 10; p <= n; p *= 10) count++;
    if (count < width) count = width;
    const buf = this.buffer;
    let pos = this.length + count;
    this.length = pos;
    for (let i = 0; i < count; i++) {
      const q = Math.floor(n / 10);
      buf[--pos] = 48 + (n - q * 10);
      n = q;
    }
  }

  /** Appends the low `count` hex digits of an unsigned 32-bit word, lowercase (`count` is 2, 4, 6 or 8). */
  hex(x: number, count: number): void {
    this.reserve(count);
    const buf = this.buffer;
    let pos = this.length + count;
    this.length = pos;
    // Two digits per table lookup: this is the hottest loop when writing uuids.
    for (let i = 0; i < count; i += 2) {
      const pair = (x & 0xff) << 1;
      buf[--pos] = HEX_PAIRS[pair + 1] as number;
      buf[--pos] = HEX_PAIRS[pair] as number;
      x >>>= 8;
    }
  }

  /** Appends one ASCII byte. */
  byte(c: number): void {
    this.reserve(1);
    this.buffer[this.length++] = c;
  }

  /** Appends a JSON string literal (with quotes), escaped exactly as JSON.stringify escapes it. */
  jsonString(s: string): void {
    const n = s.length;
    this.reserve(n * 6 + 2);
    const buf = this.buffer;
    let pos = this.length;
    buf[pos++] = 34;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x20 && c < 0x80 && c !== 34 && c !== 92) buf[pos++] = c;
      else {
        this.length = pos;
        i = c < 0x80 ? this.escapeAscii(c, i) : this.wide(s, i, true);
        pos = this.length;
      }
    }
    buf[pos++] = 34;
    this.length = pos;
  }

  private escapeAscii(c: number, i: number): number {
    const short: Record<number, string> = {
      8: '\\b',
      9: '\\t',
      10: '\\n',
      12: '\\f',
      13: '\\r',
      34: '\\"',
      92: '\\\\',
    };
    this.ascii(short[c] ?? '\\u' + c.toString(16).padStart(4, '0'));
    return i;
  }

  /** Writes the non-ASCII code point at `i`; returns the index of its last UTF-16 unit. */
  private wide(s: string, i: number, json: boolean): number {
    const c = s.charCodeAt(i);
    const buf = this.buffer;
    if (c < 0x800) {
      buf[this.length++] = 0xc0 | (c >> 6);
      buf[this.length++] = 0x80 | (c & 0x3f);
      return i;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        buf[this.length++] = 0xf0 | (cp >> 18);
        buf[this.length++] = 0x80 | ((cp >> 12) & 0x3f);
        buf[this.length++] = 0x80 | ((cp >> 6) & 0x3f);
        buf[this.length++] = 0x80 | (cp & 0x3f);
        return i + 1;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      // A lone surrogate cannot be UTF-8; JSON escapes it (as JSON.stringify does), text gets U+FFFD.
      if (json) this.ascii('\\u' + c.toString(16));
      else this.ascii('\uFFFD');
      return i;
    }
    buf[this.length++] = 0xe0 | (c >> 12);
    buf[this.length++] = 0x80 | ((c >> 6) & 0x3f);
    buf[this.length++] = 0x80 | (c & 0x3f);
    return i;
  }

  private ascii(s: string): void {
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c < 0x80) this.buffer[this.length++] = c;
      else {
        // U+FFFD
        this.buffer[this.length++] = 0xef;
        this.buffer[this.length++] = 0xbf;
        this.buffer[this.length++] = 0xbd;
      }
    }
  }

  /** Drops everything written after `mark` (a value of `length` taken earlier). */
  rewind(mark: number): void {
    this.length = mark;
  }

  /**
   * Hands out the bytes written so far and continues in `next` (a recycled buffer) or a new one, so the
   * handed-out buffer can be transferred to another thread.
   */
  take(next?: Uint8Array): Uint8Array {
    const out = this.buffer.subarray(0, this.length);
    this.buffer = next ?? new Uint8Array(Math.max(1024, this.buffer.length));
    this.view = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength);
    this.length = 0;
    return out;
  }
}
