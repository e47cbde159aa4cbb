/**
 * A contract whose rule no record can satisfy fails when it loads, at the rule's line and column, so neither
 * `fixtura generate` nor `fixtura validate` does anything but exit 2 with the located problem.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ContractError } from '../../src/model/issues.js';
import { loadContract } from '../../src/contract/loadContract.js';
import { runCli } from '../support/runCli.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-unsatisfiable-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const contract = path.join(scratch, 'shop.contract.yaml');
writeFileSync(
  contract,
  [
    'entities:',
    '  Order:',
    '    fields:',
    '      - id: string(uuid) unique',
    '      - total_eur: number(>=0,<=99999,2dec)',
    '      - status: enum[PAID,PENDING,FAILED,REFUNDED]',
    '      - quantity: integer(>=1,<=5)',
    '    rules:',
    "      - status != 'REFUNDED' || total_eur > 0",
    '      - big: quantity > 3 && quantity < 2',
    '',
  ].join('\n'),
);

describe('a rule no record can satisfy', () => {
  it('fails the contract when it loads, located at the rule', async () => {
    const { model, issues } = await loadContract(contract);
    assert.equal(model, null);
    assert.deepEqual(
      issues.map((i) => [i.code, i.location?.line, i.location?.column, i.found]),
      [['dsl/unsatisfiable-rule', 10, 14, 'quantity > 3 && quantity < 2']],
    );
    const error = new ContractError(issues);
    assert.match(
      error.message,
      /shop\.contract\.yaml:10:14: error dsl\/unsatisfiable-rule: rule "big" of "Order" can never hold: no value of quantity \(an integer from 1 to 5\) satisfies it/,
    );
  });

  it('makes generate and validate exit 2 before doing anything', async () => {
    const out = path.join(scratch, 'out');
    const generate = await runCli(['generate', contract, '--out', out, '--quiet']);
    assert.equal(generate.code, 2, generate.stderr);
    assert.match(generate.stderr, /shop\.contract\.yaml:10:14: error dsl\/unsatisfiable-rule/);
    assert.equal(existsSync(out), false);
    const validate = await runCli(['validate', contract, out]);
    assert.equal(validate.code, 2, validate.stderr);
    assert.match(validate.stderr, /dsl\/unsatisfiable-rule/);
  });
});
