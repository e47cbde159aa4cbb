/**
 * @module `string(base64)`: RFC 4648 base64 (standard alphabet, padded) of random bytes, OpenAPI's `byte`
 * format: the shape of tokens, hashes and small embedded files.
 */
import { drawSequence, type DrawSequence } from './drawSequence.js';
import type { StringFormat } from './stringFormat.js';

/** Lengths of real payloads: 16-byte tokens, 20/32-byte digests, and odd sizes that need padding. */
const LENGTHS = [4, 5, 6, 9, 12, 16, 16, 20, 24, 32, 32, 33, 48, 64] as const;

function bytes(d: DrawSequence, n: number): number[] {
  return Array.from({ length: n }, () => d.int(256));
}

const encode = (b: readonly number[]): string => Buffer.from(b).toString('base64');

/**
 * Injective on [0, 2^52): the last seven bytes are k, big-endian; 0–9 random bytes from the row go in
 * front. Base64 decodes uniquely, so equal strings mean equal byte strings, hence equal k.
 */
function uniqueBase64(d: DrawSequence, k: number): string {
  const tail: number[] = [];
  for (let i = 0, rest = k; i < 7; i++, rest = Math.floor(rest / 256)) tail.unshift(rest % 256);
  return encode([...bytes(d, d.int(10)), ...tail]);
}

/**
 * Base64 of random bytes.
 * @example base64.realistic(streamOf(['s1', 'base64']))(1) // '/1sq8A=='
 */
export const base64: StringFormat = {
  name: 'base64',
  summary: 'RFC 4648 base64 of 4–64 random bytes, padded (OpenAPI `byte`), e.g. `3q2+7w==`.',
  size: Infinity,
  plain: true,
  schema: { pattern: '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$' },
  realistic: (s) => (row) => {
    const d = drawSequence(s, row);
    return encode(bytes(d, d.pick(LENGTHS)));
  },
  unique: (s) => (k, row) => uniqueBase64(drawSequence(s, row), k),
};
