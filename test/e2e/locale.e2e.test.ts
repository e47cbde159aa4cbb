/**
 * Locales: `locale_from: country` makes every row's phone, postcode and names follow that row's country —
 * checked here with each country's own formats, written independently of the generators.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { COUNTRY_FORMATS } from '../support/countryFormats.js';
import { repoRoot, runCli } from '../support/runCli.js';

const contract = path.join(repoRoot, 'test/fixtures/locales.contract.yaml');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-locale-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const COUNTRY = COUNTRY_FORMATS;

describe('locales', () => {
  it("locale_from: every row's phone and postcode follow its country, and the data validates", async () => {
    const out = path.join(scratch, 'rows');
    const g = await runCli(['generate', contract, '--out', out, '-n', '3000', '--quiet']);
    assert.equal(g.code, 0, g.stderr);
    const rows = readFileSync(path.join(out, 'Customer.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>);
    const seen = new Set<string>();
    for (const r of rows) {
      const want = COUNTRY[r.country as string];
      assert.ok(want, r.country);
      seen.add(r.country as string);
      assert.match(r.phone as string, want.phone, `${r.country} phone`);
      assert.match(r.postcode as string, want.postcode, `${r.country} postcode`);
    }
    assert.equal(seen.size, 6);
    // Emails are made from the row's own name (ASCII-folded), and stay unique.
    const fold = (t: string) =>
      t
        .normalize('NFD')
        .replace(/[^A-Za-z]/g, '')
        .toLowerCase();
    for (const r of rows)
      assert.ok(
        (r.email as string).startsWith(`${fold(r.first_name as string)}.${fold(r.last_name as string)}`),
        `${r.email} for ${r.first_name} ${r.last_name}`,
      );
    assert.equal(new Set(rows.map((r) => r.email)).size, rows.length);
    const names = (c: string) => new Set(rows.filter((r) => r.country === c).map((r) => r.last_name));
    const de = names('DE');
    const fr = names('FR');
    assert.ok(
      [...de].filter((n) => fr.has(n)).length < de.size / 4,
      'German and French rows draw different surnames',
    );
    const v = await runCli(['validate', contract, out]);
    assert.equal(v.code, 0, v.stdout);
  });

  it('refuses an unknown locale (with a suggestion) and a locale_from that names no field', async () => {
    const bad = path.join(scratch, 'bad.contract.yaml');
    writeFileSync(
      bad,
      readFileSync(contract, 'utf8')
        .replace('locale: en-GB', 'locale: en-UK')
        .replace('locale_from: country', 'locale_from: contry'),
    );
    const r = await runCli(['generate', bad, '--out', path.join(scratch, 'never')]);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /:1:9: error dsl\/unknown-locale: unknown locale "en-UK"[\s\S]*did you mean "en-GB"\?/,
    );
    assert.match(
      r.stderr,
      /:4:18: error dsl\/unknown-locale-field: locale_from "contry" is not a field of "Customer"[\s\S]*did you mean "country"\?/,
    );
  });
});
