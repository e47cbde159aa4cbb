import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { ContractIssue } from '../../model/issues.js';
import { parseDsl } from './parseDsl.js';

const shopText = readFileSync(new URL('../../../../examples/shop.contract.yaml', import.meta.url), 'utf8');

/** A contract with one Customer entity whose fields are the given lines. */
function withFields(...lines: string[]): string {
  return (
    [
      'entities:',
      '  Customer:',
      '    fields:',
      '      - id: string(uuid) unique',
      ...lines.map((l) => `      ${l}`),
    ].join('\n') + '\n'
  );
}

function only(text: string): ContractIssue {
  const { issues, model } = parseDsl(text, 'c.yaml');
  assert.equal(model, null, 'a contract with problems yields no model');
  assert.equal(
    issues.length,
    1,
    `expected one issue, got:\n${issues.map((i) => JSON.stringify(i)).join('\n')}`,
  );
  return issues[0] as ContractIssue;
}

function at(issue: ContractIssue): string {
  return `${issue.location?.file}:${issue.location?.line}:${issue.location?.column}`;
}

describe('parseDsl accepts', () => {
  it('the shop contract from the brief exactly as written', () => {
    const { model, issues } = parseDsl(shopText, 'shop.contract.yaml');
    assert.deepEqual(issues, []);
    assert.deepEqual(
      model?.entities.map((e) => [
        e.name,
        e.key,
        e.fields.map((f) => `${f.name}:${f.type.kind}${f.unique ? '!' : ''}`),
      ]),
      [
        ['Customer', 'id', ['id:string!', 'email:string!', 'country:enum', 'birthdate:date']],
        ['Order', 'id', ['id:string!', 'customer_id:fk', 'total_eur:number', 'status:enum']],
      ],
    );
    const order = model?.entities[1];
    assert.deepEqual(order?.fields[1]?.type, {
      kind: 'fk',
      entity: 'Customer',
      field: 'id',
      fanout: { kind: 'uniform' },
    });
    assert.deepEqual(order?.fields[2]?.type, {
      kind: 'number',
      min: 0,
      max: 99999,
      decimals: 2,
      distribution: { kind: 'uniform' },
    });
  });

  it('the long form inside a YAML flow mapping, as people write it', () => {
    const { model, issues } = parseDsl(
      withFields('- status: { type: enum[PAID,PENDING], weights: [80, 20] }'),
      'c.yaml',
    );
    assert.deepEqual(issues, []);
    assert.deepEqual(model?.entities[0]?.fields[1]?.type, {
      kind: 'enum',
      values: ['PAID', 'PENDING'],
      weights: [80, 20],
    });
  });

  it('modifiers, one-sided bounds, patterns, distributions, fanouts and the header', () => {
    const text = [
      'contract: { name: shop, version: 2.1.0 }',
      'entities:',
      '  Customer:',
      '    count: 50',
      '    fields:',
      '      - id: string(uuid) unique',
      '      - nick: string(len>=3,len<=12) nullable(0.2) optional(0.1)',
      '      - code: string(pattern=/[A-Z]{2}-\\d{3}/)',
      '      - score: { type: integer(>=0), distribution: "normal(mean=50, sd=10)" }',
      '      - born: { type: "date(>=1950-01-01,<=2007-12-31)", distribution: "normal(mean=1985-06-01, sd=10y)" }',
      '      - seen: datetime(>=2024-01-01T00:00:00+02:00)',
      '  Order:',
      '    fields:',
      '      - id: integer unique',
      '      - customer_id: { type: fk(Customer.id) nullable, fanout: zipf(1.1), description: who ordered }',
    ].join('\n');
    const { model, issues } = parseDsl(text, 'c.yaml');
    assert.deepEqual(issues, []);
    assert.deepEqual(model?.contract, { name: 'shop', version: '2.1.0' });
    const [customer, order] = model?.entities ?? [];
    assert.equal(customer?.count, 50);
    const nick = customer?.fields[1];
    assert.deepEqual(
      [nick?.nullable, nick?.optional, nick?.type],
      [0.2, 0.1, { kind: 'string', format: null, minLength: 3, maxLength: 12, pattern: null }],
    );
    assert.equal(
      customer?.fields[2]?.type.kind === 'string' && customer.fields[2].type.pattern,
      '[A-Z]{2}-\\d{3}',
    );
    assert.deepEqual(customer?.fields[3]?.type, {
      kind: 'integer',
      min: 0,
      max: null,
      distribution: { kind: 'normal', mean: 50, sd: 10 },
    });
    const born = customer?.fields[4]?.type;
    assert.ok(
      born?.kind === 'date' &&
        born.distribution.kind === 'normal' &&
        Math.abs(born.distribution.sd - 3652.5) < 1e-9,
    );
    assert.deepEqual(customer?.fields[5]?.type, {
      kind: 'datetime',
      min: '2023-12-31T22:00:00Z',
      max: null,
      distribution: { kind: 'uniform' },
    });
    const ref = order?.fields[1];
    assert.deepEqual(
      [ref?.nullable, ref?.description, ref?.type],
      [0.1, 'who ordered', { kind: 'fk', entity: 'Customer', field: 'id', fanout: { kind: 'zipf', s: 1.1 } }],
    );
  });
});

