import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { daysFromCivil, formatDate, formatDateTime, parseDate, parseDateTime } from './calendar.js';

const FIRST_DAY = daysFromCivil(1, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);
const day = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
const second = fc.integer({ min: FIRST_DAY * 86400, max: LAST_DAY * 86400 + 86399 });

/** JavaScript's own proleptic Gregorian UTC reading of an instant, `YYYY-MM-DDTHH:MM:SS.sssZ`. */
const isoOf = (seconds: number): string => new Date(seconds * 1000).toISOString();

describe('calendar against JS Date (UTC)', () => {
  it('bounds years 0001..9999 where Date agrees', () => {
    assert.equal(isoOf(FIRST_DAY * 86400), '0001-01-01T00:00:00.000Z');
    assert.equal(isoOf(LAST_DAY * 86400), '9999-12-31T00:00:00.000Z');
    assert.equal(daysFromCivil(1970, 1, 1), 0);
  });

  it('formatDate prints the same day as Date for any day in years 0001..9999 (law)', () => {
    fc.assert(fc.property(day, (days) => assert.equal(formatDate(days), isoOf(days * 86400).slice(0, 10))));
  });

  it('daysFromCivil inverts the civil date Date gives for a day (law)', () => {
    fc.assert(
      fc.property(day, (days) => {
        const [y, m, d] = isoOf(days * 86400)
          .slice(0, 10)
          .split('-')
          .map(Number) as [number, number, number];
        assert.equal(daysFromCivil(y, m, d), days);
      }),
    );
  });

  it('formatDateTime prints the same instant as Date, to the second (law)', () => {
    fc.assert(fc.property(second, (s) => assert.equal(formatDateTime(s), isoOf(s).slice(0, 19) + 'Z')));
  });

  it('parseDate and parseDateTime read back what formatDate and formatDateTime print (law)', () => {
    fc.assert(fc.property(day, (days) => assert.deepEqual(parseDate(formatDate(days)), { days })));
    fc.assert(fc.property(second, (s) => assert.deepEqual(parseDateTime(formatDateTime(s)), { seconds: s })));
  });
});

describe('parseDate', () => {
  it('accepts 29 February in a year divisible by 400 (2000)', () => {
    assert.deepEqual(parseDate('2000-02-29'), { days: daysFromCivil(2000, 2, 29) });
    assert.equal(formatDate(daysFromCivil(2000, 2, 29)), '2000-02-29');
  });

  it('accepts 29 February in a year divisible by 4 but not by 100 (2024)', () => {
    assert.deepEqual(parseDate('2024-02-29'), { days: daysFromCivil(2024, 3, 1) - 1 });
  });

  for (const text of ['1900-02-29', '2023-02-29', '2100-02-29']) {
    it(`rejects ${text}, explaining that February of that year has 28 days`, () => {
      const result = parseDate(text);
      assert.ok('problem' in result, JSON.stringify(result));
      assert.match(result.problem, /day/);
      assert.match(result.problem, /28/);
    });
  }

  it('rejects day 31 of a 30-day month and day 00', () => {
    for (const text of ['2024-04-31', '2024-01-00'])
      assert.match(problemOf(parseDate(text)), /day between 01 and 3[01]/);
  });

  it('rejects month 13 and month 00, naming the month', () => {
    assert.match(problemOf(parseDate('2024-13-01')), /month.*13/);
    assert.match(problemOf(parseDate('2024-00-10')), /month.*00/);
    assert.match(problemOf(parseDateTime('2024-13-01T00:00:00Z')), /month.*13/);
  });

  it('rejects text that is not YYYY-MM-DD', () => {
    for (const text of ['2024-5-01', '24-05-01', '2024-05-01T00:00:00Z', ' 2024-05-01', '']) {
      assert.match(problemOf(parseDate(text)), /YYYY-MM-DD/, text);
    }
  });
});

describe('parseDateTime', () => {
  const noonUtc = daysFromCivil(2024, 5, 1) * 86400 + 12 * 3600;

  it('reads Z, a missing offset and a bare date as UTC', () => {
    assert.deepEqual(parseDateTime('2024-05-01T12:00:00Z'), { seconds: noonUtc });
    assert.deepEqual(parseDateTime('2024-05-01T12:00:00'), { seconds: noonUtc });
    assert.deepEqual(parseDateTime('2024-05-01'), { seconds: noonUtc - 12 * 3600 });
  });

  it('shifts an offset to UTC: 14:00+02:00 and 06:30-05:30 are 12:00Z', () => {
    assert.deepEqual(parseDateTime('2024-05-01T14:00:00+02:00'), { seconds: noonUtc });
    assert.deepEqual(parseDateTime('2024-05-01T06:30:00-05:30'), { seconds: noonUtc });
  });

  it('crosses the date line when shifting an offset', () => {
    const result = parseDateTime('2024-05-01T01:00:00+02:00');
    assert.ok('seconds' in result);
    assert.equal(formatDateTime(result.seconds), '2024-04-30T23:00:00Z');
  });

  it('drops fractional seconds unless roundUp is true, then rounds up to the next second', () => {
    assert.deepEqual(parseDateTime('2024-05-01T12:00:00.5Z'), { seconds: noonUtc });
    assert.deepEqual(parseDateTime('2024-05-01T12:00:00.5Z', false), { seconds: noonUtc });
    assert.deepEqual(parseDateTime('2024-05-01T12:00:00.001Z', true), { seconds: noonUtc + 1 });
  });

  it('does not round up a zero fraction', () => {
    assert.deepEqual(parseDateTime('2024-05-01T12:00:00.000Z', true), { seconds: noonUtc });
  });

  it('rejects times and offsets out of range', () => {
    assert.match(problemOf(parseDateTime('2024-05-01T24:00:00Z')), /time of day/);
    assert.match(problemOf(parseDateTime('2024-05-01T12:60:00Z')), /time of day/);
    assert.match(problemOf(parseDateTime('2024-05-01T12:00:60Z')), /time of day/);
    assert.match(problemOf(parseDateTime('2024-05-01T12:00:00+24:00')), /offset/);
    assert.match(problemOf(parseDateTime('2024-05-01 noon')), /ISO 8601/);
  });
});

function problemOf(result: object): string {
  assert.ok(
    'problem' in result && typeof result.problem === 'string',
    `expected a problem, got ${JSON.stringify(result)}`,
  );
  return result.problem;
}
