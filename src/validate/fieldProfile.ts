/**
 * @module Per-field profiles built while records stream past: how many values, nulls and absent keys, how many
 * distinct values, the smallest and largest, and the most frequent. Distinct values are counted exactly up to a
 * cap, so memory stays bounded whatever the dataset size; past the cap the profile says so.
 */
import { indexKey } from './indexKey.js';

/** Distinct values tracked exactly per field. */
export const DISTINCT_CAP = 10_000;
const TOP = 5;

export interface FieldProfile {
  readonly count: number;
  readonly nulls: number;
  readonly absent: number;
  /** Exact when `distinctCapped` is false; otherwise a lower bound. */
  readonly distinct: number;
  readonly distinctCapped: boolean;
  readonly min: number | string | null;
  readonly max: number | string | null;
  /**
   * The most frequent values with their counts: exact while `distinctCapped` is false; past the cap, only the
   * first DISTINCT_CAP distinct values seen are counted.
   */
  readonly top: readonly { readonly value: unknown; readonly count: number }[];
}

/** Accumulates one field's profile. */
export class FieldProfiler {
  private count = 0;
  private nulls = 0;
  private absent = 0;
  private min: number | string | null = null;
  private max: number | string | null = null;
  private readonly counts = new Map<string, { value: unknown; count: number }>();
  private capped = false;

  add(value: unknown): void {
    if (value === undefined) {
      this.absent++;
      return;
    }
    if (value === null) {
      this.nulls++;
      return;
    }
    this.count++;
    if (typeof value === 'number' || typeof value === 'string') {
      if (this.min === null || value < this.min) this.min = value;
      if (this.max === null || value > this.max) this.max = value;
    }
    const key = indexKey(value);
    const entry = this.counts.get(key);
    if (entry) entry.count++;
    else if (this.counts.size < DISTINCT_CAP) this.counts.set(key, { value, count: 1 });
    else this.capped = true;
  }

  profile(): FieldProfile {
    const top = [...this.counts.values()].sort((a, b) => b.count - a.count).slice(0, TOP);
    return {
      count: this.count,
      nulls: this.nulls,
      absent: this.absent,
      distinct: this.counts.size,
      distinctCapped: this.capped,
      min: this.min,
      max: this.max,
      top: top.map(({ value, count }) => ({ value, count })),
    };
  }
}
