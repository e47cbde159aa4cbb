/**
 * @module `string(mac_address)`: locally administered unicast MAC addresses (`02:5e:…`). The IEEE assigns
 * manufacturers only universally administered addresses, so an address with the local bit set is never a
 * device's burned-in hardware address (IEEE 802 §8.2; RFC 7042 §2.1).
 */
import { u32 } from '../../random/stream.js';
import type { StringFormat } from './stringFormat.js';

const TWO_40 = 2 ** 40;
const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

/** Six octets; the first has the local bit (0x02) set and the multicast bit (0x01) clear. */
function render(high6: number, low40: number): string {
  const octets = [(high6 << 2) | 0x02];
  for (let i = 4; i >= 0; i--) octets.push(Math.floor(low40 / 256 ** i) % 256);
  return octets.map(hex2).join(':');
}

/**
 * A locally administered MAC address. unique() is injective on [0, 2^46): k's top 6 bits fill the first
 * octet's free bits and its low 40 bits the other five octets.
 * @example macAddress.realistic(streamOf(['s1', 'mac_address']))(0) // '16:fd:56:11:d0:17'
 */
export const macAddress: StringFormat = {
  name: 'mac_address',
  summary:
    'A locally administered unicast MAC address, never one burned into a device, e.g. `02:5e:10:3a:bc:7f`.',
  size: 2 ** 46,
  plain: true,
  schema: { pattern: '^[0-9a-f][26ae](:[0-9a-f]{2}){5}$', minLength: 17, maxLength: 17 },
  realistic: (s) => (row) =>
    render(u32(s, row, 0) & 0x3f, (u32(s, row, 1) & 0xff) * 2 ** 32 + u32(s, row, 2)),
  unique: () => (k) => render(Math.floor(k / TWO_40), k % TWO_40),
};
