/**
 * @module A field's histogram as an HTML figure: a bar chart rendered to SVG in Node by Apache ECharts'
 * server-side mode, so the page needs no script, with the declared distribution beside the observed one when
 * the contract declares one. ECharts is imported on first use: commands that draw nothing never load it.
 */
import type { EChartsOption } from 'echarts';
import { escapeHtml } from './escapeHtml.js';
import { loadCharts } from './loadCharts.js';
import type { Histogram } from '../validate/histogram.js';

type Bins = Extract<Histogram, { kind: 'bins' }>;

const WIDTH = 360;
const HEIGHT = 220;
/** Unquoted, because ECharts writes it into a `style` attribute. */
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';
const OBSERVED = '#3b6fd4';
const DECLARED = '#b9c3d3';
const OTHER = '(other)';
const DAY = 86_400;

export interface HistogramChartOptions {
  /** `Entity.field`, written on the root `<svg>` as `data-field`. */
  readonly field: string;
  /** Unique on the page: the chart's SVG ids and CSS classes start with it. */
  readonly idPrefix: string;
}

/**
 * @example await histogramChart(profile.histogram, { field: 'Order.status', idPrefix: 'c3' })
 * // '<figure class="chart"><svg data-field="Order.status" role="img" … </svg><figcaption>counts per value</figcaption></figure>'
 */
export async function histogramChart(histogram: Histogram, options: HistogramChartOptions): Promise<string> {
  const { init } = await loadCharts();
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  let svg: string;
  try {
    chart.setOption(chartOption(histogram));
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const text = caption(histogram);
  const root = `<svg data-field="${escapeHtml(options.field)}" role="img" aria-label="${escapeHtml(`${options.field}: ${text}`)}"`;
  return `<figure class="chart">${scopeIds(svg, options.idPrefix).replace(/^<svg\b/, root)}<figcaption>${escapeHtml(text)}</figcaption></figure>`;
}

function chartOption(h: Histogram): EChartsOption {
  const other = h.kind === 'categories' && h.other > 0;
  const bar = { type: 'bar', barGap: '0%', barCategoryGap: h.kind === 'bins' ? '6%' : '30%' } as const;
  const series: EChartsOption['series'] = [];
  // The contract declares nothing outside its own values, so "(other)" is declared to hold none.
  if (h.expected)
    series.push({
      ...bar,
      name: 'declared',
      color: DECLARED,
      data: other ? [...h.expected, 0] : [...h.expected],
    });
  series.push({
    ...bar,
    name: 'observed',
    color: OBSERVED,
    data: h.kind === 'categories' && other ? [...h.counts, h.other] : [...h.counts],
  });
  // A line break in a value would stack its label over the axis: shown as a space.
  const values = h.kind === 'categories' ? h.values.map((v) => v.replace(/[\r\n\t]+/g, ' ')) : [];
  const labels = h.kind === 'categories' ? (other ? [...values, OTHER] : values) : binLabels(h);
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    grid: { left: 6, right: 10, top: h.expected ? 30 : 10, bottom: 4 },
    legend: { show: h.expected !== null, top: 2, right: 6, itemWidth: 12, itemHeight: 8 },
    xAxis: {
      type: 'category',
      data: labels,
      axisTick: { show: false },
      axisLabel: { fontSize: 10, overflow: 'truncate', ...labelLayout(h, labels.length) },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 10 } },
    series,
  };
}

/**
 * Every category is named while the names fit, side by side and then slanted; bins, whose neighbours read
 * alike, show as many lower edges as fit without overlapping.
 */
function labelLayout(
  h: Histogram,
  n: number,
): { interval?: number; hideOverlap?: boolean; width: number; rotate?: number } {
  if (h.kind === 'bins') return { hideOverlap: true, width: 80 };
  if (n <= 8) return { interval: 0, width: Math.floor(320 / Math.max(n, 1)) - 8 };
  return n <= 24 ? { interval: 0, width: 64, rotate: 40 } : { hideOverlap: true, width: 64, rotate: 40 };
}