describe('parseDsl reports, with file:line:column', () => {
  const cases: [string, string, string, string][] = [
    ['an unclosed enum', '- country: enum[FR,DE', 'dsl/unclosed-bracket', 'c.yaml:5:28'],
    ['an unknown type, suggesting the nearest', '- email: strng(email)', 'dsl/unknown-type', 'c.yaml:5:16'],
    ['an unknown format', '- email: string(emial)', 'dsl/unknown-format', 'c.yaml:5:23'],
    ['an impossible date', '- born: date(>=2020-13-01)', 'dsl/invalid-bound', 'c.yaml:5:20'],
    ['bounds in the wrong order', '- n: integer(>=5,<=1)', 'dsl/empty-range', 'c.yaml:5:20'],
    ['a fractional integer bound', '- n: integer(>=1.5)', 'dsl/invalid-bound', 'c.yaml:5:20'],
    ['an unknown modifier', '- n: integer uniq', 'dsl/unknown-modifier', 'c.yaml:5:20'],
    ['arguments after a space', '- n: integer (>=5)', 'dsl/unexpected-text', 'c.yaml:5:20'],
    ['a share outside 0..1', '- n: integer nullable(2)', 'dsl/invalid-share', 'c.yaml:5:29'],
    ['an exclusive bound', '- n: integer(>0)', 'dsl/unsupported-bound', 'c.yaml:5:20'],
    ['an invalid regular expression', '- c: string(pattern=/a{2,1}/)', 'dsl/invalid-pattern', 'c.yaml:5:19'],
    [
      'a format combined with a length',
      '- c: string(email,len<=5)',
      'dsl/conflicting-arguments',
      'c.yaml:5:19',
    ],
    ['a duplicated enum value', '- c: enum[A,B,A]', 'dsl/duplicate-enum-value', 'c.yaml:5:21'],
    ['a missing type', '- c:', 'dsl/invalid-field', 'c.yaml:5:11'],
    [
      'weights that do not match the values',
      '- s: { type: enum[A,B], weights: [1] }',
      'dsl/invalid-option',
      'c.yaml:5:40',
    ],
    ['weights on a non-enum', '- s: { type: integer, weights: [1] }', 'dsl/invalid-option', 'c.yaml:5:38'],
    [
      'an unknown long-form option',
      '- s: { type: integer, maximum: 3 }',
      'dsl/unknown-option',
      'c.yaml:5:29',
    ],
    [
      'an invalid distribution',
      '- s: { type: integer, distribution: normal(sd=0) }',
      'dsl/invalid-distribution',
      'c.yaml:5:43',
    ],
    ['a fanout on a non-fk', '- s: { type: integer, fanout: zipf(1) }', 'dsl/invalid-option', 'c.yaml:5:37'],
    ['an fk to an unknown entity', '- c: fk(Nope.id)', 'dsl/unknown-entity', 'c.yaml:5:15'],
    ['an fk to an unknown field', '- c: fk(Customer.idd)', 'dsl/unknown-field', 'c.yaml:5:24'],
    [
      'an fk to a field that is not unique',
      '- c: fk(Customer.n)\n      - n: integer',
      'dsl/fk-target-not-unique',
      'c.yaml:5:24',
    ],
    ['a field declared twice', '- id: integer', 'dsl/duplicate-field', 'c.yaml:5:9'],
    ['two fields in one list item', '- a: integer\n        b: integer', 'dsl/invalid-field', 'c.yaml:5:9'],
  ];
  for (const [what, line, code, where] of cases) {
    it(`${what} (${code})`, () => {
      const issue = only(withFields(line));
      assert.equal(issue.code, code);
      assert.equal(at(issue), where, issue.message);
      assert.ok(issue.message.length > 0 && issue.expected !== undefined, 'says what was expected');
    });
  }

  it('every problem of a file, not only the first, in source order', () => {
    const { issues } = parseDsl(withFields('- a: strng', '- b: enum[A', '- c: date(>=2020-02-30)'), 'c.yaml');
    assert.deepEqual(
      issues.map((i) => [i.code, i.location?.line]),
      [
        ['dsl/unknown-type', 5],
        ['dsl/unclosed-bracket', 6],
        ['dsl/invalid-bound', 7],
      ],
    );
  });

  it('a hint with the likely intended name', () => {
    assert.equal(only(withFields('- email: strng(email)')).hint, 'did you mean "string"?');
  });

  it('YAML syntax errors with their position', () => {
    const issue = only('entities:\n  Customer:\n    fields: [\n');
    assert.equal(issue.code, 'yaml/syntax');
    assert.equal(issue.location?.line !== undefined && issue.location.line >= 3, true);
  });

  it('unknown top-level and entity keys', () => {
    const { issues } = parseDsl('entitys: {}\n', 'c.yaml');
    assert.deepEqual(
      issues.map((i) => [i.code, at(i)]),
      [
        ['dsl/unknown-key', 'c.yaml:1:1'],
        ['dsl/missing-entities', 'c.yaml:1:1'],
      ],
    );
    const entity = only('entities:\n  A:\n    fields:\n      - id: integer\n    cnt: 3\n');
    assert.deepEqual(
      [entity.code, at(entity), entity.hint],
      ['dsl/unknown-key', 'c.yaml:5:5', 'did you mean "count"?'],
    );
  });

  it('a contract whose entities are empty', () => {
    const issue = only('entities: {}\n');
    assert.deepEqual(
      [issue.code, at(issue), issue.found],
      ['dsl/invalid-entities', 'c.yaml:1:11', 'no entities'],
    );
  });

  it('a key that names no field, and a nullable key', () => {
    const missing = only('entities:\n  A:\n    key: code\n    fields:\n      - name: integer\n');
    assert.deepEqual([missing.code, at(missing)], ['dsl/unknown-key-field', 'c.yaml:3:10']);
    const nullable = only('entities:\n  A:\n    fields:\n      - id: integer nullable\n');
    assert.equal(nullable.code, 'dsl/nullable-key');
  });
});
