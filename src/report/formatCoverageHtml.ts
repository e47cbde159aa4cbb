/**
 * @module The coverage report as HTML: a section (a summary table, then per entity a table of its targets, hit
 * or missed, and where each was first hit) that `fixtura validate --report` embeds, and the self-contained
 * page `fixtura coverage --format html` writes around it.
 */
import { FIXTURA_VERSION } from '../provenance/versions.js';
import { escapeHtml } from './escapeHtml.js';
import { groupDigits } from './groupDigits.js';
import { htmlPage } from './htmlPage.js';
import type { CoverageReport, EntityCoverage, TargetCoverage } from '../coverage/coverageReport.js';

export interface FormatCoverageHtmlOptions {
  /** The contract as the user named it, shown in the title. */
  readonly contract: string;
}

function share(hit: number, total: number, percent: number): string {
  return total === 0
    ? 'no targets'
    : `${groupDigits(hit)}/${groupDigits(total)} targets (${percent.toFixed(1)}%)`;
}

/**
 * @example formatCoverageHtml(report, { contract: 'examples/shop.contract.yaml' })
 * // '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n…'
 */
export function formatCoverageHtml(report: CoverageReport, options: FormatCoverageHtmlOptions): string {
  const contract = escapeHtml(options.contract);
  return htmlPage(`Fixtura coverage report: ${contract}`, [
    `<header><h1>Coverage report</h1><p class="muted">contract <code>${contract}</code></p></header>`,
    coverageSection(report),
    `<footer class="muted">fixtura ${escapeHtml(FIXTURA_VERSION)}</footer>`,
  ]);
}

/** @example coverageSection(report) // '<section id="coverage">\n<h2>Coverage</h2>\n…' */
export function coverageSection(report: CoverageReport): string {
  const complete = report.hit === report.total;
  const rows = report.entities.map((e) => {
    const name = escapeHtml(e.entity);
    const cells = [groupDigits(e.hit), groupDigits(e.total), e.total === 0 ? '' : `${e.percent.toFixed(1)}%`];
    return `<tr data-entity="${name}"><th><a href="#coverage-${name}">${name}</a></th>${cells.map((c) => `<td class="n">${c}</td>`).join('')}</tr>`;
  });
  return [
    '<section id="coverage">',
    '<h2>Coverage</h2>',
    `<p class="verdict${complete ? ' good' : ''}">${share(report.hit, report.total, report.percent)}</p>`,
    '<table class="coverage"><caption>targets hit</caption>',
    '<thead><tr><th>entity</th><th class="n">hit</th><th class="n">targets</th><th class="n">share</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
    ...report.entities.map(entitySection),
    '</section>',
  ].join('\n');
}

function entitySection(e: EntityCoverage): string {
  const name = escapeHtml(e.entity);
  return [
    `<section class="coverage-entity" id="coverage-${name}" data-entity="${name}">`,
    `<h3>${name} <span class="muted">${share(e.hit, e.total, e.percent)}</span></h3>`,
    ...e.notes.map((n) => `<p class="muted">${escapeHtml(n)}</p>`),
    e.targets.length === 0
      ? '<p class="muted">No targets: no field states a bound, a value list, a null, an absence or a reference.</p>'
      : [
          '<table class="issues"><colgroup><col class="where"><col><col><col></colgroup>',
          '<thead><tr><th>target</th><th>id</th><th>hit</th><th>where</th></tr></thead>',
          `<tbody>${e.targets.map(targetRow).join('')}</tbody></table>`,
        ].join('\n'),
    '</section>',
  ].join('\n');
}

function targetRow(t: TargetCoverage): string {
  const where = t.file === null ? '' : `<code>${escapeHtml(`${t.file}:${t.line ?? ''}`)}</code>`;
  const cells = [
    escapeHtml(t.label),
    `<code>${escapeHtml(t.id)}</code>`,
    t.hit ? '<span class="good">hit</span>' : '<span class="bad">missed</span>',
    where,
  ];
  return `<tr data-target="${escapeHtml(t.id)}" data-hit="${t.hit}">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}
