/**
 * @module The coverage report for people: a line per entity with its targets hit and its percentage, each
 * missed target's label under it (they are what to act on), then the total.
 */
import type { CoverageReport } from '../coverage/coverageReport.js';

function count(hit: number, total: number, percent: number): string {
  return total === 0 ? 'no targets' : `${hit}/${total} targets (${percent.toFixed(1)}%)`;
}

/**
 * @example formatCoverageText(report)
 * // Customer  7/7 targets (100.0%)
 * // Order     8/11 targets (72.7%)
 * //   missed: /total_eur = 0 (the minimum)
 * //   …
 * // total     15/18 targets (83.3%)
 */
export function formatCoverageText(report: CoverageReport): string {
  const width = Math.max('total'.length, ...report.entities.map((e) => e.entity.length)) + 2;
  const lines: string[] = [];
  for (const e of report.entities) {
    lines.push(`${e.entity.padEnd(width)}${count(e.hit, e.total, e.percent)}`);
    for (const n of e.notes) lines.push(`  note: ${n}`);
    for (const t of e.targets) if (!t.hit) lines.push(`  missed: ${t.label}`);
  }
  lines.push(`${'total'.padEnd(width)}${count(report.hit, report.total, report.percent)}`);
  return lines.join('\n') + '\n';
}
