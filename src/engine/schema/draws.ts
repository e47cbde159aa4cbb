/**
 * @module The randomness of one instance: counter-based draws on a stream keyed by (seed, target, instance),
 * so instance 7 is the same whatever was drawn for instance 6, and each retry of an instance has its own
 * numbers. Nothing global: the stream is passed in.
 */
import { below, unit, type Stream } from '../random/stream.js';

export class Draws {
  private next = 0;

  constructor(
    readonly stream: Stream,
    /** The instance number, then the attempt number, folded into one row index. */
    readonly row: number,
  ) {}

  /** A uniform integer in [0, n). */
  below(n: number): number {
    return n <= 1 ? 0 : below(this.stream, this.row, this.next++, n);
  }

  /** A uniform integer in [lo, hi] (both inclusive, safe integers). */
  between(lo: number, hi: number): number {
    return hi <= lo ? lo : lo + this.below(hi - lo + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return unit(this.stream, this.row, this.next++) < p;
  }

  /** A uniform double in [0, 1). */
  unit(): number {
    return unit(this.stream, this.row, this.next++);
  }

  /** The items in a random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** A fresh draw number, for sub-generators that key their own draws (formats, patterns). */
  ticket(): number {
    return this.next++;
  }
}
