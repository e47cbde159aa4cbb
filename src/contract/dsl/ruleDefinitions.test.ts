import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDsl } from './parseDsl.js';

/** An Order entity with the given `rules:` items (each a line under `rules:`). */
function withRules(...rules: string[]): string {
  return [
    'entities:',
    '  Order:',
    '    fields:',
    '      - id: string(uuid) unique',
    '      - total_eur: number(>=0,<=100,2dec)',
    '      - status: enum[PAID,REFUNDED]',
    '      - quantity: integer(>=1,<=9)',
    '    rules:',
    ...rules.map((r) => `      ${r}`),
    '',
  ].join('\n');
}

function problems(text: string): string[] {
  const { issues } = parseDsl(text, 'c.yaml');
  return issues.map((i) => `${i.code} ${i.location?.line}:${i.location?.column} ${i.message}`);
}

describe('rules in the DSL', () => {
  it('reads plain and named rules in contract order', () => {
    const { model, issues } = parseDsl(
      withRules('- total_eur >= 0', "- refund_has_amount: status != 'REFUNDED' || total_eur > 0"),
      'c.yaml',
    );
    assert.deepEqual(issues, []);
    assert.deepEqual(model?.entities[0]?.rules, [
      { name: 'total_eur >= 0', expression: 'total_eur >= 0' },
      { name: 'refund_has_amount', expression: "status != 'REFUNDED' || total_eur > 0" },
    ]);
  });

  it('allows int and double to mix, as contracts mean "number"', () => {
    assert.deepEqual(problems(withRules('- quantity * total_eur <= 900', '- total_eur != 7')), []);
  });

  it('locates an unknown field inside the expression and suggests the right one', () => {
    const { issues } = parseDsl(withRules('- totl_eur >= 0'), 'c.yaml');
    assert.equal(issues.length, 1);
    const issue = issues[0];
    assert.deepEqual(
      [issue?.code, issue?.location?.line, issue?.location?.column],
      ['dsl/invalid-rule', 9, 9],
    );
    assert.match(issue?.message ?? '', /Unknown variable: totl_eur/);
    assert.match(issue?.hint ?? '', /total_eur/);
  });

  it('refuses type errors, syntax errors and non-boolean rules, each at its line', () => {
    const found = problems(withRules('- status > 3', '- total_eur >=', '- total_eur + 1', "- '!x'"));
    assert.equal(found.length, 4, found.join('\n'));
    assert.match(found[0] as string, /^dsl\/invalid-rule 9:\d+ .*no such overload: string > int/);
    assert.match(found[1] as string, /^dsl\/invalid-rule 10:\d+ .*Unexpected token/);
    assert.match(found[2] as string, /^dsl\/invalid-rule 11:\d+ .*must be true or false/);
    assert.match(found[3] as string, /^dsl\/invalid-rule 12:\d+ /);
  });

  it('refuses a rules section that is not a list, bad names and duplicates', () => {
    assert.match(
      problems('entities:\n  A:\n    fields:\n      - id: integer\n    rules: id > 0\n')[0] as string,
      /^dsl\/invalid-rules 5:12/,
    );
    assert.match(
      problems(withRules('- a b: total_eur > 0'))[0] as string,
      /^dsl\/invalid-rule 9:9 a named rule/,
    );
    assert.match(
      problems(withRules('- r: total_eur > 0', '- r: total_eur < 100'))[0] as string,
      /^dsl\/duplicate-rule 10:9/,
    );
    assert.match(problems(withRules('- r:'))[0] as string, /^dsl\/invalid-rule 9:/);
  });
});
