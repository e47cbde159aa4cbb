/**
 * @module The human report: a profile line per field (with a sparkline of its histogram), the coverage when
 * asked for, then the problems grouped by rule — the first few of each with file:line, counts for the rest —
 * then a one-line verdict.
 */
import type { CoverageReport } from '../coverage/coverageReport.js';
import { formatCoverageText } from './formatCoverageText.js';
import type { FieldProfile } from '../validate/fieldProfile.js';
import type { Histogram } from '../validate/histogram.js';
import type { ValidationResult } from '../validate/validateDataset.js';

const PER_RULE = 10;
const BARS = '▁▂▃▄▅▆▇█';
const SPARK_WIDTH = 16;

/** A histogram as at most 16 block characters, each as tall as its share of the largest bar. */
export function sparkline(histogram: Histogram | null): string {
  if (!histogram) return '';
  let counts = [...histogram.counts];
  if (histogram.kind === 'categories' && histogram.other > 0) counts.push(histogram.other);
  if (counts.length > SPARK_WIDTH) {
    const per = Math.ceil(counts.length / SPARK_WIDTH);
    counts = Array.from({ length: Math.ceil(counts.length / per) }, (_, i) =>
      counts.slice(i * per, (i + 1) * per).reduce((a, b) => a + b, 0),
    );
  }
  const top = Math.max(...counts);
  return counts.map((c) => (c === 0 ? ' ' : BARS[Math.min(7, Math.floor((c / top) * 7.999))])).join('');
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

function profileLine(name: string, p: FieldProfile): string {
  const parts = [`${p.count} values`];
  if (p.nulls > 0) parts.push(`${p.nulls} null`);
  if (p.absent > 0) parts.push(`${p.absent} absent`);
  parts.push(`${p.distinctCapped ? '≥' : ''}${p.distinct} distinct`);
  if (p.min !== null) parts.push(`${show(p.min)} … ${show(p.max)}`);
  const top = p.top[0];
  if (top && top.count > 1) parts.push(`top ${show(top.value)} ×${top.count}`);
  let line = `  ${name.padEnd(20)} ${sparkline(p.histogram).padEnd(SPARK_WIDTH)}  ${parts.join(', ')}`;
  if (p.fit)
    line += `\n  ${''.padEnd(20)} ${''.padEnd(SPARK_WIDTH)}  ${p.fit.test} vs ${p.fit.declared}: p = ${p.fit.pValue.toPrecision(2)}${p.fit.mismatch ? ' — MISMATCH' : ', fits'}`;
  return line;
}

/**
 * @example formatReport(result)
 * // Order (3000 records)
 * //   status               █▃▂▁              3000 values, 4 distinct, "FAILED" … "REFUNDED", top "PAID" ×2100
 * // schema/enum: 1
 * //   out/Order.jsonl:12 /status must be equal to one of the allowed values
 * //     expected: one of "PAID", "PENDING"  actual: "PAYED"
 */
export function formatReport(
  result: ValidationResult,
  options: { profiles?: boolean; coverage?: CoverageReport } = {},
): string {
  const lines: string[] = [];
  if (options.profiles !== false) {
    for (const [entity, fields] of Object.entries(result.profiles)) {
      if (result.records[entity] === undefined) continue;
      lines.push(`${entity} (${result.records[entity]} records)`);
      for (const [name, profile] of Object.entries(fields)) lines.push(profileLine(name, profile));
    }
    if (lines.length > 0) lines.push('');
  }
  if (options.coverage)
    lines.push('Coverage', ...formatCoverageText(options.coverage).trimEnd().split('\n'), '');
  for (const [code, count] of Object.entries(result.counts).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${code}: ${count}`);
    const shown = result.issues.filter((i) => i.code === code).slice(0, PER_RULE);
    for (const i of shown) {
      lines.push(`  ${i.file}${i.line === null ? '' : `:${i.line}`} ${i.message}`);
      lines.push(`    expected: ${i.expected}  actual: ${i.actual}`);
    }
    if (count > shown.length) lines.push(`  … and ${count - shown.length} more`);
  }
  const records = Object.entries(result.records)
    .map(([e, n]) => `${n} ${e}`)
    .join(', ');
  lines.push(
    result.valid
      ? `valid: ${records || 'no records'}`
      : `${result.total} problem${result.total === 1 ? '' : 's'} in ${records || 'no records'}`,
  );
  return lines.join('\n') + '\n';
}
