import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatReport, sparkline } from './formatReport.js';
import type { ValidationResult } from '../validate/validateDataset.js';

describe('the human report', () => {
  it('draws a histogram as block characters, tallest for the largest count, blank for none', () => {
    assert.equal(
      sparkline({
        kind: 'bins',
        unit: 'number',
        edges: [0, 1, 2, 3, 4],
        counts: [1, 8, 0, 4],
        expected: null,
      }),
      '▁█ ▄',
    );
    assert.equal(
      sparkline({ kind: 'categories', values: ['A', 'B'], counts: [10, 5], expected: null, other: 10 }),
      '█▄█',
    );
    assert.equal(sparkline(null), '');
    const wide = sparkline({
      kind: 'bins',
      unit: 'number',
      edges: Array.from({ length: 65 }, (_, i) => i),
      counts: Array.from({ length: 64 }, () => 1),
      expected: null,
    });
    assert.equal(wide, '████████████████', '64 bins merge into 16 characters');
  });

  it('prints a profile line per field, the fit when declared, then the problems and a verdict', () => {
    const result: ValidationResult = {
      valid: false,
      issues: [
        {
          code: 'rule/positive',
          entity: 'Order',
          file: 'out/Order.jsonl',
          line: 3,
          field: '',
          expected: 'total >= 0 to be true',
          actual: 'total=-1',
          message: 'record breaks rule "positive"',
        },
      ],
      counts: { 'rule/positive': 1 },
      total: 1,
      records: { Order: 3 },
      profiles: {
        Order: {
          level: {
            count: 3,
            nulls: 0,
            absent: 0,
            distinct: 2,
            distinctCapped: false,
            min: 'A',
            max: 'B',
            top: [{ value: 'A', count: 2 }],
            type: 'enum',
            histogram: {
              kind: 'categories',
              values: ['A', 'B'],
              counts: [2, 1],
              expected: [1.5, 1.5],
              other: 0,
            },
            fit: {
              test: 'chi-square',
              declared: 'weights A 1, B 1',
              values: 3,
              statistic: 0.33,
              pValue: 0.56,
              effect: 0.17,
              mismatch: false,
            },
          },
        },
      },
    };
    const lines = formatReport(result).split('\n');
    assert.equal(lines[0], 'Order (3 records)');
    assert.match(lines[1] as string, /^ {2}level +█▄ +3 values, 2 distinct, A … B, top A ×2$/);
    assert.match(lines[2] as string, /chi-square vs weights A 1, B 1: p = 0\.56, fits$/);
    assert.deepEqual(lines.slice(4), [
      'rule/positive: 1',
      '  out/Order.jsonl:3 record breaks rule "positive"',
      '    expected: total >= 0 to be true  actual: total=-1',
      '1 problem in 3 Order',
      '',
    ]);
    assert.equal(formatReport(result, { profiles: false }).split('\n')[0], 'rule/positive: 1');
  });
});