/** Each bin is labelled with its lower edge, in the unit's own terms. */
function binLabels(h: Bins): string[] {
  return h.edges.slice(0, -1).map(edgeFormat(h, true));
}

/** On the axis, a date-time shows its time only when bins are shorter than a day; the caption is exact. */
function edgeFormat(h: Bins, axis: boolean): (edge: number) => string {
  switch (h.unit) {
    case 'date':
      return (days) => isoTime(days * DAY, false) ?? String(days);
    case 'datetime': {
      const withTime = axis ? binWidth(h) < DAY : h.edges.some((s) => s % DAY !== 0);
      return (seconds) => isoTime(seconds, withTime) ?? String(seconds);
    }
    case 'number':
    case 'length':
      return numberFormat(h.edges);
  }
}

/** UTC, to the minute (or second) when asked and needed; `null` beyond what `Date` can hold. */
function isoTime(seconds: number, withTime: boolean): string | null {
  const ms = seconds * 1000;
  if (!(Math.abs(ms) <= 8.64e15)) return null;
  const m = /^([+-]?\d+-\d\d-\d\d)T(\d\d:\d\d)(:\d\d)/.exec(new Date(ms).toISOString()) as RegExpExecArray;
  if (!withTime) return m[1] as string;
  return `${m[1]} ${m[2]}${seconds % 60 === 0 ? '' : m[3]}`;
}

/** The fewest decimals that put every edge within 1% of a bin's width: `0.25` stays `0.25`, `1024` has none. */
function numberFormat(edges: readonly number[]): (x: number) => string {
  const width = Math.abs((edges[1] ?? 0) - (edges[0] ?? 0));
  let decimals = 0;
  while (decimals < 12 && edges.some((e) => Math.abs(Number(e.toFixed(decimals)) - e) > width / 100))
    decimals++;
  return (x) => x.toFixed(decimals);
}

function caption(h: Histogram): string {
  if (h.kind === 'categories')
    return h.other > 0 ? `counts per value; ${OTHER}: ${h.other} not among them` : 'counts per value';
  const labels = h.edges.map(edgeFormat(h, false));
  const width = binWidth(h);
  const n = h.counts.length;
  const what = {
    number: ['values', String(Number(width.toPrecision(6)))],
    length: ['string lengths', plural(width, 'character')],
    date: ['dates (UTC)', plural(width, 'day')],
    datetime: ['date-times (UTC)', duration(width)],
  }[h.unit];
  return `${what[0]} in ${plural(n, 'bin')} of ${what[1]}, from ${labels[0]} to ${labels[n]}`;
}

function binWidth(h: Bins): number {
  return (h.edges[1] ?? 0) - (h.edges[0] ?? 0);
}

/** Bins of date-times are powers of two seconds wide, so most widths read best rounded, in the largest unit. */
function duration(seconds: number): string {
  for (const [unit, size] of [
    ['day', DAY],
    ['hour', 3600],
    ['minute', 60],
  ] as const) {
    if (seconds % size === 0) return plural(seconds / size, unit);
    if (seconds > size) return `about ${plural(Number((seconds / size).toPrecision(3)), unit)}`;
  }
  return plural(Number(seconds.toPrecision(4)), 'second');
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * zrender names SVG ids and CSS classes with process-wide counters (`zr3-cls-17`), so the same chart would
 * differ between runs and two charts on one page could share a name. Renamed in order of first appearance
 * under our own prefix, inside tags and the `<style>` block only: text content is data and stays as it is.
 */
function scopeIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  const rename = (id: string): string => {
    let name = names.get(id);
    if (name === undefined) names.set(id, (name = `${prefix}-${names.size}`));
    return name;
  };
  return svg.replace(/<style\b[\s\S]*?<\/style>|<[^>]*>/g, (markup) =>
    markup.replace(/\bzr\d+-[\w-]+/g, rename),
  );
}
