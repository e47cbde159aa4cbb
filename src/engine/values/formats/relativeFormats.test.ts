/**
 * @module Formats relative to "now" take it from the reference time they are given (withRefTime), never
 * from the clock: past and future dates, and the timestamps inside uuid_v7 and ulid.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDateTime } from '../../../model/calendar.js';
import { DEFAULT_REF_DATE } from '../../plan.js';
import { streamOf } from '../../random/stream.js';
import type { ReferenceTime } from '../valueDomain.js';
import { DEFAULT_REF_TIME } from './defaultRefTime.js';
import { formats } from './formats.js';
import { futureDate } from './futureDate.js';
import { pastDate } from './pastDate.js';
import type { StringFormat } from './stringFormat.js';
import { ulid } from './ulid.js';
import { uuidV7 } from './uuidV7.js';

const REF: ReferenceTime = { days: 19000, seconds: 19000 * 86400 }; // 2022-01-08
const YEAR_MS = 365 * 86400 * 1000;
const rows = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const at = (f: StringFormat, ref: ReferenceTime): StringFormat =>
  (f.withRefTime as (r: ReferenceTime) => StringFormat)(ref);
const dayOf = (date: string): number =>
  (parseDateTime(`${date}T00:00:00Z`) as { seconds: number }).seconds / 86400;

describe('formats relative to the reference time', () => {
  it('use the engine default --ref-date when not given one', () => {
    const parsed = parseDateTime(DEFAULT_REF_DATE) as { seconds: number };
    assert.equal(DEFAULT_REF_TIME.seconds, parsed.seconds);
    assert.equal(DEFAULT_REF_TIME.days * 86400, parsed.seconds);
  });

  it('are exactly the formats that declare withRefTime', () => {
    assert.deepEqual(
      formats.filter((f) => f.withRefTime).map((f) => f.name),
      ['uuid_v7', 'ulid', 'past_date', 'future_date'],
    );
  });

  it('past_date: realistic within the year before, unique back a century, never the day itself', () => {
    const f = at(pastDate, REF);
    const s = streamOf(['past']);
    for (const d of rows(2000).map(f.realistic(s)).map(dayOf))
      assert.ok(d < REF.days && d >= REF.days - 365, String(d));
    assert.equal(dayOf(f.unique(s)(0, 0)), REF.days - 1);
    assert.equal(dayOf(f.unique(s)(f.size - 1, 0)), REF.days - f.size);
  });

  it('future_date: realistic within the year after, unique forward a century', () => {
    const f = at(futureDate, REF);
    const s = streamOf(['future']);
    for (const d of rows(2000).map(f.realistic(s)).map(dayOf))
      assert.ok(d > REF.days && d <= REF.days + 365, String(d));
    assert.equal(dayOf(f.unique(s)(0, 0)), REF.days + 1);
  });

  it('move with the reference time and keep their name, size and schema', () => {
    for (const f of [pastDate, futureDate, uuidV7, ulid]) {
      const moved = at(f, REF);
      assert.equal(moved.name, f.name);
      assert.equal(moved.size, f.size);
      assert.deepEqual(moved.schema, f.schema);
      assert.notEqual(moved.realistic(streamOf(['m']))(0), f.realistic(streamOf(['m']))(0));
    }
  });

  it('uuid_v7 carries version 7, the RFC 9562 variant and a timestamp in the year before the reference', () => {
    const f = at(uuidV7, REF);
    const s = streamOf(['v7']);
    const values = [
      ...rows(1000).map(f.realistic(s)),
      ...rows(1000).map((i) => f.unique(s)(i * 4503599627370, i)),
    ];
    for (const v of values) {
      assert.match(v, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const ms = parseInt(v.slice(0, 8) + v.slice(9, 13), 16);
      assert.ok(ms < REF.seconds * 1000 && ms >= REF.seconds * 1000 - YEAR_MS, v);
    }
  });

  it('ulid carries a timestamp in the year before the reference', () => {
    const f = at(ulid, REF);
    const s = streamOf(['ulid']);
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (const v of [
      ...rows(1000).map(f.realistic(s)),
      ...rows(1000).map((i) => f.unique(s)(i * 4503599627370, i)),
    ]) {
      const ms = [...v.slice(0, 10)].reduce((n, c) => n * 32 + alphabet.indexOf(c), 0);
      assert.ok(ms < REF.seconds * 1000 && ms >= REF.seconds * 1000 - YEAR_MS, v);
    }
  });
});
