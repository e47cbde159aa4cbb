/**
 * @module Per-field profiles built while records stream past: how many values, nulls and absent keys, how many
 * distinct values, the smallest and largest, the most frequent, a histogram, and — where the contract declares
 * a distribution — a goodness-of-fit test. Distinct values are counted exactly up to a cap and numbers are
 * binned, so memory stays bounded whatever the dataset size; past the cap the profile says so.
 */
import type { ReferenceTime } from '../engine/values/valueDomain.js';
import type { Field, FieldType } from '../model/model.js';
import { declaredDistribution, type DeclaredDistribution } from './declaredDistribution.js';
import { categoryFit, numericFit, type DistributionFit } from './distributionFit.js';
import { StreamingHistogram, type Histogram, type HistogramUnit } from './histogram.js';

/** Distinct values tracked exactly per field. */
export const DISTINCT_CAP = 10_000;
/** Values kept (a deterministic reservoir sample) for the Kolmogorov–Smirnov test. */
export const KS_SAMPLE = 20_000;
/** Text with at most this many distinct values is drawn value by value; other text by length. */
const CATEGORY_LIMIT = 20;
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
   * The most frequent values with their counts: exact while `distinctCapped` is false; past the cap, counted
   * over the values seen until the field reached DISTINCT_CAP distinct values.
   */
  readonly top: readonly { readonly value: unknown; readonly count: number }[];
  /** The contract's type of the field: `string`, `integer`, `number`, `boolean`, `date`, `datetime`, `enum`, `fk`. */
  readonly type: string;
  /**
   * The field's distribution: bins for numbers and dates, counts per value for enums, booleans and text with
   * few distinct values, bins of string length for other text; `null` when the field holds no value.
   */
  readonly histogram: Histogram | null;
  /** The test against the contract's declared distribution (enum weights, normal, lognormal), else `null`. */
  readonly fit: DistributionFit | null;
}

const DAY_MS = 86_400_000;

/** How a field's values become numbers for its histogram, or `null` for fields drawn as categories/lengths. */
function numericView(
  type: FieldType,
): { unit: HistogramUnit; integral: boolean; of: (v: unknown) => number | null } | null {
  switch (type.kind) {
    case 'integer':
    case 'number':
      return {
        unit: 'number',
        integral: type.kind === 'integer',
        of: (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null),
      };
    case 'date':
      return {
        unit: 'date',
        integral: true,
        of: (v) =>
          typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
            ? Date.parse(`${v}T00:00:00Z`) / DAY_MS
            : null,
      };
    case 'datetime':
      return {
        unit: 'datetime',
        integral: true,
        of: (v) => {
          const ms = typeof v === 'string' ? Date.parse(v) : NaN;
          return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
        },
      };
    default:
      return null;
  }
}

/** Accumulates one field's profile. */
export class FieldProfiler {
  private count = 0;
  private nulls = 0;
  private absent = 0;
  private min: number | string | null = null;
  private max: number | string | null = null;
  /** Keyed by the value itself for primitives (a Map keeps "1" and 1 apart), by its JSON for objects. */
  private readonly counts = new Map<unknown, { value: unknown; count: number }>();
  private capped = false;
  private readonly numeric: ReturnType<typeof numericView>;
  private readonly bins: StreamingHistogram;
  private readonly declared: DeclaredDistribution | null;
  private readonly sample: number[] = [];
  private seen = 0;
  private random = 0x9e3779b9;

