import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isRfc3339Date, isRfc3339DateTime, isRfc3339Duration, isRfc3339Time } from './rfc3339Syntax.js';

const SUITE = '/work/shared/conformance/json-schema-test-suite/draft2020-12/optional/format';

interface SuiteGroup {
  readonly tests: readonly {
    readonly data: unknown;
    readonly valid: boolean;
    readonly description: string;
  }[];
}

const CHECKS = {
  date: isRfc3339Date,
  'date-time': isRfc3339DateTime,
  time: isRfc3339Time,
  duration: isRfc3339Duration,
} as const;

describe('RFC 3339 date-time, time and duration', () => {
  for (const [name, check] of Object.entries(CHECKS)) {
    it(`${name} agrees with the JSON-Schema-Test-Suite (draft 2020-12, optional/format)`, () => {
      const groups = JSON.parse(readFileSync(`${SUITE}/${name}.json`, 'utf8')) as SuiteGroup[];
      const cases = groups.flatMap((g) => g.tests).filter((t) => typeof t.data === 'string');
      assert.ok(cases.length > 5);
      const wrong = cases.filter((t) => check(t.data as string) !== t.valid).map((t) => t.description);
      assert.deepEqual(wrong, []);
    });
  }

  it('an offset has its colon and its minutes, where ajv-formats takes +0000 and +01', () => {
    assert.ok(isRfc3339DateTime('2018-03-30T14:00:00+00:00'));
    assert.ok(!isRfc3339DateTime('2018-03-30T14:00:00+0000'));
    assert.ok(!isRfc3339DateTime('2018-03-30T14:00:00+01'));
    assert.ok(!isRfc3339DateTime('2018-03-30 14:00:00Z'), 'the ABNF has T (or t), not a space');
    assert.ok(isRfc3339DateTime('2018-03-30t14:00:00.5z'));
    assert.ok(!isRfc3339Time('14:00:00'), 'full-time has an offset');
  });

  it('duration units come as a run: none is skipped, and none has a fraction', () => {
    for (const ok of ['P1D', 'PT1H', 'PT1H2M3S', 'P1DT1H', 'P1Y2M3DT4H5M6S', 'P2W', 'PT0S', 'P1M2D'])
      assert.ok(isRfc3339Duration(ok), ok);
    for (const bad of [
      'P',
      'PT',
      'P1Y2D',
      'PT1H2S',
      'PT35H927450S',
      'P988593DT88088H37932S',
      'PT1.5S',
      '-P1D',
      'P1W2D',
    ])
      assert.ok(!isRfc3339Duration(bad), bad);
  });
});
