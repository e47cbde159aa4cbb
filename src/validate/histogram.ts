/**
 * @module Exact histograms built while values stream past, in bounded memory: numbers (and dates, as day or
 * second counts) fall into a fixed number of equal-width bins whose width doubles — merging neighbours — when
 * a value lands outside, so every value is counted and nothing is kept per value.
 */

/** What the numbers on a binned histogram's axis mean. */
export type HistogramUnit = 'number' | 'date' | 'datetime' | 'length';

/**
 * A field's distribution, ready to draw.
 * - `bins`: `counts[i]` values fell in [edges[i], edges[i+1]) (the last bin also holds its upper edge).
 *   For `date` the edges are days since 1970-01-01, for `datetime` seconds since the Unix epoch, for `length`
 *   a string's length in UTF-16 units (the value profile of high-cardinality text).
 * - `categories`: counts per value (enum values in contract order, including those never seen), plus `other`
 *   for values outside the listed ones.
 * `expected`, when the contract declares a distribution, is the count each bin or value should hold.
 */
export type Histogram =
  | {
      readonly kind: 'bins';
      readonly unit: HistogramUnit;
      readonly edges: readonly number[];
      readonly counts: readonly number[];
      readonly expected: readonly number[] | null;
    }
  | {
      readonly kind: 'categories';
      readonly values: readonly string[];
      readonly counts: readonly number[];
      readonly expected: readonly number[] | null;
      readonly other: number;
    };

const BINS = 64;
const WARM_UP = 1024;

/** Counts numbers into at most 64 equal-width bins whose range grows as needed. */
export class StreamingHistogram {
  private pending: number[] = [];
  private origin = 0;
  private width = 0;
  private counts = new Float64Array(BINS);

  /** @param integral values are whole numbers, so bins are at least 1 wide and start on a whole number */
  constructor(private readonly integral: boolean) {}

  add(x: number): void {
    if (this.width === 0) {
      this.pending.push(x);
      if (this.pending.length === WARM_UP) this.start();
      return;
    }
    let i = Math.floor((x - this.origin) / this.width);
    while (i < 0 || i >= BINS) {
      this.grow(i < 0);
      i = Math.floor((x - this.origin) / this.width);
    }
    (this.counts[i] as number)++;
  }

  /** Places the first values' range in the middle half of the bins, leaving room to either side. */
  private start(): void {
    const values = this.pending;
    this.pending = [];
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    let width = (hi - lo) / (BINS / 2);
    if (this.integral) width = width <= 1 ? 1 : 2 ** Math.ceil(Math.log2(width));
    else if (!(width > 0)) width = Math.max(Math.abs(lo), 1) / BINS;
    let origin = lo - width * (BINS / 4);
    if (this.integral) origin = Math.floor(origin);
    this.origin = origin;
    this.width = width;
    for (const v of values) this.add(v);
  }

  /** Doubles the bin width; the current range becomes the left half (growing right) or the right half. */
  private grow(left: boolean): void {
    const merged = new Float64Array(BINS);
    if (left) this.origin -= this.width * BINS;
    const shift = left ? BINS : 0;
    for (let i = 0; i < BINS; i++) (merged[(i + shift) >> 1] as number) += this.counts[i] as number;
    this.counts = merged;
    this.width *= 2;
  }

  /** The bins that hold values, or `null` when no value was added. */
  result(unit: HistogramUnit): Extract<Histogram, { kind: 'bins' }> | null {
    if (this.width === 0) {
      if (this.pending.length === 0) return null;
      this.start();
    }
    let first = 0;
    let last = BINS - 1;
    while (first < last && this.counts[first] === 0) first++;
    while (last > first && this.counts[last] === 0) last--;
    const counts = Array.from(this.counts.subarray(first, last + 1));
    const edges = counts.map((_, i) => this.origin + (first + i) * this.width);
    edges.push(this.origin + (last + 1) * this.width);
    return { kind: 'bins', unit, edges, counts, expected: null };
  }
}
