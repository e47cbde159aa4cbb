/**
 * `fixtura types`: the declarations compile, and the records `generate` writes type-check against them —
 * every example, realistic and edge rows (nulls, absent keys, bounds), embedded as object literals so that an
 * extra field, a missing required one or a value outside an enum is a compile error.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import ts from 'typescript';
import { repoRoot, runCli } from '../support/runCli.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'fixtura-types-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The diagnostics of a program made of `main` (which imports ./records.js), as text. */
function typeCheck(dir: string): string[] {
  const program = ts.createProgram([path.join(dir, 'main.ts')], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

async function declarationsAndRecords(contract: string, ...generateArgs: string[]): Promise<string> {
  const dir = mkdtempSync(path.join(scratch, `${path.basename(contract, '.yaml')}-`));
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  const types = await runCli(['types', contract, '--out', path.join(dir, 'records.d.ts')], repoRoot);
  assert.equal(types.code, 0, types.stderr);
  const out = path.join(dir, 'out');
  const g = await runCli(
    ['generate', contract, '--out', out, '--quiet', '--workers', '1', ...generateArgs],
    repoRoot,
  );
  assert.equal(g.code, 0, g.stderr);
  const entities = readdirSync(out)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => {
      const lines = readFileSync(path.join(out, f), 'utf8').trimEnd().split('\n').filter(Boolean);
      return `  ${JSON.stringify(f.slice(0, -'.jsonl'.length))}: [\n${lines.map((l) => `    ${l},`).join('\n')}\n  ],`;
    });
  writeFileSync(
    path.join(dir, 'main.ts'),
    `import type { Records } from './records.js';\n` +
      `export const rows: { [K in keyof Records]: Records[K][] } = {\n${entities.join('\n')}\n};\n`,
  );
  return dir;
}

describe('fixtura types', () => {
  for (const example of [
    'shop.contract.yaml',
    'features.contract.yaml',
    'ecommerce.contract.yaml',
    'store.openapi.yaml',
  ])
    for (const profile of ['realistic', 'edge'])
      it(`declares the ${example} records so that ${profile} generated rows type-check`, async () => {
        const dir = await declarationsAndRecords(
          path.join(repoRoot, 'examples', example),
          '--profile',
          profile,
          '-n',
          '30',
        );
        assert.deepEqual(typeCheck(dir), []);
      });

  it('makes a record that breaks the contract a compile error: an unknown enum value, an extra field', async () => {
    const dir = await declarationsAndRecords(path.join(repoRoot, 'examples/shop.contract.yaml'), '-n', '2');
    const main = path.join(dir, 'main.ts');
    writeFileSync(main, readFileSync(main, 'utf8').replace(/"status":"[A-Z]+"/, '"status":"LOST"'));
    assert.match(typeCheck(dir).join('\n'), /"LOST"/);
    writeFileSync(main, readFileSync(main, 'utf8').replace(/"status":"LOST"/, '"status":"PAID","note":1'));
    assert.match(typeCheck(dir).join('\n'), /'"?note"?' does not exist in type 'Order'/);
  });

  it('prints the declarations on standard output: one interface per entity and the Records map', async () => {
    const r = await runCli(['types', 'examples/shop.contract.yaml'], repoRoot);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /export interface Customer \{[^}]*country: "FR" \| "DE" \| "PT" \| "GB" \| "US";/);
    assert.match(r.stdout, /export interface Records \{\n {2}Customer: Customer;\n {2}Order: Order;\n\}/);
  });
});
