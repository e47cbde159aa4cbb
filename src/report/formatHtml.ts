/**
 * @module The HTML report of `fixtura validate --report`: one self-contained file (inline CSS and SVG charts,
 * no script, nothing fetched) with a summary, the problems grouped by code, the coverage when asked for, and a
 * card per field with its profile and a chart of its distribution. The same result gives the same bytes.
 */
import type { CoverageReport } from '../coverage/coverageReport.js';
import { coverageSection } from './formatCoverageHtml.js';
import { FIXTURA_VERSION } from '../provenance/versions.js';
import { escapeHtml } from './escapeHtml.js';
import { fieldCard } from './fieldCard.js';
import { groupDigits } from './groupDigits.js';
import { htmlPage } from './htmlPage.js';
import type { ValidationResult } from '../validate/validateDataset.js';

const PER_CODE = 10;

export interface FormatHtmlOptions {
  /** The contract as the user named it, shown in the title. */
  readonly contract: string;
  /** The contract's entities, in its order. */
  readonly entities: readonly string[];
  /** The coverage of the dataset (`fixtura validate --coverage`): a section after the problems. */
  readonly coverage?: CoverageReport;
}

/**
 * @example await formatHtml(result, { contract: 'examples/shop.contract.yaml', entities: ['Customer', 'Order'] })
 * // '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n…'
 */
export async function formatHtml(result: ValidationResult, options: FormatHtmlOptions): Promise<string> {
  const entities = [
    ...new Set([...options.entities, ...Object.keys(result.records), ...Object.keys(result.profiles)]),
  ];
  // Plain code-unit order, not localeCompare: the bytes must not depend on the machine's locale.
  const codes = Object.entries(result.counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const contract = escapeHtml(options.contract);
  return htmlPage(`Fixtura validation report: ${contract}`, [
    `<header><h1>Validation report</h1><p class="muted">contract <code>${contract}</code></p></header>`,
    summary(result, entities, codes),
    problems(result, codes),
    ...(options.coverage ? [coverageSection(options.coverage)] : []),
    await fields(result, entities),
    `<footer class="muted">fixtura ${escapeHtml(FIXTURA_VERSION)} · charts drawn by Apache ECharts</footer>`,
  ]);
}

function summary(result: ValidationResult, entities: readonly string[], codes: [string, number][]): string {
  const verdict = result.valid
    ? '<p class="verdict good">valid</p>'
    : `<p class="verdict bad">${groupDigits(result.total)} problem${result.total === 1 ? '' : 's'}</p>`;
  const records = entities.map((e) =>
    keyedRow('entity', e, escapeHtml(e), groupDigits(result.records[e] ?? 0)),
  );
  const issues = codes.map(([code, n]) =>
    keyedRow('code', code, `<a href="#code-${escapeHtml(code)}">${escapeHtml(code)}</a>`, groupDigits(n)),
  );
  const kept =
    result.issues.length < result.total
      ? `<p class="muted">The first ${groupDigits(result.issues.length)} issues were kept (--max-issues); ` +
        `the counts cover all ${groupDigits(result.total)}.</p>`
      : '';
  return [
    '<section id="summary">',
    '<h2>Summary</h2>',
    verdict,
    '<div class="tables">',
    table('records', 'records', ['entity', 'records'], records),
    issues.length === 0 ? '' : table('codes', 'issues', ['code', 'count'], issues),
    '</div>',
    kept,
    '</section>',
  ].join('\n');
}

/** A summary row named by its first cell (`data-entity`, `data-code`), its number in the second. */
function keyedRow(key: string, name: string, head: string, n: string): string {
  return `<tr data-${key}="${escapeHtml(name)}"><th>${head}</th><td class="n">${n}</td></tr>`;
}

function table(
  className: string,
  caption: string,
  heads: readonly string[],
  rows: readonly string[],
): string {
  const head = heads.map((h, i) => `<th${i === heads.length - 1 ? ' class="n"' : ''}>${h}</th>`).join('');
  return `<table class="${className}"><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function problems(result: ValidationResult, codes: [string, number][]): string {
  const groups = codes.map(([code, n]) => {
    const shown = result.issues.filter((i) => i.code === code).slice(0, PER_CODE);
    const rows = shown.map((i) => {
      const where = `${i.file}${i.line === null ? '' : `:${i.line}`}`;
      const cells = [
        `<code>${escapeHtml(where)}</code>`,
        escapeHtml(i.message),
        escapeHtml(i.expected),
        `<code>${escapeHtml(i.actual)}</code>`,
      ];
      return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    });
    return [
      `<section class="code" id="code-${escapeHtml(code)}" data-code="${escapeHtml(code)}">`,
      `<h3>${escapeHtml(code)} <span class="muted">${groupDigits(n)}</span></h3>`,
      '<table class="issues"><colgroup><col class="where"><col><col><col></colgroup>',
      '<thead><tr><th>where</th><th>message</th><th>expected</th><th>actual</th></tr></thead>',
      `<tbody>${rows.join('')}</tbody></table>`,
      n > shown.length ? `<p class="muted">… and ${groupDigits(n - shown.length)} more</p>` : '',
      '</section>',
    ].join('\n');
  });
  const none = groups.length === 0 ? '<p class="muted">None.</p>' : '';
  return ['<section id="problems">', '<h2>Problems</h2>', none, ...groups, '</section>'].join('\n');
}

async function fields(result: ValidationResult, entities: readonly string[]): Promise<string> {
  const sections: string[] = [];
  let charts = 0;
  for (const entity of entities) {
    const cards: string[] = [];
    for (const [field, profile] of Object.entries(result.profiles[entity] ?? {}))
      cards.push(await fieldCard(profile, { entity, field, idPrefix: `c${charts++}` }));
    const n = result.records[entity] ?? 0;
    sections.push(
      [
        `<section class="entity" data-entity="${escapeHtml(entity)}">`,
        `<h3>${escapeHtml(entity)} <span class="muted">${groupDigits(n)} record${n === 1 ? '' : 's'}</span></h3>`,
        cards.length === 0
          ? '<p class="muted">No fields profiled.</p>'
          : `<div class="cards">\n${cards.join('\n')}\n</div>`,
        '</section>',
      ].join('\n'),
    );
  }
  return ['<section id="fields">', '<h2>Fields</h2>', ...sections, '</section>'].join('\n');
}
