import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { lengthenEmail } from './email.js';

const ajv = new Ajv2020();
addFormats.default(ajv, { mode: 'full' });
const isEmail = ajv.compile({ type: 'string', format: 'email' });
const FILLER = 'abcdefghijklmnopqrstuvwxyz'.repeat(12);

test('an address is lengthened to every length up to 254 within RFC 5321: local part ≤ 64, labels ≤ 63', () => {
  const value = 'ada.lovelace42@example.org';
  for (let length = value.length; length <= 254; length++) {
    const long = lengthenEmail(value, length, FILLER);
    assert.ok(long !== null, `${length}`);
    assert.equal(long.length, length);
    assert.ok(isEmail(long), long);
    const [local, domain] = long.split('@') as [string, string];
    assert.ok(local.startsWith('ada.lovelace42') && local.length <= 64, local);
    assert.ok(domain.endsWith('.example.org') || domain === 'example.org', domain);
    for (const label of domain.split('.')) assert.ok(label.length >= 1 && label.length <= 63, label);
  }
  assert.equal(lengthenEmail(value, 255, FILLER), null);
  // A local part already at 64 takes labels only.
  assert.equal(lengthenEmail(`${'a'.repeat(64)}@example.org`, 78, FILLER), `${'a'.repeat(64)}@a.example.org`);
});
