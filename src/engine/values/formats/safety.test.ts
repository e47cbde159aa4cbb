/**
 * @module Safety of the new value domains (ARCHITECTURE §4), checked by independent algorithms: test card
 * numbers pass Luhn under processor test BINs, EAN-13s carry a correct GS1 check digit in the
 * restricted-circulation range, BICs are test BICs, MAC addresses are locally administered, and every
 * domain is reserved. (IBANs are checked in formats.test.ts.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { streamOf } from '../../random/stream.js';
import { bic } from './bic.js';
import { creditCard } from './creditCard.js';
import { domainName } from './domainName.js';
import { ean13 } from './ean13.js';
import { macAddress } from './macAddress.js';
import type { StringFormat } from './stringFormat.js';
import { username } from './username.js';

const TWO_52 = 2 ** 52;

function samples(f: StringFormat): string[] {
  const s = streamOf(['safety', f.name]);
  const limit = Math.min(f.size, TWO_52);
  const enumerate = f.unique(s);
  return [
    ...Array.from({ length: 2000 }, (_, row) => f.realistic(s)(row)),
    ...Array.from({ length: 2000 }, (_, i) => enumerate(Math.floor(i * (limit / 2000)), i)),
  ];
}

/** Luhn: from the right, double every second digit (minus 9 above 9); the sum is a multiple of 10. */
function luhnValid(pan: string): boolean {
  const sum = [...pan].reverse().reduce((acc, c, i) => {
    const d = Number(c) * (i % 2 === 1 ? 2 : 1);
    return acc + (d > 9 ? d - 9 : d);
  }, 0);
  return sum % 10 === 0;
}

/** GS1: weights 3 and 1 alternate from the right over all 13 digits; the sum is a multiple of 10. */
function gs1Valid(code: string): boolean {
  const sum = [...code].reverse().reduce((acc, c, i) => acc + Number(c) * (i % 2 === 1 ? 3 : 1), 0);
  return sum % 10 === 0;
}

describe('new formats are safe by construction', () => {
  it('card numbers are 16 digits under the Visa 400000 or Mastercard 511111 test BIN and pass Luhn', () => {
    for (const v of samples(creditCard)) {
      assert.match(v, /^(400000|511111)\d{10}$/);
      assert.ok(luhnValid(v), v);
    }
  });

  it('the Luhn check rejects a changed digit and accepts published test cards (so the test above can fail)', () => {
    assert.ok(
      luhnValid('4242424242424242') && luhnValid('5555555555554444') && luhnValid('4000000000000002'),
    );
    assert.ok(!luhnValid('4000000000000003'));
  });

  it('EAN-13s start with 2 (GS1 restricted circulation) and carry a correct check digit', () => {
    for (const v of samples(ean13)) {
      assert.match(v, /^2\d{12}$/);
      assert.ok(gs1Valid(v), v);
    }
    assert.ok(gs1Valid('4006381333931') && !gs1Valid('4006381333932'));
  });

  it('BICs are test BICs: the location code ends in 0', () => {
    for (const v of samples(bic)) assert.match(v, /^[A-Z]{6}[2-9A-Z]0([A-Z\d]{3})?$/);
  });

  it('MAC addresses are unicast and locally administered, so no manufacturer ever assigned them', () => {
    for (const v of samples(macAddress)) {
      const first = parseInt(v.slice(0, 2), 16);
      assert.equal(first & 0b11, 0b10, v);
    }
  });

  it('domain names sit under names reserved by RFC 2606 / RFC 6761', () => {
    for (const v of samples(domainName)) assert.match(v, /\.(example|test)$|\.example\.(com|net|org)$/);
  });

  it('user names are letters, one separator and an optional number: no address, no real account format', () => {
    for (const v of samples(username)) assert.match(v, /^[a-z]+[._][a-z]+\d{0,4}$/);
  });
});