  /**
   * @param valueType what the values are: the field's type, or for a foreign key the type of the field it
   *   references (a reference to an integer key is binned like an integer)
   */
  constructor(
    private readonly field: Field,
    refTime: ReferenceTime,
    valueType: FieldType = field.type,
  ) {
    this.numeric = numericView(valueType);
    // Text is binned by length; numbers and dates by value.
    this.bins = new StreamingHistogram(this.numeric?.integral ?? true);
    this.declared = declaredDistribution(field, refTime);
  }

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
    if (this.numeric) {
      const x = this.numeric.of(value);
      if (x !== null) {
        this.bins.add(x);
        if (this.declared) this.keep(x);
      }
    } else if (typeof value === 'string') this.bins.add(value.length);
    // Past the cap the field is high-cardinality text or numbers: counting stops there (top values are those
    // of the values seen until then), which keeps the cost per value flat as well as the memory.
    if (this.capped) return;
    const key = typeof value === 'object' ? `\u0000${JSON.stringify(value)}` : value;
    const entry = this.counts.get(key);
    if (entry) entry.count++;
    else if (this.counts.size < DISTINCT_CAP) this.counts.set(key, { value, count: 1 });
    else this.capped = true;
  }

  /** Reservoir sampling (Algorithm R) driven by a fixed xorshift, so the same file gives the same sample. */
  private keep(x: number): void {
    const i = this.seen++;
    if (i < KS_SAMPLE) {
      this.sample.push(x);
      return;
    }
    let r = this.random;
    r ^= r << 13;
    r ^= r >>> 17;
    r ^= r << 5;
    this.random = r >>> 0;
    const j = Math.floor((this.random / 2 ** 32) * (i + 1));
    if (j < KS_SAMPLE) this.sample[j] = x;
  }

  profile(): FieldProfile {
    const top = [...this.counts.values()].sort((a, b) => b.count - a.count).slice(0, TOP);
    const [histogram, fit] = this.distribution();
    return {
      count: this.count,
      nulls: this.nulls,
      absent: this.absent,
      distinct: this.counts.size,
      distinctCapped: this.capped,
      min: this.min,
      max: this.max,
      top: top.map(({ value, count }) => ({ value, count })),
      type: this.field.type.kind,
      histogram,
      fit,
    };
  }

  private distribution(): [Histogram | null, DistributionFit | null] {
    if (this.count === 0) return [null, null];
    const type = this.field.type;
    if (type.kind === 'enum') {
      const counts = type.values.map((v) => this.counts.get(v)?.count ?? 0);
      const other = this.count - counts.reduce((a, b) => a + b, 0);
      const weights = type.weights;
      const total = weights?.reduce((a, b) => a + b, 0) ?? 0;
      const n = this.count;
      const expected = weights ? weights.map((w) => (n * w) / total) : null;
      // Values outside the enum are already reported once each (schema/enum): the fit tests how the valid
      // values spread over the declared weights, so one bad value is not also a distribution failure.
      const fit = weights
        ? categoryFit(
            counts,
            weights,
            `weights ${type.values.map((v, i) => `${v} ${weights[i]}`).join(', ')}`,
          )
        : null;
      return [{ kind: 'categories', values: [...type.values], counts, expected, other }, fit];
    }
    if (type.kind === 'boolean') {
      const counts = [true, false].map((v) => this.counts.get(v)?.count ?? 0);
      const other = this.count - counts.reduce((a, b) => a + b, 0);
      return [{ kind: 'categories', values: ['true', 'false'], counts, expected: null, other }, null];
    }
    if (this.numeric) {
      const bins = this.bins.result(this.numeric.unit);
      if (!bins || !this.declared) return [bins, null];
      const { cdf, description } = this.declared;
      const n = this.seen;
      const expected = bins.counts.map(
        (_, i) => n * (cdf.below(bins.edges[i + 1] as number) - cdf.below(bins.edges[i] as number)),
      );
      return [{ ...bins, expected }, numericFit(this.sample, cdf, description)];
    }
    if (!this.capped && this.counts.size <= CATEGORY_LIMIT) {
      const entries = [...this.counts.values()].sort((a, b) => b.count - a.count);
      const values = entries.map((e) => (typeof e.value === 'string' ? e.value : JSON.stringify(e.value)));
      return [
        { kind: 'categories', values, counts: entries.map((e) => e.count), expected: null, other: 0 },
        null,
      ];
    }
    return [this.bins.result('length'), null];
  }
}
