import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import regjsparser from 'regjsparser';
import {
  ajvRegExp,
  isRefusal,
  PatternBudgetError,
  patternFlags,
  safePattern,
  SafePattern,
} from './safePattern.js';
import { PATTERN_FEATURES } from './astToPatternNode.js';
import { patternCostOn } from './patternCost.js';
import { unsafePatterns } from './unsafePatterns.js';
import { repeatCounts } from './re2Source.js';
import { RE2JS } from 're2js';

/** Known catastrophic patterns (exponential or high-degree polynomial backtracking in V8). */
const CATASTROPHIC = [
  '(a+)+$',
  '(a|a)*b',
  '(\\w+\\s?)*$',
  '^(a+)+$',
  '(a*)*b',
  '(a|aa)+$',
  '(.*a){12}',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '(x+x+)+y',
  '(a?){30}a{30}',
  '^(\\d+)*$',
];

test('no known catastrophic pattern is left to V8 beyond a few characters', () => {
  for (const source of CATASTROPHIC) {
    const verdict = safePattern(source);
    assert.ok(verdict instanceof SafePattern, `${source} is runnable under re2js`);
    assert.ok(verdict.nativeLimit < 10, `${source} must not run on V8 for long strings`);
  }
});

test('a repetition whose iterations end one way only runs on V8 under a polynomial bound, not refused', () => {
  // Each iteration ends at the first dot after its start, so the iterations split one way (unambiguousRepeat).
  for (const source of ['^((?!-)[a-z]+\\.)+[a-z]+$', '([a-zA-Z0-9]+\\.)*[a-zA-Z0-9]+@x']) {
    const verdict = safePattern(source, 'u');
    assert.ok(verdict instanceof SafePattern, source);
    assert.ok(
      verdict.nativeLimit >= 64 && Number.isFinite(verdict.nativeLimit),
      `${source}: ${verdict.nativeLimit}`,
    );
    assert.equal(verdict.test('example.com'), !source.includes('@'));
  }
  // A body whose end character also occurs inside it keeps no bound of its own.
  for (const source of ['^([a-z.]+\\.)+$', '^((a+)+\\.)+$', '(a|ab)*$'])
    assert.ok((safePattern(source, 'u') as SafePattern).nativeLimit < 0, source);
});

test("a sequence of optional groups that each end one way is bounded by n, not n to their number: AWS's ISO duration", () => {
  const duration =
    '^(-?)P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)([DW]))?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$';
  const verdict = safePattern(duration, 'u') as SafePattern;
  assert.ok(verdict.nativeLimit >= 64, `${verdict.nativeLimit}`);
  assert.equal(verdict.test('-P92674M414D'), true);
  assert.equal(verdict.test(`P${'1'.repeat(60)}`), false);
  // A JDBC URL with a lookbehind: a short count ({1,5}) and a run ending at ':' no longer raise the degree.
  const jdbc =
    'jdbc:(redshift|postgresql)://((?!-)[A-Za-z0-9-]{1,63}(?<!-)\\.)+redshift\\.([a-zA-Z0-9\\.]+):\\d{1,5}/[a-zA-Z0-9_$-]+';
  assert.ok((safePattern(jdbc, 'u') as SafePattern).nativeLimit >= 32, 'its shortest match is checkable');
});

test('a catastrophic pattern answers quickly on a long string that makes V8 backtrack', () => {
  const evil = `${'a'.repeat(50_000)}!`;
  for (const source of ['(a+)+$', '(a|a)*b', '^(\\d+)*$'])
    assert.equal((safePattern(source) as SafePattern).test(evil), false, source);
  assert.equal((safePattern('(\\w+\\s?)*$') as SafePattern).test(evil), true);
});

test('ordinary patterns stay on V8 for ordinary lengths', () => {
  for (const source of ['^[A-Z]{2}\\d{6}$', '^[a-z]+$', '^\\d{3}-\\d{4}$', '^(?=.*\\d).{8,}$'])
    assert.ok((safePattern(source) as SafePattern).nativeLimit >= 100_000, source);
  // Unanchored, a single repetition is quadratic: V8 keeps short strings, re2js takes the long ones.
  assert.ok((safePattern('[a-z]+@') as SafePattern).nativeLimit >= 1000);
});

test('a risky pattern with a backreference or lookaround is refused with the offset of that construct', () => {
  const back = safePattern('(a|a)*\\1');
  assert.ok(isRefusal(back));
  assert.equal(back.offset, 6);
  assert.match(back.message, /backreference \\1/);
  assert.match(back.hint, /nested or overlapping repetition/);
  const look = safePattern('((?=a)a+)+b');
  assert.ok(isRefusal(look));
  assert.equal(look.offset, 1);
});

