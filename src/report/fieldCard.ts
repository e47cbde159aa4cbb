/**
 * @module One field's card in the HTML report: its profile numbers, the most frequent values, its histogram as
 * a chart (or a "no values" note) and, when the contract declares a distribution, how well the data fits it.
 */
import type { DistributionFit } from '../validate/distributionFit.js';
import { escapeHtml } from './escapeHtml.js';
import { groupDigits } from './groupDigits.js';
import type { FieldProfile } from '../validate/fieldProfile.js';
import { histogramChart } from './histogramChart.js';

const SHOWN = 48;

export interface FieldCardOptions {
  readonly entity: string;
  readonly field: string;
  /** Unique on the page, for the chart's SVG ids. */
  readonly idPrefix: string;
}

/**
 * @example await fieldCard(profiles.Order.status, { entity: 'Order', field: 'status', idPrefix: 'c3' })
 * // '<article class="card" data-profile="Order.status"><h4>status <span class="type">enum</span></h4>…'
 */
export async function fieldCard(profile: FieldProfile, options: FieldCardOptions): Promise<string> {
  const name = `${options.entity}.${options.field}`;
  // A profile read from an older JSON output has no histogram, fit or type: drawn as having none.
  const histogram = profile.histogram ?? null;
  const fit = profile.fit ?? null;
  const chart = histogram
    ? await histogramChart(histogram, { field: name, idPrefix: options.idPrefix })
    : '<p class="empty">no values</p>';
  const stats: [string, string][] = [
    ['count', groupDigits(profile.count)],
    ['nulls', groupDigits(profile.nulls)],
    ['absent', groupDigits(profile.absent)],
    ['distinct', `${profile.distinctCapped ? '≥ ' : ''}${groupDigits(profile.distinct)}`],
    ['min', scalar(profile.min)],
    ['max', scalar(profile.max)],
  ];
  const type = profile.type ? ` <span class="type">${escapeHtml(profile.type)}</span>` : '';
  return [
    `<article class="card${fit?.mismatch ? ' mismatch' : ''}" data-profile="${escapeHtml(name)}">`,
    `<h4>${escapeHtml(options.field)}${type}</h4>`,
    chart,
    `<dl class="stats">${stats.map(([k, v]) => `<div><dt>${k}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>`,
    topValues(profile),
    fit ? fitSummary(fit) : '',
    '</article>',
  ].join('\n');
}

function topValues(profile: FieldProfile): string {
  if (profile.top.length === 0) return '';
  const rows = profile.top.map(
    ({ value, count: n }) =>
      `<tr><td><code>${escapeHtml(shorten(JSON.stringify(value) ?? String(value)))}</code></td><td class="n">${groupDigits(n)}</td><td class="n">${percent(n, profile.count)}</td></tr>`,
  );
  return `<table class="top"><caption>most frequent</caption>${rows.join('')}</table>`;
}

function fitSummary(fit: DistributionFit): string {
  const verdict = fit.mismatch
    ? '<strong class="bad">mismatch</strong>'
    : '<strong class="good">consistent</strong>';
  const p = fit.pValue < 1e-4 ? fit.pValue.toExponential(1) : fit.pValue.toFixed(4);
  return [
    `<div class="fit"><p>${verdict} with the declared ${escapeHtml(fit.declared)}</p>`,
    `<p>${escapeHtml(fit.test)} on ${groupDigits(fit.values)} values: statistic ${Number(fit.statistic.toPrecision(4))},`,
    ` p-value ${p}, effect ${fit.effect.toFixed(3)}</p></div>`,
  ].join('');
}

function scalar(value: number | string | null): string {
  return value === null ? '—' : shorten(String(value));
}

/** Cut by code point, so an emoji is never split in half. */
function shorten(text: string): string {
  const chars = [...text];
  return chars.length > SHOWN ? `${chars.slice(0, SHOWN - 1).join('')}…` : text;
}

function percent(n: number, of: number): string {
  return of === 0 ? '' : `${((100 * n) / of).toFixed(1)}%`;
}
