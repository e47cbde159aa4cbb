import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIssue, formatLocation, type ContractIssue } from './issues.js';

const parts = { code: 'x/y', message: 'wrong', expected: 'right', found: 'wrong', hint: 'fix it' };

describe('formatIssue', () => {
  it('prints file:line:column when the line is known', () => {
    assert.equal(formatLocation({ file: 'a.yaml', line: 3, column: 7 }), 'a.yaml:3:7');
  });

  it('prints file#pointer, never a made-up line, when only a pointer is known', () => {
    assert.equal(
      formatLocation({ file: 'api.json', pointer: '/components/schemas/Pet' }),
      'api.json#/components/schemas/Pet',
    );
  });

  it('prints the file alone for a problem with the whole file, and the option for a request problem', () => {
    assert.equal(formatLocation({ file: 'a.yaml' }), 'a.yaml');
    assert.equal(formatLocation({ option: '--count' }), '--count');
  });

  it('always prints the four parts: where, expected, found and hint', () => {
    const issue: ContractIssue = { ...parts, location: { file: 'a.yaml', line: 1, column: 2 } };
    assert.equal(
      formatIssue(issue),
      'a.yaml:1:2: error x/y: wrong\n  expected: right\n  found:    wrong\n  hint:     fix it',
    );
  });
});