test('an invalid pattern is null, not a refusal', () => {
  assert.equal(safePattern('(unclosed'), null);
});

test('refused patterns of a document come with their JSON pointers', () => {
  const doc = {
    components: {
      schemas: {
        A: { type: 'string', pattern: '(a|a)*\\1' },
        B: { patternProperties: { '^((?=x)x+)+$': {} } },
        C: { type: 'string', pattern: '^[a-z]+$', examples: [{ pattern: '(a|a)*\\1' }] },
      },
    },
  };
  assert.deepEqual(
    unsafePatterns(doc).map((u) => u.pointer),
    ['/components/schemas/A/pattern', '/components/schemas/B/patternProperties/^((?=x)x+)+$'],
  );
});

/** Patterns from small parts, some risky, to compare the two engines on. */
const atom = fc.constantFrom(
  'a',
  'b',
  '[ab]',
  '\\d',
  '\\w',
  '\\s',
  '\\S',
  '\\D',
  '\\W',
  '.',
  '[^a]',
  '\\p{L}',
  'é',
  '[a-c]',
);
const piece = fc.tuple(atom, fc.constantFrom('', '*', '+', '?', '{1,3}', '{2}')).map(([a, q]) => a + q);
const group = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 3 }), fc.constantFrom('*', '+', '', '?'))
  .map(([ps, q]) => `(?:${ps.join('')})${q}`);
const patternArb = fc
  .array(fc.oneof(piece, group, fc.constantFrom('|', '^', '$')), { minLength: 1, maxLength: 5 })
  .map((ps) => ps.join(''));
const textArb = fc
  .array(fc.constantFrom('a', 'b', 'c', '1', ' ', '\n', 'é', 'Ω', '😀', '\u2028', '_'), { maxLength: 12 })
  .map((cs) => cs.join(''));

test('the re2js translation accepts exactly the strings V8 accepts', () => {
  fc.assert(
    fc.property(patternArb, fc.array(textArb, { minLength: 1, maxLength: 8 }), (source, texts) => {
      const verdict = safePattern(source);
      if (!(verdict instanceof SafePattern)) return;
      const linear = verdict.re2();
      if (!('test' in linear)) return;
      const native = new RegExp(source, 'u');
      for (const text of texts)
        assert.equal(linear.test(text), native.test(text), `/${source}/ on ${JSON.stringify(text)}`);
    }),
    { numRuns: 300 },
  );
});

test('a pattern invalid with u but valid without it is read without u (Annex B), one reading for all', () => {
  assert.equal(patternFlags('[\\p{all}]*', 'u'), '');
  assert.equal(patternFlags('^\\p{L}+$', 'u'), 'u');
  assert.equal(patternFlags('(', 'u'), 'u');
  const verdict = safePattern('^[\\p{all}]+$', 'u') as SafePattern;
  assert.equal(verdict.test('pal{}'), true);
  assert.equal(verdict.test('x'), false);
  assert.equal(ajvRegExp('^[\\p{all}]+$', 'u').test('p'), true);
});

test("a count above RE2's 1000 is split, not refused: an AWS ARN pattern checks long values in linear time", () => {
  const arn = 'arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}';
  const verdict = safePattern(arn, 'u') as SafePattern;
  assert.ok(!isRefusal(verdict));
  const long = `arn:aws:chime:us-east-1:123:${'x'.repeat(1020)}`;
  assert.equal(verdict.test(long), new RegExp(arn, 'u').test(long));
  assert.equal(verdict.test(`arn:aws::::/${'x'.repeat(1500)}`), false);
  assert.deepEqual(repeatCounts(0, 1023), ['{0,1000}', '{0,23}']);
  assert.deepEqual(repeatCounts(1500, undefined), ['{1000,1000}', '{500,}']);
  // The split reads the same strings as the count: exactly m..n copies.
  const split = safePattern('^a{1001,2002}$', 'u') as SafePattern;
  for (const n of [1000, 1001, 2002, 2003])
    assert.equal(split.test('a'.repeat(n)), n >= 1001 && n <= 2002, `${n}`);
  // A count past 10,000 is not split (a fuzzed {2147483648} once built two million pieces): it stays untranslated.
  const huge = safePattern('^[0-9]{2147483648}$', 'u');
  assert.ok(isRefusal(huge) || !((huge as SafePattern).re2() instanceof RE2JS));
});

