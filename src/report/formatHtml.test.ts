import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FieldProfile } from '../validate/fieldProfile.js';
import { formatHtml } from './formatHtml.js';
import type { ValidationResult } from '../validate/validateDataset.js';
import type { ValidationIssue } from '../model/validationIssue.js';

const NASTY = `<script>alert("x")</script> & 'y'`;

function profile(overrides: Partial<FieldProfile>): FieldProfile {
  return {
    count: 100,
    nulls: 0,
    absent: 0,
    distinct: 100,
    distinctCapped: false,
    min: null,
    max: null,
    top: [],
    type: 'string',
    histogram: null,
    fit: null,
    ...overrides,
  };
}

function issue(code: string, line: number | null, overrides: Partial<ValidationIssue> = {}): ValidationIssue {
  return {
    code,
    entity: 'Order',
    file: 'out/Order.jsonl',
    line,
    field: '/status',
    expected: 'one of "PAID", "PENDING"',
    actual: '"PAYED"',
    message: '/status must be equal to one of the allowed values',
    ...overrides,
  };
}

const enumIssues = Array.from({ length: 12 }, (_, i) => issue('schema/enum', 20 + i));

/** Every kind of histogram: categories with `other` and a declared one, bins of numbers, dates, date-times and lengths, none. */
const result: ValidationResult = {
  valid: false,
  issues: [
    issue('input/missing-file', null, { entity: 'Customer', file: 'out/Customer.jsonl', field: '' }),
    ...enumIssues,
    issue('unique/duplicate', 7, { field: '/id', actual: NASTY, message: `/id repeats ${NASTY}` }),
  ],
  counts: { 'schema/enum': 15, 'unique/duplicate': 1, 'input/missing-file': 1 },
  total: 17,
  records: { Customer: 0, Order: 1234 },
  profiles: {
    Customer: {
      email: profile({ count: 0, distinct: 0, nulls: 3, type: 'string' }),
    },
    Order: {
      status: profile({
        type: 'enum',
        distinct: 4,
        min: 'FAILED',
        max: 'PAID',
        top: [
          { value: 'PAID', count: 60 },
          { value: NASTY, count: 3 },
        ],
        histogram: {
          kind: 'categories',
          values: ['PAID', 'PENDING', NASTY],
          counts: [60, 30, 7],
          expected: [70, 20, 10],
          other: 3,
        },
        fit: {
          test: 'chi-square',
          declared: 'weights PAID 70, PENDING 20, <b>10</b>',
          values: 100,
          statistic: 12.3456,
          pValue: 0.00002,
          effect: 0.1,
          mismatch: true,
        },
      }),
      total_eur: profile({
        type: 'number',
        min: 0.5,
        max: 99.75,
        histogram: {
          kind: 'bins',
          unit: 'number',
          edges: [0, 0.25, 0.5, 0.75, 1],
          counts: [10, 40, 40, 10],
          expected: [12, 38, 38, 12],
        },
        fit: {
          test: 'kolmogorov-smirnov',
          declared: 'normal(mean 0.5, sd 0.2)',
          values: 100,
          statistic: 0.04,
          pValue: 0.6,
          effect: 0.04,
          mismatch: false,
        },
      }),
      placed_on: profile({
        type: 'date',
        min: '2024-01-01',
        max: '2024-01-31',
        histogram: {
          kind: 'bins',
          unit: 'date',
          edges: [19723, 19731, 19739, 19747, 19755],
          counts: [25, 25, 25, 25],
          expected: null,
        },
      }),
      paid_at: profile({
        type: 'datetime',
        histogram: {
          kind: 'bins',
          unit: 'datetime',
          edges: [1704067200, 1704070800, 1704074400],
          counts: [50, 50],
          expected: null,
        },
      }),
      note: profile({
        distinct: 10_000,
        distinctCapped: true,
        histogram: { kind: 'bins', unit: 'length', edges: [3, 5, 7, 9], counts: [1, 98, 1], expected: null },
      }),
    },
  },
};
const options = { contract: 'examples/<shop>.contract.yaml', entities: ['Customer', 'Order'] };

