/**
 * The layer rule (eslint/layers.js, ADR 023) through ESLint itself, with the repository's own config: a planted
 * wrong-way import, a sibling import and a folder with no layer are each caught; a right-way import and a
 * colocated test are not; and every import the rule still tolerates is really there, so that list only shrinks.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

interface LayersModule {
  readonly KNOWN_WRONG_WAY: readonly string[];
  readonly LAYERS: readonly (readonly string[])[];
}
const layers = (await import(path.join(ROOT, 'eslint/layers.js'))) as LayersModule;

/** The layer rule's messages for `text` as if it were the file `file` (relative to the repository). */
async function layerMessages(file: string, text: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(text, { filePath: path.join(ROOT, file) });
  assert.ok(result, 'ESLint returned no result');
  return result.messages.filter((m) => m.ruleId === 'fixtura/layers').map((m) => m.message);
}

describe('the layer rule', () => {
  it('catches a planted wrong-way import: the model importing the engine', async () => {
    const messages = await layerMessages(
      'src/model/planted.ts',
      "import { formats } from '../engine/values/formats/formats.js';\nexport const planted = formats;\n",
    );
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0] ?? '', /^model\/ \(layer 0\) must not import engine\/ \(layer 4\)/);
    assert.match(messages[0] ?? '', /model, input ← expression ← jsonSchema ← contract ← engine/);
  });

  it('catches a wrong-way re-export and a dynamic import too', async () => {
    const messages = await layerMessages(
      'src/contract/planted.ts',
      "export { validate } from '../validate/validateDataset.js';\nexport const later = () => import('../cli/main.js');\n",
    );
    assert.equal(messages.length, 2, messages.join('\n'));
    assert.match(messages[0] ?? '', /^contract\/ \(layer 3\) must not import validate\//);
    assert.match(messages[1] ?? '', /^contract\/ \(layer 3\) must not import cli\//);
  });

  it('catches siblings importing each other: validate and coverage', async () => {
    const messages = await layerMessages(
      'src/validate/planted.ts',
      "import { measureCoverage } from '../coverage/measureCoverage.js';\nexport const planted = measureCoverage;\n",
    );
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0] ?? '', /^validate\/ and coverage\/ are siblings/);
  });

  it('asks for a layer for a folder the map lacks', async () => {
    const messages = await layerMessages(
      'src/newThing/planted.ts',
      "import type { Model } from '../model/model.js';\nexport type Planted = Model;\n",
    );
    assert.deepEqual(messages, [
      'src/newThing/ has no layer: add it to LAYERS in eslint/layers.js and to the project layout in README.md.',
    ]);
  });

  it('lets imports run down the layers, and the library index never imports the command line', async () => {
    assert.deepEqual(
      await layerMessages(
        'src/engine/planted.ts',
        "import type { Model } from '../model/model.js';\nimport { ContractError } from '../model/issues.js';\nexport type P = Model | ContractError;\n",
      ),
      [],
    );
    const fromIndex = await layerMessages('src/planted.ts', "export { main } from './cli/main.js';\n");
    assert.equal(fromIndex.length, 1, fromIndex.join('\n'));
    assert.match(fromIndex[0] ?? '', /^index\.ts\/ \(layer 8\.5\) must not import cli\//);
  });

  it('lets the command line import only modules the library exports from', async () => {
    const messages = await layerMessages(
      'src/cli/planted.ts',
      "import { validate } from '../validate/validateDataset.js';\nimport { fingerprint } from '../validate/fingerprintIndex.js';\nexport const p = [validate, fingerprint];\n",
    );
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(
      messages[0] ?? '',
      /^cli\/ uses only the public API.*src\/index\.ts exports nothing from src\/validate\/fingerprintIndex\.ts/,
    );
  });

  it('leaves colocated tests free to import what they check against', async () => {
    assert.deepEqual(
      await layerMessages(
        'src/expression/planted.test.ts',
        "import { parseDsl } from '../contract/dsl/parseDsl.js';\nexport const p = parseDsl;\n",
      ),
      [],
    );
  });

  it('tolerates only imports that are still there, each from its own file', () => {
    assert.ok(layers.LAYERS.flat().includes('jsonSchema'));
    for (const entry of layers.KNOWN_WRONG_WAY) {
      const [importer, imported] = entry.split(' -> ');
      assert.ok(importer && imported, `"${entry}" is not "importer -> imported"`);
      const text = readFileSync(path.join(ROOT, importer), 'utf8');
      const specifiers = [...text.matchAll(/from '(\.[^']+)'/g)].map((m) =>
        path
          .relative(ROOT, path.resolve(path.dirname(path.join(ROOT, importer)), m[1] ?? ''))
          .split(path.sep)
          .join('/')
          .replace(/\.js$/, '.ts'),
      );
      assert.ok(
        specifiers.includes(imported),
        `${importer} no longer imports ${imported}: take "${entry}" out of KNOWN_WRONG_WAY in eslint/layers.js`,
      );
    }
  });
});
