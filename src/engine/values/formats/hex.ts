/** @module Fast lowercase hex rendering of 32-bit words (the uuid and other hex formats share it). */

const BYTE_HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Eight hex digits of an unsigned 32-bit word. */
export function hex32(x: number): string {
  return (
    (BYTE_HEX[x >>> 24] as string) +
    (BYTE_HEX[(x >>> 16) & 0xff] as string) +
    (BYTE_HEX[(x >>> 8) & 0xff] as string) +
    (BYTE_HEX[x & 0xff] as string)
  );
}

/** Four hex digits of the low 16 bits. */
export function hex16(x: number): string {
  return (BYTE_HEX[(x >>> 8) & 0xff] as string) + (BYTE_HEX[x & 0xff] as string);
}
