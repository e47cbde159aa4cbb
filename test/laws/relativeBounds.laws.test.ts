/**
 * Law: every generated row satisfies its relative bounds (docs/contract-dsl.md, "Bounds relative to another
 * field"), whatever the offsets, units, seed and whether the bound is read in the row or through a foreign key
 * — checked by hand on the written values, and by `validate`'s own `bound:` rules.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDsl } from '../../src/contract/dsl/parseDsl.js';
import { compileDataset } from '../../src/engine/compileDataset.js';
import { planGeneration } from '../../src/engine/plan.js';
import { records } from '../../src/engine/records.js';
import { compileRules } from '../../src/expression/compileRule.js';
import { impliedRules } from '../../src/expression/impliedRules.js';

const SECONDS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 } as const;
type Unit = keyof typeof SECONDS;

const offset = (n: number, unit: string): string => `${n < 0 ? '-' : '+'} ${Math.abs(n)}${unit}`;
const day = (d: unknown): number => Date.parse(`${d as string}T00:00:00Z`) / 86_400_000;
const second = (t: unknown): number => Date.parse(t as string) / 1000;

describe('relative bounds', () => {
  it('every generated row satisfies its relative bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom<'d' | 'w'>('d', 'w'),
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.constantFrom<Unit>('s', 'm', 'h', 'd', 'w'),
        fc.string({ minLength: 1, maxLength: 8 }),
        (dLow, dWidth, dUnit, tLow, tWidth, tUnit, seed) => {
          const text = `entities:
  Parent:
    fields:
      - id: string(uuid) unique
      - opened_on: date(>=2000-01-01,<=2020-12-31)
      - opened_at: datetime(>=2000-01-01T00:00:00Z,<=2020-12-31T00:00:00Z)
  Child:
    fields:
      - id: string(uuid) unique
      - parent_id: fk(Parent.id)
      - on: "date(>= parent.opened_on ${offset(dLow, dUnit)}, <= parent.opened_on ${offset(dLow + dWidth, dUnit)})"
      - at: "datetime(>= parent.opened_at ${offset(tLow, tUnit)}, <= parent.opened_at ${offset(tLow + tWidth, tUnit)})"
      - later_on: "date(>= on ${offset(dLow, dUnit)}, <= on ${offset(dLow + dWidth, dUnit)})"
      - later_at: "datetime(>= at ${offset(tLow, tUnit)}, <= at ${offset(tLow + tWidth, tUnit)})"
`;
          const { model, sourceMap, issues } = parseDsl(text, 'law.yaml');
          assert.ok(model, JSON.stringify(issues));
          const dataset = compileDataset(model, planGeneration(model, { seed, count: 40 }), sourceMap);
          const parents = new Map([...records(dataset, 'Parent')].map((p) => [p.id, p]));
          const child = model.entities[1]!;
          const rules = compileRules(model, { ...child, rules: impliedRules(model, child) });
          const dd = SECONDS[dUnit] / 86400;
          const ts = SECONDS[tUnit];
          for (const c of records(dataset, 'Child')) {
            const p = parents.get(c.parent_id)!;
            const base = day(p.opened_on);
            assert.ok(day(c.on) >= base + dLow * dd && day(c.on) <= base + (dLow + dWidth) * dd);
            const at = second(p.opened_at);
            assert.ok(second(c.at) >= at + tLow * ts && second(c.at) <= at + (tLow + tWidth) * ts);
            assert.ok(
              day(c.later_on) >= day(c.on) + dLow * dd && day(c.later_on) <= day(c.on) + (dLow + dWidth) * dd,
            );
            assert.ok(
              second(c.later_at) >= second(c.at) + tLow * ts &&
                second(c.later_at) <= second(c.at) + (tLow + tWidth) * ts,
            );
            assert.deepEqual(rules({ ...c, parent: p }), [], JSON.stringify(c));
          }
        },
      ),
      { numRuns: 40, seed: 14 },
    );
  });
});
