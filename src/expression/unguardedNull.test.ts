import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDsl } from '../contract/dsl/parseDsl.js';
import type { Model } from '../model/model.js';
import { compileExpression } from './compileRule.js';
import { unguardedNull } from './unguardedNull.js';

const { model } = parseDsl(
  `entities:
  Customer:
    fields:
      - id: string(uuid) unique
      - nickname: string nullable
      - country: enum[DE,FR]
  Order:
    fields:
      - id: string(uuid) unique
      - customer_id: fk(Customer.id)
      - buyer_id: { type: fk(Customer.id) optional, description: another customer }
      - discount: number(>=0,<=10,2dec) nullable
      - note: string optional
      - quantity: integer(>=1,<=5)
      - placed_at: datetime
      - status: enum[PAID,REFUNDED]
      - refunded_at: { type: datetime, when: "status == 'REFUNDED'" }
`,
  'u.yaml',
) as { model: Model };
const order = model.entities[1]!;
const read = (expression: string) => unguardedNull(model, order, expression)?.input ?? null;

describe('unguardedNull', () => {
  it('finds a nullable, optional or conditional input read where a null stops CEL', () => {
    assert.equal(read('discount / 2.0'), 'discount');
    assert.equal(read('round(double(quantity) * discount, 2)'), 'discount');
    assert.equal(read('size(note)'), 'note');
    assert.equal(read("note.startsWith('a')"), 'note');
    assert.equal(read("refunded_at - duration('1h')"), 'refunded_at');
    assert.equal(read('discount'), 'discount');
    assert.equal(read('-discount'), 'discount');
    assert.equal(read('discount > 1.0 ? 1 : 2'), 'discount');
  });

  it('takes a guard, a comparison with null and a short-circuit as guarded', () => {
    assert.equal(read('discount == null ? 0.0 : discount / 2.0'), null);
    assert.equal(read('discount != null ? discount / 2.0 : 0.0'), null);
    assert.equal(read('discount != null && discount > 1.0'), null);
    assert.equal(read('discount == 2.0'), null);
    assert.equal(read('quantity * 2'), null);
    assert.equal(read("customer.country + '-x'"), null);
  });

  it('reads through a parent row: a parent that may be missing, or a parent field that may be null', () => {
    assert.equal(read("customer.nickname + '!'"), 'customer.nickname');
    // A comparison takes a null, but not a parent row that is not there.
    assert.equal(read("buyer.country == 'DE'"), 'buyer.country');
    assert.equal(read("buyer_id == null ? 'none' : buyer.country"), null);
  });

  it('reports only what really stops CEL: each finding throws when its input is null', () => {
    const row = { discount: null, note: null, refunded_at: null, quantity: 2n, placed_at: new Date(0) };
    for (const e of [
      'discount / 2.0',
      'round(double(quantity) * discount, 2)',
      'size(note)',
      "note.startsWith('a')",
      "refunded_at - duration('1h')",
      '-discount',
      'discount > 1.0 ? 1 : 2',
    ]) {
      assert.notEqual(read(e), null, e);
      const evaluate = compileExpression(model, order, e);
      assert.throws(() => evaluate(row), Error, e);
    }
  });
});
