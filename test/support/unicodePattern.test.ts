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

/** Patterns from AWS descriptions that `u` cannot read, each of which voided its whole document before. */
const AWS = [
  '^(\\p{LD}|\\p{Punct}| )+$', // ds
  '\\Asnap-([0-9A-Fa-f]{8}|[0-9A-Fa-f]{17})\\z', // storagegateway
  '^\\{[\\w\\s:\\{\\}\\[\\]"]*}$', // storagegateway
  '^[\\p{XDigit}{2}:?]*', // transfer
  '^[\\w- ]*$', // transfer
  '^([$\\-._+!*\\x{60}(),;/?:@=&\\w]|%([0-9a-fA-F?]{2}|[0-9a-fA-F?]?[*]))+$', // location
  '^\\([\\p\\{L\\}\\p\\{Z\\}\\p\\{N\\}_.:\\/=\\+\\-@]*\\)$\\{1,128\\}', // sagemaker
  '(^\\$\\{Parameters\\.[a-zA-z]+([a-zA-z_0-9]*)}$)', // iottwinmaker
  '[^/:|\\000-\\037]+', // AWSMigrationHub
  '^[a-zA-Z0-9\\s-_()\\[\\]]+$', // auditmanager
  '^(\\/|(\\/(?!\\.)+[^$#<>;`|&?{}^*/\\n]+){1,4})$', // elasticfilesystem: a quantified lookahead
];

/** Strings over characters those patterns treat specially, drawn by a fixed linear congruential sequence. */
function strings(count: number): string[] {
  const alphabet = [...'apPLD{}12:.-_ \\\'"AzZ$()[]*+?/\u0000\u001f\u0008xu0!@=,;&%ab'];
  let state = 7;
  const next = (n: number) => (state = (state * 1103515245 + 12345) % 2147483648) % n;
  const probes = [
    'p{LD}p{Punct} ',
    'Asnap-0123abcdz',
    '{a}',
    'p{XDigit}',
    'abc- ',
    'x{60}',
    '(p)${1,128}',
    '${Parameters.ab}',
    '/a/b',
    '/.a',
  ];
  return [
    ...probes,
    ...Array.from({ length: count }, () =>
      Array.from({ length: next(12) }, () => alphabet[next(alphabet.length)]).join(''),
    ),
  ];
}

test("AWS's patterns that u cannot read compile under u and match exactly what they match without it", () => {
  const samples = strings(5000);
  for (const pattern of AWS) {
    const read = new RegExp(unicodePattern(pattern), 'u');
    const withoutU = new RegExp(pattern);
    for (const value of samples)
      assert.equal(read.test(value), withoutU.test(value), `${pattern} on ${JSON.stringify(value)}`);
  }
});

test('Annex B escapes: \\p is p, octal beyond the groups, \\c not before a letter, a set at a range end', () => {
  assert.equal(unicodePattern('^(\\p{LD}| )+$'), '^(p\\{LD\\}| )+$');
  assert.equal(unicodePattern('(a)\\1\\2\\8'), '(a)\\1\\u00028');
  assert.equal(unicodePattern('[\\c0\\c_x]'), '[\\u0010\\u001fx]');
  assert.equal(unicodePattern('\\c-'), '\\\\c-');
  assert.equal(unicodePattern('[\\w- ]'), '[\\w\\- ]');
  assert.equal(unicodePattern('[\\B\\b]'), '[B\\b]');
  assert.equal(unicodePattern('[(]'), '[(]', 'valid under u: kept as it is');
});
