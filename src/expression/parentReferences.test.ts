import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDsl } from '../contract/dsl/parseDsl.js';
import type { Entity, Model } from '../model/model.js';
import { checkRule, compileRules, fieldsRead } from './compileRule.js';
import { parentAliases, parentsRead } from './parentReferences.js';

const model = parseDsl(
  [
    'entities:',
    '  Customer:',
    '    fields:',
    '      - id: integer unique',
    '      - signup: datetime',
    '      - country: enum[DE,GB]',
    '  Product:',
    '    fields:',
    '      - sku: string unique',
    '      - price: number(>=0,<=100,2dec)',
    '  Line:',
    '    fields:',
    '      - id: integer unique',
    '      - customer_id: fk(Customer.id)',
    '      - buyer: fk(Customer.id)',
    '      - item: fk(Product.sku)',
    '      - parent_id: fk(Line.id) nullable',
    '      - price: number(>=0,<=100,2dec)',
    '      - placed_at: datetime',
    '',
  ].join('\n'),
  'c.yaml',
).model as Model;
const line = model.entities[2] as Entity;

describe('parent aliases', () => {
  it('name a parent by the key without _id, else by the entity, never a field or the entity itself', () => {
    // `customer` is customer_id's (by its name) before it could be buyer's (by the entity's).
    assert.deepEqual(
      parentAliases(line).map((a) => [a.alias, a.fk.name]),
      [
        ['customer', 'customer_id'],
        ['product', 'item'],
      ],
    );
  });

  it('type-check and read the parent row in rules', () => {
    assert.equal(checkRule(model, line, 'price == product.price'), null);
    assert.match(checkRule(model, line, 'product.cost > 0')?.message ?? '', /No such key: cost/);
    assert.deepEqual(fieldsRead('price == product.price', line), ['item', 'price']);
    assert.deepEqual(
      parentsRead("product.price > 1 && 'product.sku' != ''", line).map((p) => [p.alias, p.fields]),
      [['product', ['price']]],
    );
    const check = compileRules(model, {
      ...line,
      rules: [{ name: 'same', expression: 'price == product.price' }],
    });
    assert.deepEqual(check({ price: 5, item: 'a', product: { sku: 'a', price: 5 } }), []);
    assert.equal(check({ price: 5, item: 'a', product: { sku: 'a', price: 6 } }).length, 1);
    // No parent row (a dangling reference, reported elsewhere): the rule is not judged.
    assert.deepEqual(check({ price: 5, item: 'zz' }), []);
  });
});
