/**
 * @module What a contract declares about a field's distribution, as a CDF over the values the engine writes,
 * so that `fixtura validate` can test a dataset against it. The bounds and the way draws land on whole
 * numbers, decimal grids, days and seconds mirror the engine's value domains exactly (engine/values).
 */
import { truncatedCdf } from '../engine/random/truncated.js';
import { closedRange } from '../engine/values/integer.js';
import { dateRange, dateTimeRange } from '../engine/values/temporal.js';
import type { ReferenceTime } from '../engine/values/valueDomain.js';
import type { Distribution, Field } from '../model/model.js';
import type { DeclaredCdf } from './distributionFit.js';

export interface DeclaredDistribution {
  /** e.g. `normal(mean 50, sd 10) on [0, 100]` */
  readonly description: string;
  readonly cdf: DeclaredCdf;
  /** Maps a field value to the number the CDF takes (days or seconds for dates), or `null` when it is not one. */
  readonly toNumber: (value: unknown) => number | null;
}

function describe(d: Distribution): string {
  switch (d.kind) {
    case 'uniform':
      return 'uniform';
    case 'normal':
      return `normal(mean ${d.mean}, sd ${d.sd})`;
    case 'lognormal':
      return `lognormal(mu ${d.mu}, sigma ${d.sigma})`;
  }
}

/** A value k of a whole-number domain is drawn from [k, k + 1) and floored (see engine/values/integer). */
function integral(f: (x: number) => number): DeclaredCdf {
  return { atOrBelow: (k) => f(Math.floor(k) + 1), below: (k) => f(Math.ceil(k)) };
}

const numberOf = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The declared distribution of a numeric, date or date-time field, or `null` when the contract declares none
 * (uniform is the default, not a declaration).
 */
export function declaredDistribution(field: Field, refTime: ReferenceTime): DeclaredDistribution | null {
  const type = field.type;
  if (type.kind !== 'integer' && type.kind !== 'number' && type.kind !== 'date' && type.kind !== 'datetime')
    return null;
  if (type.distribution.kind === 'uniform') return null;
  const name = describe(type.distribution);
  switch (type.kind) {
    case 'integer': {
      const [lo, hi] = closedRange(type.min, type.max);
      const f = truncatedCdf(type.distribution, lo, hi + 1);
      return { description: `${name} on [${lo}, ${hi}]`, cdf: integral(f), toNumber: numberOf };
    }
    case 'number': {
      const [lo, hi] = closedRange(type.min, type.max);
      const f = truncatedCdf(type.distribution, lo, hi);
      // With N decimals a draw is rounded to the nearest step, so value v stands for [v − step/2, v + step/2).
      const half = type.decimals === null ? 0 : 0.5 / 10 ** type.decimals;
      const cdf = { atOrBelow: (v: number) => f(v + half), below: (v: number) => f(v - half) };
      return { description: `${name} on [${lo}, ${hi}]`, cdf, toNumber: numberOf };
    }
    case 'date': {
      const [lo, hi] = dateRange(type, { refTime });
      const f = truncatedCdf(type.distribution, lo, hi + 1);
      const toNumber = (v: unknown) =>
        typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
          ? Date.parse(`${v}T00:00:00Z`) / 86_400_000
          : null;
      return { description: `${name} (days since 1970-01-01)`, cdf: integral(f), toNumber };
    }
    case 'datetime': {
      const [lo, hi] = dateTimeRange(type, { refTime });
      const f = truncatedCdf(type.distribution, lo, hi + 1);
      const toNumber = (v: unknown) => {
        const ms = typeof v === 'string' ? Date.parse(v) : NaN;
        return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
      };
      return { description: `${name} (seconds since the epoch)`, cdf: integral(f), toNumber };
    }
  }
}
