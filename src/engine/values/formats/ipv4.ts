/**
 * @module `string(ipv4)`: addresses from the three RFC 5737 documentation blocks only (192.0.2.0/24,
 * 198.51.100.0/24, 203.0.113.0/24), which are never routed, so no generated address names a real host.
 */
import { below } from '../../random/stream.js';
import { at, type StringFormat } from './stringFormat.js';

const BLOCKS = ['192.0.2', '198.51.100', '203.0.113'] as const;
const SIZE = BLOCKS.length * 256;

/** Injective on [0, 768): k ↦ (⌊k / 256⌋, k mod 256) is a bijection onto (block, host) pairs. */
function address(k: number): string {
  return `${at(BLOCKS, Math.floor(k / 256))}.${k % 256}`;
}

/**
 * An IPv4 documentation address.
 * @example ipv4.realistic(streamOf(['s1', 'ipv4']))(0) // '203.0.113.61'
 */
export const ipv4: StringFormat = {
  name: 'ipv4',
  summary: 'An address from the RFC 5737 documentation ranges, e.g. `198.51.100.23`.',
  size: SIZE,
  plain: true,
  schema: { format: 'ipv4' },
  // Realistic values avoid the network (.0) and broadcast (.255) addresses; unique() needs all 768.
  realistic: (s) => (row) => `${at(BLOCKS, below(s, row, 0, BLOCKS.length))}.${1 + below(s, row, 1, 254)}`,
  unique: () => address,
};