/** The first `<tag …>` carrying `attribute`, up to its closing tag (none of these nest the same tag). */
function element(html: string, tag: string, attribute: string): string {
  const at = html.indexOf(attribute);
  const open = html.lastIndexOf(`<${tag}`, at);
  assert.ok(at >= 0 && open >= 0, `no <${tag}> with ${attribute}`);
  return html.slice(open, html.indexOf(`</${tag}>`, at) + tag.length + 3);
}

function chartOf(html: string, field: string): string {
  return element(html, 'svg', `data-field="${field}"`);
}

describe('formatHtml', () => {
  it('is one self-contained page: no script, no link, nothing to fetch', async () => {
    const html = await formatHtml(result, options);
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.match(html, /<\/html>\n$/);
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\((?!#)/i);
    assert.doesNotMatch(html, /(?:src|href)="(?!#)/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
  });

  it('summarises validity, records per entity and issues per code', async () => {
    const html = await formatHtml(result, options);
    const summary = element(html, 'section', 'id="summary"');
    assert.match(summary, /<p class="verdict bad">17 problems<\/p>/);
    assert.match(summary, /<tr data-entity="Customer"><th>Customer<\/th><td class="n">0<\/td><\/tr>/);
    assert.match(summary, /<tr data-entity="Order"><th>Order<\/th><td class="n">1,234<\/td><\/tr>/);
    const codes = [...summary.matchAll(/<tr data-code="([^"]+)">.*?<td class="n">(\d+)<\/td>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    assert.deepEqual(codes, [
      ['input/missing-file', '1'],
      ['schema/enum', '15'],
      ['unique/duplicate', '1'],
    ]);
    const valid = await formatHtml({ ...result, valid: true, issues: [], counts: {}, total: 0 }, options);
    assert.match(valid, /<p class="verdict good">valid<\/p>/);
    assert.match(element(valid, 'section', 'id="problems"'), /None\./);
  });

  it('groups problems by code, the first 10 of each with file:line, and counts the rest', async () => {
    const html = await formatHtml(result, options);
    const enums = element(html, 'section', 'id="code-schema/enum"');
    const places = [...enums.matchAll(/<code>(out\/Order\.jsonl:\d+)<\/code>/g)].map((m) => m[1]);
    assert.deepEqual(
      places,
      enumIssues.slice(0, 10).map((i) => `out/Order.jsonl:${i.line}`),
    );
    assert.match(enums, /expected<\/th><th>actual/);
    assert.match(
      enums,
      /<td>one of &quot;PAID&quot;, &quot;PENDING&quot;<\/td><td><code>&quot;PAYED&quot;<\/code><\/td>/,
    );
    assert.match(enums, /… and 5 more/);
    const missing = element(html, 'section', 'id="code-input/missing-file"');
    assert.match(missing, /<code>out\/Customer\.jsonl<\/code>/);
    assert.doesNotMatch(missing, /more/);
  });

  it('gives every field a card, with exactly one chart when it has values and a note when it has none', async () => {
    const html = await formatHtml(result, options);
    const cards = [...html.matchAll(/<article class="card[^"]*" data-profile="([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(cards, [
      'Customer.email',
      'Order.status',
      'Order.total_eur',
      'Order.placed_on',
      'Order.paid_at',
      'Order.note',
    ]);
    const charts = [...html.matchAll(/<svg data-field="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(charts, cards.slice(1));
    assert.equal(html.split('<svg').length - 1, charts.length, 'only the charts are SVG');
    assert.match(
      element(html, 'article', 'data-profile="Customer.email"'),
      /<p class="empty">no values<\/p>/,
    );
  });

  it('shows the profile numbers, with ≥ when the distinct count is a lower bound', async () => {
    const html = await formatHtml(result, options);
    const note = element(html, 'article', 'data-profile="Order.note"');
    assert.match(note, /<dt>distinct<\/dt><dd>≥ 10,000<\/dd>/);
    const status = element(html, 'article', 'data-profile="Order.status"');
    for (const [k, v] of [
      ['count', '100'],
      ['nulls', '0'],
      ['absent', '0'],
      ['distinct', '4'],
      ['min', 'FAILED'],
      ['max', 'PAID'],
    ])
      assert.match(status, new RegExp(`<dt>${k}</dt><dd>${v}</dd>`));
    assert.match(
      status,
      /<td><code>&quot;PAID&quot;<\/code><\/td><td class="n">60<\/td><td class="n">60\.0%<\/td>/,
    );
    assert.match(element(html, 'article', 'data-profile="Customer.email"'), /<dt>min<\/dt><dd>—<\/dd>/);
  });

  it('draws the declared distribution beside the observed one, with a legend, only when one is declared', async () => {
    const html = await formatHtml(result, options);
    for (const field of ['Order.status', 'Order.total_eur']) {
      const svg = chartOf(html, field);
      assert.match(svg, />declared<\/text>/, field);
      assert.match(svg, />observed<\/text>/, field);
      assert.match(svg, /ecmeta_series_index="0" ecmeta_data_index="0" ecmeta_ssr_type="chart"/, field);
      assert.match(svg, /ecmeta_series_index="1" ecmeta_data_index="0" ecmeta_ssr_type="chart"/, field);
    }
    const dates = chartOf(html, 'Order.placed_on');
    assert.doesNotMatch(dates, /declared|observed/);
    assert.doesNotMatch(dates, /ecmeta_series_index="1"/);
  });

  it('labels bins in their unit: ISO dates, UTC date-times, exact decimals', async () => {
    const html = await formatHtml(result, options);
    assert.match(chartOf(html, 'Order.placed_on'), />2024-01-01<\/text>/);
    assert.match(html, /dates \(UTC\) in 4 bins of 8 days, from 2024-01-01 to 2024-02-02/);
    assert.match(html, /date-times \(UTC\) in 2 bins of 1 hour, from 2024-01-01 00:00 to 2024-01-01 02:00/);
    assert.match(chartOf(html, 'Order.total_eur'), />0\.25<\/text>/);
    assert.match(html, /string lengths in 3 bins of 2 characters, from 3 to 9/);
    assert.match(chartOf(html, 'Order.status'), />\(other\)<\/text>/);
  });

  it('shows the distribution test: statistic, p-value, effect and the verdict', async () => {
    const html = await formatHtml(result, options);
    const status = element(html, 'article', 'data-profile="Order.status"');
    assert.match(status, /^<article class="card mismatch"/);
    assert.match(
      status,
      /<strong class="bad">mismatch<\/strong> with the declared weights PAID 70, PENDING 20, &lt;b&gt;10&lt;\/b&gt;/,
    );
    assert.match(status, /chi-square on 100 values: statistic 12\.35, p-value 2\.0e-5, effect 0\.100/);
    const total = element(html, 'article', 'data-profile="Order.total_eur"');
    assert.match(
      total,
      /<strong class="good">consistent<\/strong>.*kolmogorov-smirnov on 100 values: statistic 0\.04, p-value 0\.6000, effect 0\.040/s,
    );
  });

  it('escapes every text from the data, in the page and in the charts', async () => {
    const html = await formatHtml(result, options);
    assert.equal(html.match(/<script/g), null);
    assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &#39;y&#39;/);
    assert.match(html, /<title>Fixtura validation report: examples\/&lt;shop&gt;\.contract\.yaml<\/title>/);
    // ECharts escapes the category labels it draws.
    assert.match(chartOf(html, 'Order.status'), /&lt;script&gt;/);
  });

  it('gives each chart its own ids and classes, so charts on one page never share one', async () => {
    const html = await formatHtml(result, options);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    assert.doesNotMatch(html, /\bzr\d+-/);
    const classes = (field: string): Set<string> =>
      new Set([...chartOf(html, field).matchAll(/class="([^"]+)"/g)].map((m) => m[1] as string));
    const status = classes('Order.status');
    for (const c of classes('Order.total_eur')) assert.ok(!status.has(c), c);
  });

  it('gives the same bytes for the same result, however many charts were drawn before', async () => {
    const first = await formatHtml(result, options);
    await formatHtml({ ...result, profiles: { Order: result.profiles.Order ?? {} } }, options);
    assert.equal(await formatHtml(result, options), first);
  });
});
