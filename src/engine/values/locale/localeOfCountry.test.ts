/** @module localeOfCountry: ISO codes and names, any case and accents, map to the locale; others do not. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { streamOf } from '../../random/stream.js';
import { country } from '../formats/country.js';
import { localeOfCountry } from './localeOfCountry.js';
import { DEFAULT_LOCALE, isLocaleTag, LOCALES } from '../../../model/localeTag.js';

describe('localeOfCountry', () => {
  const cases: readonly [string, string][] = [
    ['US', 'en-US'], ['usa', 'en-US'], ['United States', 'en-US'], ['united states of america', 'en-US'],
    ['U.S.A.', 'en-US'], ['GB', 'en-GB'], ['GBR', 'en-GB'], ['uk', 'en-GB'], ['United Kingdom', 'en-GB'],
    ['Great Britain', 'en-GB'], ['DE', 'de-DE'], ['deu', 'de-DE'], ['Germany', 'de-DE'], ['DEUTSCHLAND', 'de-DE'],
    ['FR', 'fr-FR'], ['fra', 'fr-FR'], ['France', 'fr-FR'], ['PT', 'pt-PT'], ['PRT', 'pt-PT'],
    ['portugal', 'pt-PT'], ['ES', 'es-ES'], ['esp', 'es-ES'], ['Spain', 'es-ES'], ['España', 'es-ES'],
    ['  espana ', 'es-ES'],
  ]; // prettier-ignore
  for (const [value, tag] of cases)
    it(`maps ${JSON.stringify(value)} to ${tag}`, () => assert.equal(localeOfCountry(value), tag));

  it('knows nothing of other countries or of non-country text', () => {
    for (const value of ['IT', 'ITA', 'Italy', 'Brazil', 'BR', '', 'D', 'Deutsch', 'en-US'])
      assert.equal(localeOfCountry(value), undefined, value);
  });

  it("maps back every localized country value (the country's own name) to its locale", () => {
    for (const tag of LOCALES)
      assert.equal(localeOfCountry(country.localized?.(tag).realistic(streamOf(['c']))(0) ?? ''), tag);
  });
});

describe('locale tags', () => {
  it('list six locales with en-US, the pre-locale behaviour, as the default', () => {
    assert.deepEqual(LOCALES, ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'pt-PT', 'es-ES']);
    assert.equal(DEFAULT_LOCALE, 'en-US');
    assert.ok(isLocaleTag('es-ES') && !isLocaleTag('es') && !isLocaleTag('de-de'));
  });
});
