/**
 * The HTML report in a real browser: `fixtura validate --report` on the shop and features examples with
 * injected faults, opened in headless Chromium. It must render with no error and no request beyond the file,
 * show the records and issue counts of the JSON output, one visible chart per field of every entity, and the
 * faults at their file:line. Chromium is expected at /usr/bin/chromium, or where FIXTURA_CHROMIUM points.
 *
 * Without Chromium the test is skipped with a loud message on a developer's machine, so the README's `npm test`
 * passes on a fresh clone; but where Chromium is required (FIXTURA_REQUIRE_CHROMIUM=1, which .ci/run sets after
 * installing it, or CI=true) its absence fails every test, so a CI run cannot pass without having looked at the
 * report. See docs/adr/016-the-first-hour.md.
 */
import assert from 'node:assert/strict';
import {
  accessSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { loadContract } from '../../src/contract/loadContract.js';
import { repoRoot, runCli } from '../support/runCli.js';

const CHROMIUM = process.env['FIXTURA_CHROMIUM'] ?? '/usr/bin/chromium';
const required = process.env['FIXTURA_REQUIRE_CHROMIUM'] === '1' || process.env['CI'] === 'true';
/** Chromium is there when its path is a file this process may run (not a directory, a device or a stub). */
function runnable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
const INSTALL =
  'Install it with "apt-get install --no-install-recommends chromium", or run "bash .ci/run", which does.';
/** Set when the tests below are skipped: said on stderr and as the skip reason, never silently. */
const skipped =
  runnable(CHROMIUM) || required
    ? false
    : `SKIPPED: ${CHROMIUM} is missing or not runnable, so the HTML report was NOT checked in a browser. ${INSTALL}`;
if (skipped) process.stderr.write(`\n${'!'.repeat(100)}\n${skipped}\n${'!'.repeat(100)}\n\n`);
const VIEWPORT = { width: 1280, height: 900 };
const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-report-'));
// Kept after the run so a person can look at what the browser showed; one place, overwritten by each run.
const screenshots = path.join(os.tmpdir(), 'fixtura-report-screenshots');
mkdirSync(screenshots, { recursive: true });

interface Fault {
  readonly entity: string;
  readonly line: number;
  readonly edit: (line: string) => string;
  /** What the problems list must show in the fault's row, besides its file:line. */
  readonly shows: string;
}

interface JsonOutput {
  readonly total: number;
  readonly counts: Record<string, number>;
  readonly records: Record<string, number>;
}

function setField(field: string, value: unknown): (line: string) => string {
  return (line) => JSON.stringify({ ...(JSON.parse(line) as object), [field]: value });
}

describe('the HTML report in headless Chromium', { timeout: 180_000, skip: skipped }, () => {
  let launched: Promise<Browser> | undefined;
  /** Launched by the first test that needs it, so a missing Chromium fails each test with the reason. */
  function browser(): Promise<Browser> {
    assert.ok(
      runnable(CHROMIUM),
      `${CHROMIUM} is missing or not runnable: this test opens the HTML report in headless Chromium, and this run requires it ` +
        `(FIXTURA_REQUIRE_CHROMIUM=1 or CI=true). ${INSTALL}`,
    );
    launched ??= chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    return launched;
  }
  after(async () => {
    await launched?.then(
      (b) => b.close(),
      () => undefined,
    );
    rmSync(scratch, { recursive: true, force: true });
  });

  /** Generates the example, injects the faults, validates with --report and checks the page. */
  async function checkReport(
    t: TestContext,
    example: string,
    generateArgs: readonly string[],
    faults: readonly Fault[],
  ): Promise<void> {
    const chromiumBrowser = await browser();
    const contract = path.join(repoRoot, 'examples', `${example}.contract.yaml`);
    const out = path.join(scratch, example);
    const generated = await runCli([
      'generate',
      contract,
      '--seed',
      'report',
      '--out',
      out,
      '--quiet',
      ...generateArgs,
    ]);
    assert.equal(generated.code, 0, generated.stderr);
    for (const fault of faults) {
      const file = path.join(out, `${fault.entity}.jsonl`);
      const lines = readFileSync(file, 'utf8').split('\n');
      lines[fault.line - 1] = fault.edit(lines[fault.line - 1] as string);
      writeFileSync(file, lines.join('\n'));
    }
    const report = path.join(out, 'report.html');
    const validated = await runCli(['validate', contract, out, '--format', 'json', '--report', report]);
    assert.equal(validated.code, 1, validated.stderr);
    const json = JSON.parse(validated.stdout) as JsonOutput;

    const page = await chromiumBrowser.newPage({ viewport: VIEWPORT });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(report).href;
    try {
      await page.goto(url, { waitUntil: 'load' });

      assert.deepEqual(errors, []);
      assert.deepEqual(requests, [url], 'the report fetches nothing');

      // Summary: the same numbers as the JSON output of the same run.
      assert.equal(
        (await page.locator('#summary .verdict').textContent())?.trim(),
        `${json.total} problem${json.total === 1 ? '' : 's'}`,
      );
      const { model } = await loadContract(contract);
      assert.ok(model, `${example} loads`);
      for (const entity of model.entities) {
        const shown = await page.locator(`#summary tr[data-entity="${entity.name}"] td`).textContent();
        assert.equal(Number(shown?.replaceAll(',', '')), json.records[entity.name] ?? 0, entity.name);
      }
      const codes: Record<string, number> = {};
      for (const row of await page.locator('#summary tr[data-code]').all())
        codes[(await row.getAttribute('data-code')) as string] = Number(
          (await row.locator('td').textContent())?.replaceAll(',', ''),
        );
      assert.deepEqual(codes, json.counts);

      // One visible chart, with bars, per field of every entity; no other SVG on the page.
      let fields = 0;
      for (const entity of model.entities) {
        for (const field of entity.fields) {
          fields++;
          const name = `${entity.name}.${field.name}`;
          const chart = page.locator(`svg[data-field="${name}"]`);
          assert.equal(await chart.count(), 1, `one chart for ${name}`);
          assert.ok(await chart.isVisible(), `${name} is visible`);
          const box = await chart.boundingBox();
          assert.ok(box && box.width > 100 && box.height > 50, `${name} is drawn: ${JSON.stringify(box)}`);
          assert.ok((await chart.locator('path[ecmeta_ssr_type="chart"]').count()) > 0, `${name} has bars`);
        }
      }
      assert.equal(await page.locator('svg').count(), fields);

      // Each fault in the problems list, at its file and line.
      for (const fault of faults) {
        const where = `${fault.entity}.jsonl:${fault.line}`;
        // Not followed by a digit: line 5 is not line 50.
        const row = page.locator('#problems tr', {
          hasText: new RegExp(`${where.replaceAll('.', '\\.')}(?!\\d)`),
        });
        assert.equal(await row.count(), 1, where);
        assert.ok((await row.innerText()).includes(fault.shows), `${where} shows ${fault.shows}`);
      }

      const screenshot = path.join(screenshots, `${example}-report.png`);
      await page.screenshot({ path: screenshot, fullPage: true });
      const png = readFileSync(screenshot);
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      assert.equal(width, VIEWPORT.width);
      assert.ok(height > VIEWPORT.height && height < 50_000, `full page height ${height}`);
      t.diagnostic(`screenshot: ${screenshot} (${width}×${height})`);
    } finally {
      await page.close();
    }
  }

  it('shows the shop report: counts, a chart per field, and each fault at its file:line', async (t) => {
    await checkReport(
      t,
      'shop',
      ['--count', 'Customer=200', '--count', 'Order=600'],
      [
        { entity: 'Customer', line: 5, edit: setField('country', 'XX'), shows: '"XX"' },
        // Text from the data is shown as written, never as markup.
        {
          entity: 'Order',
          line: 8,
          edit: setField('status', '<b>PAYED</b> & "co"'),
          shows: '<b>PAYED</b> &',
        },
        { entity: 'Order', line: 12, edit: (l) => l.slice(0, 30), shows: 'cannot be read' },
      ],
    );
  });

  it('shows the features report: every type of field charted, and each fault at its file:line', async (t) => {
    await checkReport(
      t,
      'features',
      [],
      [
        { entity: 'Employee', line: 3, edit: setField('level', 'INTERN'), shows: '"INTERN"' },
        { entity: 'Ticket', line: 4, edit: setField('reporter', 'EMP-ZZ0000'), shows: '"EMP-ZZ0000"' },
      ],
    );
  });
});
