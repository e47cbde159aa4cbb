/** @module What `fixtura coverage` finds: per entity, each coverage target and whether the dataset hit it. */
import type { CoverageTarget } from '../model/coverageTargets.js';

/** A target with what the dataset did about it. */
export interface TargetCoverage extends CoverageTarget {
  readonly hit: boolean;
  /**
   * Where it was first hit: the record's file, or for a parent cardinality the parent row's file. `null` when
   * missed.
   */
  readonly file: string | null;
  /** The line of that record in its file; `null` when missed. */
  readonly line: number | null;
}

export interface EntityCoverage {
  readonly entity: string;
  /** The entity's targets in contract order, hit or not. */
  readonly targets: readonly TargetCoverage[];
  readonly hit: number;
  readonly total: number;
  /** `hit / total` in percent, one decimal: 100 only when every target is hit (and for no targets at all). */
  readonly percent: number;
  /** Why some targets could not be measured: a file that was not read. */
  readonly notes: readonly string[];
}

export interface CoverageReport {
  /** Every entity of the contract, in its order. */
  readonly entities: readonly EntityCoverage[];
  readonly hit: number;
  readonly total: number;
  readonly percent: number;
}

/**
 * `hit / total` in percent with one decimal, never shown as 100 while a target is missed nor as 0 once one is
 * hit, so a `--min 100` gate means every target.
 * @example coveragePercent(14, 18) // 77.8; coveragePercent(1999, 2000) // 99.9; coveragePercent(0, 0) // 100
 */
export function coveragePercent(hit: number, total: number): number {
  if (total === 0 || hit === total) return 100;
  if (hit === 0) return 0;
  return Math.min(99.9, Math.max(0.1, Math.round((hit * 1000) / total) / 10));
}

/**
 * The same report with each file named by `rename` (commands read files by absolute path and show them as the
 * user typed them).
 * @example withFileNames(report, (f) => path.relative(cwd, f))
 */
export function withFileNames(report: CoverageReport, rename: (file: string) => string): CoverageReport {
  return {
    ...report,
    entities: report.entities.map((e) => ({
      ...e,
      targets: e.targets.map((t) => (t.file === null ? t : { ...t, file: rename(t.file) })),
    })),
  };
}
