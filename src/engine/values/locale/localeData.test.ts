/**
 * @module Each locale's data is its own: faker merges a locale with English, so a list the locale lacks
 * would silently be English. These checks fail if a faker upgrade moves data.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from './en.js';
import { localeData } from './localeData.js';
import { LOCALES } from '../../../model/localeTag.js';

describe('locale data', () => {
  it('is de-duplicated and non-empty where it must be', () => {
    for (const tag of LOCALES) {
      const d = localeData(tag);
      assert.equal(d.tag, tag);
      for (const [key, list] of Object.entries(d))
        if (Array.isArray(list))
          assert.equal(new Set(list).size, list.length, `${tag} ${key} has duplicates`);
      for (const list of [d.firstNames, d.lastNames, d.titles, d.regions, d.timeZones])
        assert.ok(list.length > 0, tag);
      assert.ok(d.streetNames.length + d.streetTypes.length > 0, tag);
    }
  });

  it('gives de, fr, pt and es their own names, streets and regions, not English ones', () => {
    const english = new Set([...en.firstNames, ...en.lastNames]);
    for (const tag of ['de-DE', 'fr-FR', 'pt-PT', 'es-ES'] as const) {
      const d = localeData(tag);
      const shared = d.lastNames.filter((n) => english.has(n)).length;
      // Some family names are common to both (Bernard, Thomas); a fallback would share all of them.
      assert.ok(shared < d.lastNames.length / 2, `${tag} last names look English (${shared} shared)`);
      assert.notDeepEqual(d.regions, localeData('en-US').regions);
      assert.notDeepEqual(d.streetTypes, localeData('en-US').streetTypes);
    }
  });

  it('has job titles only where faker has the locale own (en, fr, es)', () => {
    assert.deepEqual(
      LOCALES.filter((t) => localeData(t).jobTitles !== null),
      ['en-US', 'en-GB', 'fr-FR', 'es-ES'],
    );
  });
});
