/**
 * @module Punycode (RFC 3492), the ASCII encoding of U-labels, written out so that validating an A-label
 * does not depend on the ICU build Node ships (and `node:punycode` is deprecated).
 */

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
/** Far above any real label, far below 2^53: an index past it means the input is garbage, not a label. */
const LIMIT = 2 ** 40;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : Math.floor(delta / 2);
  d += Math.floor(d / points);
  let k = 0;
  for (; d > ((BASE - TMIN) * TMAX) >> 1; k += BASE) d = Math.floor(d / (BASE - TMIN));
  return k + Math.floor(((BASE - TMIN + 1) * d) / (d + SKEW));
}

function threshold(k: number, bias: number): number {
  return k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
}

/** 0–25 for a letter of either case, 26–35 for a digit, -1 otherwise. */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 22;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 97;
  return -1;
}

function digitChar(d: number): string {
  return String.fromCharCode(d < 26 ? 97 + d : 22 + d);
}

/**
 * Encodes a label's code points (no `xn--` prefix is added).
 * @example punycodeEncode('bücher') // 'bcher-kva'
 */
export function punycodeEncode(label: string): string {
  const points = Array.from(label, (c) => c.codePointAt(0) as number);
  let out = points
    .filter((c) => c < 0x80)
    .map((c) => String.fromCharCode(c))
    .join('');
  const basic = out.length;
  if (basic > 0) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  for (let handled = basic; handled < points.length; delta++, n++) {
    const m = Math.min(...points.filter((c) => c >= n));
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of points) {
      if (c < n) delta++;
      if (c !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = threshold(k, bias);
        if (q < t) break;
        out += digitChar(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      out += digitChar(q);
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
  }
  return out;
}

/**
 * Decodes the part of an A-label after `xn--`, or returns undefined when it is not valid Punycode.
 * @example punycodeDecode('bcher-kva') // 'bücher'
 */
export function punycodeDecode(encoded: string): string | undefined {
  const delimiter = encoded.lastIndexOf('-');
  const out: number[] = [];
  for (let i = 0; i < Math.max(delimiter, 0); i++) {
    const c = encoded.charCodeAt(i);
    if (c >= 0x80) return undefined;
    out.push(c);
  }
  // RFC 3492 §6.2: the delimiter is consumed only when basic code points precede it.
  let pos = delimiter > 0 ? delimiter + 1 : 0;
  let n = INITIAL_N;
  let i = 0;
  let bias = INITIAL_BIAS;
  while (pos < encoded.length) {
    const before = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= encoded.length) return undefined;
      const digit = digitValue(encoded.charCodeAt(pos++));
      if (digit < 0) return undefined;
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      w *= BASE - t;
      if (i > LIMIT || w > LIMIT) return undefined;
    }
    bias = adapt(i - before, out.length + 1, before === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
    out.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...out);
}
