/**
 * @module `string(ipv6)`: addresses in the RFC 3849 documentation prefix 2001:db8::/32, written as systems
 * print them (RFC 5952: lowercase, zero runs compressed), with some uncompressed and IPv4-embedded forms and
 * IPv4-mapped addresses of the RFC 5737 documentation ranges. None is routed, so none names a real host.
 */
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { mixedRadix } from './mixedRadix.js';
import type { StringFormat } from './stringFormat.js';

const PREFIX = [0x2001, 0x0db8] as const;
const DOC_IPV4 = ['192.0.2', '198.51.100', '203.0.113'] as const;

/** RFC 5952 §4: hex without leading zeros, the longest run of two or more zero groups (the first on a tie) as `::`. */
function compress(groups: readonly number[]): string {
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < groups.length;) {
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = (gs: readonly number[]): string => gs.map((g) => g.toString(16)).join(':');
  if (best < 0) return hex(groups);
  return `${hex(groups.slice(0, best))}::${hex(groups.slice(best + bestLength))}`;
}

/** Eight groups in RFC 5952 form; an IPv4 tail replaces the last two groups when given. */
function render(groups: readonly number[], ipv4?: string): string {
  if (ipv4 === undefined) return compress(groups);
  const head = compress(groups.slice(0, 6));
  return head.endsWith(':') ? head + ipv4 : `${head}:${ipv4}`;
}

const g16 = (d: DrawSequence): number => d.int(0x10000);
/** Host parts people assign by hand: ::1, ::a, ::53, ::1f4. */
const small = (d: DrawSequence): number => 1 + d.int(d.chance(0.5) ? 0xf : 0x1ff);

/** One realistic address, drawing from `d`. */
export function drawIpv6(d: DrawSequence): string {
  const shape = d.int(20);
  const subnet = [...PREFIX, g16(d), d.chance(0.5) ? 0 : d.int(0x100)];
  if (shape < 8) return render([...subnet, 0, 0, 0, small(d)]);
  if (shape < 13) return render([...subnet, g16(d), g16(d), g16(d), g16(d)]);
  if (shape < 15) {
    const groups = [...subnet, g16(d), g16(d), d.chance(0.5) ? 0 : g16(d), g16(d)];
    return groups.map((g) => g.toString(16).padStart(4, '0')).join(':');
  }
  const ipv4 = `${d.pick(DOC_IPV4)}.${1 + d.int(254)}`;
  if (shape < 17) return render([...subnet, 0, 0, 0, 0], ipv4);
  if (shape < 18) return `::ffff:${ipv4}`;
  return shape < 19
    ? `2001:db8::${small(d).toString(16)}`
    : render([...PREFIX, g16(d), 0, 0, 0, 0, small(d)]);
}

/**
 * Injective on [0, 2^52): k fills the low 64 bits (four 16-bit groups, the top one below 16), whose canonical
 * text is a bijection of the address; the two subnet groups are decoration drawn from the row.
 */
function uniqueIpv6(d: DrawSequence, k: number): string {
  const [g7 = 0, g6 = 0, g5 = 0, g4 = 0] = mixedRadix(k, [0x10000, 0x10000, 0x10000, 0x10000]);
  return render([...PREFIX, g16(d), d.int(0x100), g4, g5, g6, g7]);
}

/**
 * An IPv6 documentation address.
 * @example ipv6.realistic(streamOf(['s1', 'ipv6']))(0) // '2001:db8:9554:a3::192.0.2.82'
 */
export const ipv6: StringFormat = {
  name: 'ipv6',
  summary:
    'An address in the RFC 3849 documentation prefix 2001:db8::/32, mostly compressed, e.g. `2001:db8:85a3::8a2e:370:7334`.',
  size: Infinity,
  plain: true,
  schema: { format: 'ipv6' },
  realistic: (s) => (row) => drawIpv6(drawSequence(s, row)),
  unique: (s) => (k, row) => uniqueIpv6(drawSequence(s, row), k),
};
