/**
 * The overlay seam: a profile is an ordered list of overlays, and the compiler applies every one, in order,
 * to every field, after its kind made it. Planted through `compileWith`, the compiler's internal entry.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDsl } from '../../contract/dsl/parseDsl.js';
import type { Model } from '../../model/model.js';
import { compileDataset, compileWith } from '../compileDataset.js';
import type { CompiledField } from '../compiledDataset.js';
import { fieldKinds } from '../fieldKinds/fieldKinds.js';
import { planGeneration } from '../plan.js';
import { records } from '../records.js';
import type { FieldOverlay } from './fieldOverlay.js';
import { profileOverlays } from './profileOverlays.js';

const { model: parsed, sourceMap } = parseDsl(
  [
    'entities:',
    '  Account:',
    '    fields:',
    '      - id: integer(>=1,<=1000) unique',
    '      - handle: string(len>=3,len<=8)',
    '      - active: boolean',
    '      - note: string(len<=10) nullable(0.5)',
    '',
  ].join('\n'),
  'overlays.contract.yaml',
);
const model = parsed as Model;
const realistic = planGeneration(model, { seed: 'overlays', count: 40 });
const edge = planGeneration(model, { seed: 'overlays', count: 40, profile: 'edge' });

/** An overlay that appends `suffix` to every string value of `field`, keeping its nulls and absences. */
function suffix(name: string, field: string, suffix: string, seen: string[] = []): FieldOverlay {
  return {
    name,
    apply: (at, compiled): CompiledField => {
      seen.push(`${name}:${at.entity.name}.${at.field.name}`);
      if (at.field.name !== field) return compiled;
      const value = (row: number) => {
        const v = compiled.value(row);
        return typeof v === 'string' ? v + suffix : v;
      };
      return { ...compiled, value, writeText: null };
    },
  };
}

const column = (plan: typeof realistic, overlays: readonly FieldOverlay[], field: string): unknown[] => {
  const dataset = compileWith(model, plan, sourceMap, {}, { fieldKinds, overlays });
  return [...records(dataset, 'Account')].map((r) => r[field]);
};

describe('field overlays', () => {
  it('no overlays leave the realistic profile as compileDataset makes it', () => {
    const plain = [...records(compileDataset(model, realistic, sourceMap), 'Account')];
    const seam = [
      ...records(compileWith(model, realistic, sourceMap, {}, { fieldKinds, overlays: [] }), 'Account'),
    ];
    assert.deepEqual(seam, plain);
  });

  it("the edge and mixed profiles are the edge overlay, and compileDataset applies the profile's list", () => {
    assert.deepEqual(
      profileOverlays(model, realistic).map((o) => o.name),
      [],
    );
    assert.deepEqual(
      profileOverlays(model, edge).map((o) => o.name),
      ['edge'],
    );
    const mixed = planGeneration(model, { seed: 'overlays', count: 40, profile: 'mixed:edge=0.5' });
    assert.deepEqual(
      profileOverlays(model, mixed).map((o) => o.name),
      ['edge'],
    );
    const listed = compileWith(
      model,
      edge,
      sourceMap,
      {},
      { fieldKinds, overlays: profileOverlays(model, edge) },
    );
    assert.deepEqual(
      [...records(listed, 'Account')],
      [...records(compileDataset(model, edge, sourceMap), 'Account')],
    );
    // The edge overlay does change the rows: without it, the edge plan writes realistic values.
    const without = compileWith(model, edge, sourceMap, {}, { fieldKinds, overlays: [] });
    assert.notDeepEqual([...records(without, 'Account')], [...records(listed, 'Account')]);
  });

  it('a planted overlay is applied to every field, once, in the order of the list', () => {
    const seen: string[] = [];
    const first = suffix('first', 'handle', '-1', seen);
    const second = suffix('second', 'handle', '-2', seen);
    const base = column(realistic, [], 'handle') as string[];
    assert.deepEqual(
      column(realistic, [first, second], 'handle'),
      base.map((h) => `${h}-1-2`),
    );
    assert.deepEqual(
      column(realistic, [second, first], 'handle'),
      base.map((h) => `${h}-2-1`),
    );
    const fields = model.entities[0]?.fields.map((f) => `Account.${f.name}`) ?? [];
    assert.deepEqual(
      seen.slice(0, 2 * fields.length),
      fields.flatMap((f) => [`first:${f}`, `second:${f}`]),
    );
  });

  it("an overlay sees the field as the overlays before it left it: the edge overlay's values, after edge", () => {
    const edgeOverlays = profileOverlays(model, edge);
    const edgeHandles = column(edge, edgeOverlays, 'handle') as string[];
    const after = column(edge, [...edgeOverlays, suffix('after', 'handle', '!')], 'handle');
    assert.deepEqual(
      after,
      edgeHandles.map((h) => `${h}!`),
    );
    // Before the edge overlay, the suffix lands on realistic values, which edge rows then replace.
    const before = column(edge, [suffix('before', 'handle', '!'), ...edgeOverlays], 'handle') as string[];
    assert.notDeepEqual(before, after);
    assert.ok(before.some((h, row) => h === edgeHandles[row] && !h.endsWith('!')));
  });

  it("a nullable field's nulls stay nulls under an overlay that keeps presence", () => {
    const base = column(realistic, [], 'note');
    const overlaid = column(realistic, [suffix('s', 'note', '?')], 'note');
    assert.ok(base.includes(null));
    assert.deepEqual(
      overlaid.map((v) => v === null),
      base.map((v) => v === null),
    );
  });

  it("a unique field's permutation goes through each overlay in order, starting from the keyed one", () => {
    const calls: string[] = [];
    const reversing = (name: string): FieldOverlay => ({
      name,
      permutation: ({ field }, perm, _size, count) => {
        calls.push(`${name}:${field.name}`);
        return { apply: (row) => perm.apply(count - 1 - row) };
      },
    });
    const base = column(realistic, [], 'id');
    assert.deepEqual(column(realistic, [reversing('once')], 'id'), [...base].reverse());
    assert.deepEqual(column(realistic, [reversing('a'), reversing('b')], 'id'), base);
    // Only the unique field has a permutation to give.
    assert.deepEqual(calls, ['once:id', 'a:id', 'b:id']);
  });
});
