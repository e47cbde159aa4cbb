/**
 * Declared shapes are honoured: enum weights, numeric and date distributions, and fanouts. Every stream key is
 * fixed, so these statistical checks are deterministic; tolerances are several standard errors wide.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileDataset } from '../compileDataset.js';
import { planGeneration } from '../plan.js';
import { records } from '../records.js';
import { parseDsl } from '../../contract/dsl/parseDsl.js';
import type { Model } from '../../model/model.js';

const ROWS = 100_000;

function column(contract: string, entity: string, field: string, counts: Record<string, number>): unknown[] {
  const { model, issues } = parseDsl(contract, 'stats.yaml');
  assert.deepEqual(issues, []);
  const dataset = compileDataset(model as Model, planGeneration(model as Model, { seed: 'stats', counts }));
  return [...records(dataset, entity)].map((r) => r[field]);
}

function meanAndSd(values: readonly number[]): [number, number] {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
  return [mean, Math.sqrt(variance)];
}

describe('declared shapes are honoured', () => {
  it('enum weights [70, 20, 10] give shares within 1 point of 70%, 20%, 10%', () => {
    const values = column(
      'entities:\n  A:\n    fields:\n      - s: { type: enum[X,Y,Z], weights: [70, 20, 10] }\n',
      'A',
      's',
      { A: ROWS },
    );
    const share = (v: string): number => values.filter((x) => x === v).length / values.length;
    assert.ok(
      Math.abs(share('X') - 0.7) < 0.01 &&
        Math.abs(share('Y') - 0.2) < 0.01 &&
        Math.abs(share('Z') - 0.1) < 0.01,
    );
  });

  it('unweighted enums are uniform', () => {
    const values = column('entities:\n  A:\n    fields:\n      - s: enum[A,B,C,D]\n', 'A', 's', { A: ROWS });
    for (const v of ['A', 'B', 'C', 'D'])
      assert.ok(Math.abs(values.filter((x) => x === v).length / ROWS - 0.25) < 0.01);
  });

  it('normal(mean=50, sd=10) within wide bounds has mean 50 ± 0.2 and sd 10 ± 0.2', () => {
    const values = column(
      'entities:\n  A:\n    fields:\n      - n: { type: number(>=-1000,<=1000,2dec), distribution: normal(mean=50, sd=10) }\n',
      'A',
      'n',
      { A: ROWS },
    ) as number[];
    const [mean, sd] = meanAndSd(values);
    assert.ok(Math.abs(mean - 50) < 0.2 && Math.abs(sd - 10) < 0.2, `mean ${mean}, sd ${sd}`);
  });

  it('a truncated normal stays inside its bounds and keeps its shape inside them', () => {
    const values = column(
      'entities:\n  A:\n    fields:\n      - n: { type: integer(>=40,<=60), distribution: normal(mean=50, sd=10) }\n',
      'A',
      'n',
      { A: ROWS },
    ) as number[];
    assert.ok(values.every((v) => v >= 40 && v <= 60));
    const centre = values.filter((v) => v === 50).length;
    const edge = values.filter((v) => v === 40).length;
    // density ratio exp(-0.5) ≈ 0.61 between one sd out and the mean
    assert.ok(edge / centre > 0.5 && edge / centre < 0.72, `edge/centre ${edge / centre}`);
  });

  it('lognormal(mu=3, sigma=0.5) has the median lower bound + e^3', () => {
    const values = column(
      'entities:\n  A:\n    fields:\n      - n: { type: number(>=100,<=100000), distribution: lognormal(mu=3, sigma=0.5) }\n',
      'A',
      'n',
      { A: ROWS },
    ) as number[];
    const median = [...values].sort((a, b) => a - b)[ROWS / 2] as number;
    assert.ok(Math.abs(median - (100 + Math.exp(3))) < 0.5, `median ${median}`);
  });

  it('a date normal(mean=1985-06-01, sd=5y) centres on 1985', () => {
    const values = column(
      'entities:\n  A:\n    fields:\n      - d: { type: date(>=1950-01-01,<=2020-12-31), distribution: normal(mean=1985-06-01, sd=5y) }\n',
      'A',
      'd',
      { A: ROWS },
    ) as string[];
    const years = values.map((d) => Number(d.slice(0, 4)) + (Number(d.slice(5, 7)) - 0.5) / 12);
    const [mean, sd] = meanAndSd(years);
    assert.ok(Math.abs(mean - 1985.42) < 0.1 && Math.abs(sd - 5) < 0.1, `mean ${mean}, sd ${sd}`);
  });

  it('zipf(1.2) fanout gives the most popular parent far more children than uniform does', () => {
    const contract = (fanout: string): string =>
      `entities:\n  P:\n    fields:\n      - id: integer unique\n  C:\n    fields:\n      - p: { type: fk(P.id), fanout: ${fanout} }\n`;
    const busiest = (values: unknown[]): number => {
      const counts = new Map<unknown, number>();
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      return Math.max(...counts.values());
    };
    const counts = { P: 1000, C: 20_000 };
    const uniform = busiest(column(contract('uniform'), 'C', 'p', counts));
    const zipf = busiest(column(contract('zipf(1.2)'), 'C', 'p', counts));
    assert.ok(uniform < 50, `uniform busiest parent ${uniform}`); // mean 20 children
    assert.ok(zipf > 2000, `zipf busiest parent ${zipf}`); // rank 1 of Zipf(1.2) over 1000 ≈ 18%
  });

  it('poisson(3) fanout defaults the child count to 3 × the parents', () => {
    const { model } = parseDsl(
      'entities:\n  P:\n    count: 40\n    fields:\n      - id: integer unique\n  C:\n    fields:\n      - p: { type: fk(P.id), fanout: poisson(3) }\n',
      'stats.yaml',
    );
    assert.deepEqual(planGeneration(model as Model).counts, { P: 40, C: 120 });
  });
});
