import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDsl } from '../contract/dsl/parseDsl.js';
import type { Model } from '../model/model.js';
import { checkRule, compileRules } from './compileRule.js';

const model = parseDsl(
  [
    'entities:',
    '  Customer:',
    '    fields:',
    '      - id: integer unique',
    '      - signup: datetime',
    '  Order:',
    '    fields:',
    '      - id: string(uuid) unique',
    '      - customer_id: fk(Customer.id)',
    '      - quantity: integer(>=1,<=9)',
    '      - unit_price: number(>=0,<=100,2dec)',
    '      - status: enum[PAID,REFUNDED]',
    '      - shipped_at: datetime nullable',
    '      - placed_at: datetime',
    '      - placed_on: date',
    '',
  ].join('\n'),
  'c.yaml',
).model as Model;
const order = model.entities[1] as Model['entities'][number];

function holds(expression: string, record: Record<string, unknown>): string[] {
  const entity = { ...order, rules: [{ name: 'r', expression }] };
  assert.equal(checkRule(model, entity, expression), null, expression);
  return compileRules(model, entity)(record).map((b) => b.reason);
}

const RECORD = {
  id: 'x',
  customer_id: 7,
  quantity: 3,
  unit_price: 2.5,
  status: 'PAID',
  shipped_at: null,
  placed_at: '2025-03-01T10:00:00Z',
  placed_on: '2025-03-01',
};

describe('rules', () => {
  it('hold or break on the record', () => {
    assert.deepEqual(holds('quantity * unit_price == 7.5', RECORD), []);
    assert.deepEqual(holds('quantity * unit_price > 100', RECORD), ['false']);
    assert.deepEqual(
      holds("status != 'REFUNDED' || unit_price > 0", { ...RECORD, status: 'REFUNDED', unit_price: 0 }),
      ['false'],
    );
  });

  it('type integers as int, a foreign key like its target, dates as ISO text, instants as timestamps', () => {
    assert.deepEqual(holds('customer_id == 7 && quantity % 2 == 1', RECORD), []);
    assert.deepEqual(holds("placed_on >= '2025-01-01' && placed_on < '2026-01-01'", RECORD), []);
    assert.deepEqual(holds("placed_at > timestamp('2025-02-28T00:00:00Z')", RECORD), []);
  });

  it('see a nullable field as null, and report a rule that cannot be evaluated as broken, with why', () => {
    assert.deepEqual(holds('shipped_at == null || shipped_at > placed_at', RECORD), []);
    const [reason] = holds('shipped_at > placed_at', RECORD);
    assert.match(reason ?? '', /^cannot be evaluated: no such overload/);
    assert.deepEqual(
      holds('shipped_at == null || shipped_at > placed_at', {
        ...RECORD,
        shipped_at: '2025-02-01T00:00:00Z',
      }),
      ['false'],
    );
  });

  it('cannot reach anything but the record: no unknown names, no host functions', () => {
    assert.match(
      checkRule(model, order, 'process.exit(1)')?.message ?? '',
      /Unknown variable|not defined|found no/i,
    );
    assert.match(checkRule(model, order, 'constructor')?.message ?? '', /Unknown variable/);
  });
});
