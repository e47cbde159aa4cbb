import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ByteWriter } from '../encoders/byteWriter.js';
import { streamOf } from '../random/stream.js';
import { DEFAULT_REF_TIME } from './formats/defaultRefTime.js';
import { dateDomain, dateTimeDomain } from './temporal.js';
import type { ValueDomain } from './valueDomain.js';

const ctx = { stream: streamOf(['temporal-test']), refTime: DEFAULT_REF_TIME };
const uniform = { kind: 'uniform' } as const;

/** The byte fast path against the text, row by row: the writer keeps recent days, so rows revisit them. */
function assertWritesItsText(domain: ValueDomain, rows: number): void {
  const write = domain.writeRealistic as NonNullable<ValueDomain['writeRealistic']>;
  const out = new ByteWriter(16);
  for (let row = 0; row < rows; row++) {
    write(row, out);
    assert.equal(new TextDecoder().decode(out.take()), domain.realistic(row), `row ${row}`);
  }
}

describe('dates and date-times written as bytes', () => {
  it('write exactly their text, across years 0001–9999 and days that share a memo slot', () => {
    assertWritesItsText(
      dateDomain({ kind: 'date', min: '0001-01-01', max: '9999-12-31', distribution: uniform }, ctx),
      20_000,
    );
    assertWritesItsText(
      dateTimeDomain(
        { kind: 'datetime', min: '1969-12-01T00:00:00Z', max: '1970-02-01T00:00:00Z', distribution: uniform },
        ctx,
      ),
      5_000,
    );
    assertWritesItsText(
      dateTimeDomain(
        { kind: 'datetime', min: '0001-01-01T00:00:00Z', max: '9999-12-31T23:59:59Z', distribution: uniform },
        ctx,
      ),
      20_000,
    );
  });
});
