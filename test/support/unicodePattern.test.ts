import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unicodePattern } from './unicodePattern.js';

test('a pattern that compiles with the u flag is kept as it is', () => {
  assert.equal(unicodePattern('^[a-z\\-]+\\.$'), '^[a-z\\-]+\\.$');
});

test('a pattern invalid under u is read as without it: an escaped quote is the quote', () => {
  const pattern = "^[0-9A-Za-z!\\-_.*\\'()]+$";
  const read = new RegExp(unicodePattern(pattern), 'u');
  const withoutU = new RegExp(pattern);
  for (const value of ["a'b", 'a-b', 'a"b', '(x)'])
    assert.equal(read.test(value), withoutU.test(value), value);
});
