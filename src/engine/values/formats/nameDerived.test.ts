/** @module emailFromName and usernameFromName: folded, lowercased, reserved, injective in k. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { localeData } from '../locale/localeData.js';
import { LOCALES } from '../../../model/localeTag.js';
import { asciiFold } from './asciiFold.js';
import { emailFromName } from './emailFromName.js';
import { usernameFromName } from './usernameFromName.js';

const ajv = new Ajv2020({ strict: false });
addFormats.default(ajv);
const isEmail = ajv.compile({ type: 'string', format: 'email' });

describe('emailFromName', () => {
  it('folds accents and drops what an address cannot hold', () => {
    assert.equal(emailFromName('Zoë', 'Núñez', 0, 1), 'zoe.nunez@example.net');
    assert.equal(emailFromName('Ségolène', "d'Arc-Müller", 3, 0), 'segolene.darcmuller3@example.com');
    assert.equal(emailFromName('Jörg', 'Straße', 0, 5), 'jorg.strasse@example.org');
    assert.equal(emailFromName('李', '', 7, 2), 'user.user7@example.org');
  });

  it('gives every name of every locale a valid address on a reserved domain', () => {
    for (const tag of LOCALES) {
      const d = localeData(tag);
      d.firstNames.forEach((first, i) => {
        const email = emailFromName(first, d.lastNames[i % d.lastNames.length] ?? '', i, i);
        assert.ok(isEmail(email), email);
        assert.match(email, /^[a-z]+\.[a-z]+\d*@example\.(com|net|org)$/);
      });
    }
  });

  it('is injective in k for fixed names', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(), fc.nat(), fc.nat(), (first, last, a, b, domain) => {
        fc.pre(a !== b);
        assert.notEqual(emailFromName(first, last, a, domain), emailFromName(first, last, b, domain));
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('refuses an index that is not a non-negative integer', () => {
    assert.throws(() => emailFromName('a', 'b', -1, 0), RangeError);
    assert.throws(() => emailFromName('a', 'b', 1.5, 0), RangeError);
    assert.throws(() => emailFromName('a', 'b', 0, -1), RangeError);
  });
});

describe('usernameFromName', () => {
  it('is first_last<k>, folded and lowercased', () => {
    assert.equal(usernameFromName('Zoë', 'Núñez', 0), 'zoe_nunez');
    assert.equal(usernameFromName('Jean-Luc', 'Picard', 7), 'jeanluc_picard7');
  });

  it('is injective in k for fixed names, and only ever letters, one underscore and digits', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(), fc.nat(), (first, last, a, b) => {
        fc.pre(a !== b);
        const [x, y] = [usernameFromName(first, last, a), usernameFromName(first, last, b)];
        assert.notEqual(x, y);
        assert.match(x, /^[a-z]+_[a-z]+\d*$/);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe('asciiFold', () => {
  it('spells out letters that do not decompose', () => {
    assert.equal(asciiFold('Æsir Øresund Łódź Þór'), 'aesiroresundlodzthor');
  });
});
