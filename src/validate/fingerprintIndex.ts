/**
 * @module The compact index behind uniqueness and integrity checks: each value is reduced to a 64-bit
 * fingerprint (two 32-bit halves of cyrb53-style hashing, with the value's JSON type mixed in so "1" and 1
 * differ) and kept, with the line it was first seen on, in an open-addressing table of plain Uint32Arrays.
 * Twelve bytes per value plus free slots — a Map of strings costs about 15× that — and nothing for the
 * garbage collector to trace.
 *
 * Fingerprints can collide (two different values, one fingerprint) with probability about n² / 2^65 over n
 * values; callers that need exactness confirm a repeat against the values themselves (validateDataset
 * re-reads both lines).
 */

/** The two halves of the last fingerprint computed; read right after calling `fingerprint`. */
export const fp = new Uint32Array(2);

function hashString(text: string, seed: number): void {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  fp[0] = h1;
  // An all-zero slot marks "empty" in the table, so a fingerprint never has a zero second half.
  fp[1] = h2 === 0 ? 1 : h2;
}

/**
 * Computes a value's fingerprint into `fp`.
 * @example fingerprint('a'); const [hi, lo] = fp;
 */
export function fingerprint(value: unknown): void {
  if (typeof value === 'string') hashString(value, 0);
  else hashString(JSON.stringify(value) ?? '', 0x5f3759df);
}

const EMPTY_SLOTS = 1 << 12;

/** A set of fingerprints, each with a 32-bit payload (a line number), growing at three quarters full. */
export class FingerprintIndex {
  /** Slot i holds [half 1, half 2, payload] at 3i; half 2 is 0 only in empty slots. */
  private table = new Uint32Array(EMPTY_SLOTS * 3);
  private mask = EMPTY_SLOTS - 1;
  private used = 0;

  get size(): number {
    return this.used;
  }

  /** Bytes held by the table. */
  get bytes(): number {
    return this.table.byteLength;
  }

  /** The table offset of the fingerprint in `fp`, or of the empty slot where it would go. */
  private find(): number {
    const h1 = fp[0] as number;
    const h2 = fp[1] as number;
    const table = this.table;
    let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & this.mask;
    for (;;) {
      const at = slot * 3;
      const stored = table[at + 1] as number;
      if (stored === 0 || (stored === h2 && table[at] === h1)) return at;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Adds the fingerprint in `fp` with `payload` unless present.
   * @returns 0 when it was new, else the payload stored with it (callers store payloads ≥ 1)
   */
  insert(payload: number): number {
    const at = this.find();
    const table = this.table;
    if (table[at + 1] !== 0) return table[at + 2] as number;
    table[at] = fp[0] as number;
    table[at + 1] = fp[1] as number;
    table[at + 2] = payload;
    // Linear probing stays short up to three quarters full.
    if (++this.used * 4 > (this.mask + 1) * 3) this.grow();
    return 0;
  }

  /** Whether the fingerprint in `fp` is present. */
  has(): boolean {
    return this.table[this.find() + 1] !== 0;
  }

  private grow(): void {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    this.table = new Uint32Array(slots * 3);
    this.mask = slots - 1;
    this.used = 0;
    const saved = new Uint32Array(2);
    saved.set(fp);
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 1] === 0) continue;
      fp[0] = old[at] as number;
      fp[1] = old[at + 1] as number;
      this.insert(old[at + 2] as number);
    }
    fp.set(saved);
  }
}
