import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDsl } from './parseDsl.js';

function contract(...orderFields: string[]): string {
  return [
    'entities:',
    '  Customer:',
    '    fields:',
    '      - id: string(uuid) unique',
    '      - created_at: datetime',
    '  Order:',
    '    fields:',
    '      - id: string(uuid) unique',
    '      - customer_id: fk(Customer.id)',
    ...orderFields.map((f) => `      ${f}`),
    '',
  ].join('\n');
}

function problems(text: string): string[] {
  return parseDsl(text, 'c.yaml').issues.map((i) => `${i.code} ${i.location?.line} ${i.message}`);
}

describe('derive, when and field bounds in the DSL', () => {
  it('reads them into the model, with parent paths normalised to the foreign key', () => {
    const { model, issues } = parseDsl(
      contract(
        '- placed_at: datetime(>= customer.created_at)',
        '- updated_at: datetime(>= placed_at, <=2026-01-01T00:00:00Z)',
        '- qty: integer(>=1,<=3)',
        '- total: derive(qty * 2)',
        '- note: { type: string, when: "qty > 1" }',
      ),
      'c.yaml',
    );
    assert.deepEqual(issues, []);
    const order = model?.entities[1];
    const type = (name: string) => order?.fields.find((f) => f.name === name)?.type;
    assert.deepEqual(type('placed_at'), {
      kind: 'datetime',
      min: null,
      max: null,
      distribution: { kind: 'uniform' },
      minField: 'customer_id.created_at',
    });
    assert.equal((type('updated_at') as { minField?: string }).minField, 'placed_at');
    assert.deepEqual(type('total'), { kind: 'derived', expression: 'qty * 2' });
    assert.equal(order?.fields.find((f) => f.name === 'note')?.when, 'qty > 1');
  });

  it('refuses a derivation cycle before generating, at the field', () => {
    const found = problems(contract('- a: derive(b + 1)', '- b: derive(a + 1)'));
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0] as string, /^dsl\/derivation-cycle 10 Order\.a depends on itself: a → b → a$/);
    assert.match(
      problems(contract('- t: datetime(>= u)', '- u: datetime(>= t)'))[0] as string,
      /derivation-cycle/,
    );
  });

  it('refuses bounds that name no date field, or a parent path with no foreign key', () => {
    assert.match(
      problems(contract('- t: datetime(>= nope)'))[0] as string,
      /^dsl\/invalid-bound-field 10 the bound "nope"/,
    );
    assert.match(
      problems(contract('- t: datetime(>= vendor.created_at)'))[0] as string,
      /"vendor" in the bound .* is no foreign key/,
    );
    assert.match(
      problems(contract('- t: datetime(>= customer.signup)'))[0] as string,
      /Customer has no date or date-time field "signup"/,
    );
  });

  it('type-checks derive and when, and refuses unique on a derived field', () => {
    assert.match(
      problems(contract('- t: derive(nope * 2)'))[0] as string,
      /^dsl\/invalid-derive .*Unknown variable: nope/,
    );
    assert.match(problems(contract('- t: derive(id'))[0] as string, /^dsl\/invalid-derive/);
    assert.match(
      problems(contract('- n: { type: string, when: "id > 3" }'))[0] as string,
      /^dsl\/invalid-when/,
    );
    assert.match(problems(contract('- t: derive(1 + 1) unique'))[0] as string, /^dsl\/unique-derived/);
  });
});

describe('blocks and composite keys in the DSL', () => {
  const lines = (...fields: string[]) =>
    contract(...fields).replace('  Order:\n', '  Order:\n    count: 10\n');
  it('refuses a count on an entity whose count follows from a between fanout, and two between fanouts', () => {
    assert.deepEqual(
      problems(
        lines(
          '- payer_id: { type: fk(Customer.id), fanout: between(1, 2) }',
          '- other_id: { type: fk(Customer.id), fanout: between(1, 3) }',
        ),
      ).map((p) => p.split(':')[0]),
      [
        'dsl/count-follows-fanout 7 the count of "Order" follows from payer_id\'s fanout between(1, 2)',
        'dsl/invalid-fanout 12 "Order" has two foreign keys with fanout',
      ],
    );
  });

  it('takes a composite key of plain fields, and refuses unknown, repeated, nullable or derived parts', () => {
    const keyed = (key: string, ...fields: string[]) =>
      contract(...fields).replace('  Order:\n', `  Order:\n    key: ${key}\n`);
    assert.deepEqual(problems(keyed('[customer_id, day]', '- day: enum[MON,TUE]')), []);
    const codes = (text: string) => problems(text).map((p) => p.split(' ').slice(0, 2).join(' '));
    assert.deepEqual(codes(keyed('[customer_id, dya]', '- day: enum[MON,TUE]')), [
      'dsl/invalid-composite-key 7',
    ]);
    assert.deepEqual(codes(keyed('[day, day]', '- day: enum[MON,TUE]')), ['dsl/invalid-composite-key 7']);
    assert.deepEqual(codes(keyed('[customer_id, day]', '- day: enum[MON,TUE] nullable')), [
      'dsl/invalid-composite-key 7',
    ]);
    assert.deepEqual(codes(keyed('[customer_id, two]', '- two: derive(2)')), ['dsl/invalid-composite-key 7']);
  });
});
