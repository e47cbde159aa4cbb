/**
 * @module JUnit XML for CI: one test suite per entity, one test case per kind of check (schema, rule,
 * integrity, unique, distribution, input); a case fails with the issues it found, each with its file:line.
 */
import type { ValidationResult } from '../validate/validateDataset.js';

const CHECKS = ['schema', 'rule', 'integrity', 'unique', 'distribution', 'input'] as const;
const LISTED = 50;

/** Escapes XML's special characters and drops control characters XML 1.0 cannot carry. */
function xml(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code < 0x20 && code !== 9 && code !== 10 && code !== 13) continue;
    out +=
      c === '<'
        ? '&lt;'
        : c === '>'
          ? '&gt;'
          : c === '&'
            ? '&amp;'
            : c === '"'
              ? '&quot;'
              : c === "'"
                ? '&apos;'
                : c;
  }
  return out;
}

/**
 * @example formatJunit(result) // '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="fixtura validate" …'
 */
export function formatJunit(result: ValidationResult, entities: readonly string[]): string {
  const capped = result.total > result.issues.length ? ' (more beyond --max-issues)' : '';
  const suites = entities.map((entity) => {
    const cases = CHECKS.map((check) => {
      const found = result.issues.filter((i) => i.entity === entity && i.code.startsWith(`${check}/`));
      const name = `${entity} ${check}`;
      if (found.length === 0)
        return { failed: false, text: `    <testcase classname="${xml(entity)}" name="${xml(name)}"/>` };
      const lines = found
        .slice(0, LISTED)
        .map(
          (i) =>
            `${i.file}${i.line === null ? '' : `:${i.line}`} ${i.code} ${i.message} (expected ${i.expected}, actual ${i.actual})`,
        );
      if (found.length > LISTED) lines.push(`… and ${found.length - LISTED} more`);
      return {
        failed: true,
        text: `    <testcase classname="${xml(entity)}" name="${xml(name)}">\n      <failure type="${xml(check)}" message="${xml(`${found.length} ${check} problem${found.length === 1 ? '' : 's'}${capped}`)}">${xml(lines.join('\n'))}</failure>\n    </testcase>`,
      };
    });
    const failures = cases.filter((c) => c.failed).length;
    return {
      failures,
      text: `  <testsuite name="${xml(entity)}" tests="${cases.length}" failures="${failures}">\n${cases.map((c) => c.text).join('\n')}\n  </testsuite>`,
    };
  });
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="fixtura validate" tests="${entities.length * CHECKS.length}" failures="${failures}">\n${suites.map((s) => s.text).join('\n')}\n</testsuites>\n`;
}
