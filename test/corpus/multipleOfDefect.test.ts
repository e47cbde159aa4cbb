import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIALECT, independentValidator } from '../support/independentValidator.js';
import { exactQuotient, multipleOfDefect } from './multipleOfDefect.js';

const schema = {
  $defs: { Creature: { type: 'object', properties: { width: { type: 'number', multipleOf: 0.1 } } } },
};

async function judged(instance: unknown): Promise<{ valid: boolean; defect: string | undefined }> {
  const validator = await independentValidator(schema, DIALECT.draft2020_12, ['#/$defs/Creature']);
  try {
    const verdict = validator.check(instance, '#/$defs/Creature');
    return {
      valid: verdict.valid,
      defect: verdict.valid ? undefined : multipleOfDefect(verdict.errors, instance, schema),
    };
  } finally {
    validator.release();
  }
}

test('a negative exact multiple that hyperjump rejects is a judge defect, shown with its arithmetic', async () => {
  // dodo.ac's NHSeaCreature: -108.5 is -1085 × 0.1, but -108.5 % 0.1 is about -0.1 in doubles.
  const { valid, defect } = await judged({ width: -108.5 });
  assert.equal(valid, false, 'hyperjump still rejects it (else this test no longer shows its defect)');
  assert.match(
    defect ?? '',
    /^#\/width: -108\.5 = -1085 × 0\.1 exactly, but hyperjump computes -108\.5 % 0\.1 = -0\.09/,
  );
});

test('a real non-multiple stays invalid', async () => {
  for (const width of [-108.55, 108.55, 0.15]) {
    const { valid, defect } = await judged({ width });
    assert.equal(valid, false, String(width));
    assert.equal(defect, undefined, String(width));
  }
});

test('a multipleOf failure beside another failure, or under oneOf or not, is never excused', () => {
  const at = '#/$defs/Creature/properties/width/multipleOf';
  const instance = { width: -108.5 };
  assert.equal(
    multipleOfDefect([`#/width fails multipleOf (${at})`, '#/name fails type (#/x/type)'], instance, schema),
    undefined,
  );
  const underOneOf = { $defs: { C: { oneOf: [{ properties: { width: { multipleOf: 0.1 } } }] } } };
  assert.equal(
    multipleOfDefect(
      ['#/width fails multipleOf (#/$defs/C/oneOf/0/properties/width/multipleOf)'],
      instance,
      underOneOf,
    ),
    undefined,
  );
});

test('exact quotients are taken on the decimals JSON writes', () => {
  assert.equal(exactQuotient(-108.5, 0.1), -1085n);
  assert.equal(exactQuotient(0.3, 0.1), 3n);
  assert.equal(exactQuotient(1e21, 0.01), 10n ** 23n);
  assert.equal(exactQuotient(1.5e-7, 5e-8), 3n);
  assert.equal(exactQuotient(0.3, 0.2), undefined);
});
