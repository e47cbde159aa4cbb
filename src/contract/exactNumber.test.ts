import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exactNumber } from './exactNumber.js';

test('a number no double holds is refused with what was expected', () => {
  assert.match(exactNumber('1e400') as string, /finite/);
  assert.match(exactNumber('-1e400') as string, /finite/);
  assert.match(exactNumber('9007199254740993') as string, /would be read as 9007199254740992/);
});

test('numbers a double holds are read, and -0 is read as 0', () => {
  assert.equal(exactNumber('9007199254740991'), 9007199254740991);
  assert.equal(exactNumber('0.1'), 0.1);
  assert.equal(exactNumber('1e20'), 1e20);
  assert.ok(Object.is(exactNumber('-0'), 0));
});