test("AWS's delimiter-separated repetitions run on V8 under a polynomial bound, and catastrophic ones still do not", () => {
  const aws: [string, string, string][] = [
    ['^(?!d-)([\\da-zA-Z]+)([-][\\da-zA-Z]+)*', 'my-org-1', 'd-org'],
    [
      '^(?=[/\\.\\-_A-Za-z0-9]+)((?!aws\\.).*)|(\\$(\\.[\\w_-]+(\\[(\\d+|\\*)\\])*)*)$',
      '$.a[1].b[*]',
      'aws.x',
    ],
    [
      '(?=^.{3,63}$)(?!^(\\d+\\.)+\\d+$)(^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])$)',
      'my-bucket.example',
      '10.0.0.1',
    ],
  ];
  for (const [source, match, miss] of aws) {
    const verdict = safePattern(source, 'u');
    assert.ok(
      verdict instanceof SafePattern,
      `${source}: ${isRefusal(verdict) ? verdict.message : 'invalid'}`,
    );
    assert.ok(
      Number.isFinite(verdict.cost.factor) && verdict.nativeLimit >= 11,
      `${source}: ${verdict.nativeLimit}`,
    );
    assert.equal(verdict.test(match), true, match);
    assert.equal(verdict.test(miss), false, miss);
  }
  // The body must also match each text one way: (a|a) splits at the dot but matches "a" twice.
  for (const source of ['(a+)+$', '(a|a)*', '(\\w+\\s?)*$', '((?:a|a){1}\\.)*$'])
    assert.ok(!Number.isFinite((safePattern(source, 'u') as SafePattern).cost.factor), source);
});

test("a quantified lookahead asserts once and is no repetition to fear: elasticfilesystem's Path runs on V8", () => {
  // Annex B allows `(?!\.)+`; ECMAScript fails an iteration past the minimum that matched no text, so it is `(?!\.)`.
  const path = '^(\\/|(\\/(?!\\.)+[^$#<>;`|&?{}^*/\\n]+){1,4})$';
  const verdict = safePattern(path);
  assert.ok(verdict instanceof SafePattern, 'not refused');
  assert.ok(verdict.nativeLimit >= 100, `${verdict.nativeLimit}`);
  assert.equal(verdict.test('/a/b'), true);
  assert.equal(verdict.test('/.a'), false);
  // A catastrophic repetition beside a quantified lookahead is still caught (and, with the lookahead, refused).
  assert.ok(isRefusal(safePattern('^(?=a)*(a+)+$')));
});

test("a text longer than the bound in n still runs on V8 when its own bound is small: fsx's ARN, counted in colons", () => {
  // `.*` inside `(…){4}` may end at any colon, so the bound in n is n⁵ and V8 is kept to 2 characters; on a
  // text, each iteration ends at most once per colon it holds.
  const arn =
    '^arn:(?=[^:]+:fsx:[^:]+:\\d{12}:)((|(?=[a-z0-9-.]{1,63})(?!\\d{1,3}(\\.\\d{1,3}){3})(?![^:]*-{2})(?![^:]*-\\.)(?![^:]*\\.-)[a-z0-9].*(?<!-)):){4}(?!/).{0,1024}$';
  const verdict = safePattern(arn) as SafePattern;
  assert.ok(verdict.nativeLimit < 8, `${verdict.nativeLimit}`);
  assert.equal(verdict.test('arn:aws:fsx:us-east-1:123456789012:file-system/fs-0123456789abcdef0'), true);
  assert.equal(verdict.test(`arn:aws:fsx:us-east-1:123456789012:${'x'.repeat(400)}`), true);
  assert.equal(verdict.test('arn:aws:s3:us-east-1:123456789012:file-system/fs-0123456789abcdef0'), false);
  // A text of colons has every way to end that n allows: still too long to check.
  assert.throws(() => verdict.test(`arn:${':'.repeat(60)}`), PatternBudgetError);
});

test('the bound on a text never exceeds the bound in its length', () => {
  const patterns = [
    '^(.*:){4}$',
    '^([a-z]+\\.)+[a-z]+$',
    '(\\d+)Y(\\d+)M',
    '^(a|b)*(?=c).*c$',
    '(?!x)[^,]*,[^,]*',
  ];
  fc.assert(
    fc.property(fc.constantFrom(...patterns), fc.string({ maxLength: 40 }), (source, text) => {
      const verdict = safePattern(source) as SafePattern;
      const tree = regjsparser.parse(source, verdict.flags, PATTERN_FEATURES);
      const { factor, degree } = verdict.cost;
      assert.ok(patternCostOn(tree, verdict.flags, text) <= factor * (text.length + 1) ** degree);
    }),
  );
});
