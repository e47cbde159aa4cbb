import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CoverageReport, TargetCoverage } from '../coverage/coverageReport.js';
import { formatCoverageHtml } from './formatCoverageHtml.js';
import { formatCoverageText } from './formatCoverageText.js';

const NASTY = `<script>alert("x")</script> & 'y'`;

function t(id: string, label: string, where: string | null): TargetCoverage {
  const [entity = '', field = '', kind = ''] = id.split('/');
  return {
    id,
    entity,
    field,
    kind: kind as TargetCoverage['kind'],
    label,
    hit: where !== null,
    file: where,
    line: where === null ? null : 7,
  };
}

const report: CoverageReport = {
  entities: [
    { entity: 'Tag', targets: [], hit: 0, total: 0, percent: 100, notes: [] },
    {
      entity: 'Order',
      targets: [
        t('Order/total/minimum', '/total = 0 (the minimum)', null),
        t('Order/total/maximum', '/total = 9 (the maximum)', 'out/Order.jsonl'),
        t(`Order/status/enum-value/${NASTY}`, `/status = ${JSON.stringify(NASTY)}`, null),
      ],
      hit: 1,
      total: 3,
      percent: 33.3,
      notes: [`no ${NASTY} file was read`],
    },
  ],
  hit: 1,
  total: 3,
  percent: 33.3,
};

describe('formatCoverageText', () => {
  it('prints a line per entity, its notes and every missed target, then the total', () => {
    assert.equal(
      formatCoverageText(report),
      [
        'Tag    no targets',
        'Order  1/3 targets (33.3%)',
        `  note: no ${NASTY} file was read`,
        '  missed: /total = 0 (the minimum)',
        `  missed: /status = ${JSON.stringify(NASTY)}`,
        'total  1/3 targets (33.3%)',
        '',
      ].join('\n'),
    );
  });
});

describe('formatCoverageHtml', () => {
  const html = formatCoverageHtml(report, { contract: `c${NASTY}.yaml` });

  it('is one page that fetches nothing and runs no script', () => {
    assert.match(html, /^<!doctype html>\n/);
    assert.match(html, /content="default-src 'none'; style-src 'unsafe-inline'"/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /https?:\/\//);
  });

  it('has a table row per target saying hit or missed, and where it was hit', () => {
    assert.match(
      html,
      /<tr data-target="Order\/total\/maximum" data-hit="true"><td>\/total = 9 \(the maximum\)<\/td><td><code>Order\/total\/maximum<\/code><\/td><td><span class="good">hit<\/span><\/td><td><code>out\/Order.jsonl:7<\/code><\/td><\/tr>/,
    );
    assert.match(
      html,
      /<tr data-target="Order\/total\/minimum" data-hit="false">.*<span class="bad">missed<\/span><\/td><td><\/td><\/tr>/,
    );
    assert.match(
      html,
      /<tr data-entity="Order"><th><a href="#coverage-Order">Order<\/a><\/th><td class="n">1<\/td><td class="n">3<\/td><td class="n">33.3%<\/td><\/tr>/,
    );
    assert.match(
      html,
      /<section class="coverage-entity" id="coverage-Tag" data-entity="Tag">\n<h3>Tag <span class="muted">no targets<\/span><\/h3>/,
    );
  });

  it('escapes every text from the contract and the data', () => {
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;'));
  });

  it('gives the same bytes for the same report', () => {
    assert.equal(formatCoverageHtml(report, { contract: `c${NASTY}.yaml` }), html);
  });
});
