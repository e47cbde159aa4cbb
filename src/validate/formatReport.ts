/** @module The human report: problems grouped by rule, the first few of each with file:line, counts for the rest. */
import type { ValidationResult } from './validateDataset.js';

const PER_RULE = 10;

/**
 * @example formatReport(result)
 * // schema/enum: 1
 * //   out/Order.jsonl:12 /status must be equal to one of the allowed values
 * //     expected: one of "PAID", "PENDING"  actual: "PAYED"
 */
export function formatReport(result: ValidationResult): string {
  const lines: string[] = [];
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
