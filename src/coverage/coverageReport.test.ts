import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coveragePercent, withFileNames, type CoverageReport } from './coverageReport.js';

describe('coveragePercent', () => {
  it('rounds to one decimal', () => {
    assert.equal(coveragePercent(14, 18), 77.8);
    assert.equal(coveragePercent(1, 3), 33.3);
    assert.equal(coveragePercent(1, 2), 50);
  });

  it('is 100 only when every target is hit, so that --min 100 means all of them', () => {
    assert.equal(coveragePercent(1999, 2000), 99.9);
    assert.equal(coveragePercent(2000, 2000), 100);
    assert.equal(coveragePercent(0, 0), 100, 'nothing to hit, nothing missed');
  });

  it('is 0 only when no target is hit', () => {
    assert.equal(coveragePercent(1, 2000), 0.1);
    assert.equal(coveragePercent(0, 2000), 0);
  });
});

describe('withFileNames', () => {
  it('renames the file of every hit target and leaves missed ones without a file', () => {
    const report: CoverageReport = {
      entities: [
        {
          entity: 'T',
          targets: [
            {
              id: 'T/b/true',
              entity: 'T',
              field: 'b',
              kind: 'true',
              value: true,
              label: '/b = true',
              hit: true,
              file: '/d/T.jsonl',
              line: 3,
            },
            {
              id: 'T/b/false',
              entity: 'T',
              field: 'b',
              kind: 'false',
              value: false,
              label: '/b = false',
              hit: false,
              file: null,
              line: null,
            },
          ],
          hit: 1,
          total: 2,
          percent: 50,
          notes: [],
        },
      ],
      hit: 1,
      total: 2,
      percent: 50,
    };
    const renamed = withFileNames(report, (f) => f.replace('/d/', ''));
    assert.deepEqual(
      renamed.entities[0]?.targets.map((t) => t.file),
      ['T.jsonl', null],
    );
    assert.equal(report.entities[0]?.targets[0]?.file, '/d/T.jsonl', 'the report given is not changed');
  });
});
