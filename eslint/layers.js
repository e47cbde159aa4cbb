// @ts-check
/**
 * @module The layer rule (issue 15, ADR 023): the folders of `src/` form layers, and a file may import only
 * from its own folder or from a lower layer. Folders of one layer are siblings and do not import each other:
 * a sibling that needs another's code means that code belongs one layer down. A folder not in the map is an
 * error, so a new folder gets a place before it gets imports.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Lowest first; ARCHITECTURE §9 has the folder map, docs/adr/023 the reasons. */
export const LAYERS = [
  ['model', 'input'],
  ['expression'],
  ['jsonSchema'],
  ['contract'],
  ['engine'],
  ['provenance', 'sources', 'modelExport'],
  ['sinks', 'validate', 'coverage'],
  ['report'],
  ['context'],
  ['cli'],
];

/**
 * `src/index.ts`, the public API, sits above every folder but the CLI, which uses only it (ARCHITECTURE §9):
 * the library never imports the command line.
 */
const ROOT = LAYERS.length - 1.5;

/**
 * The command line is the top layer, and more: it imports from other folders only modules that `src/index.ts`
 * exports from, so that the library can do whatever the command does.
 *
 * Imports that break the rule, each `importer -> imported` (paths from the repository root), each with its
 * reason. Issue 15 emptied it; an entry is a debt with a reason, and the layer test fails when one is no
 * longer there, so the list only ever shrinks.
 * @type {readonly string[]}
 */
export const KNOWN_WRONG_WAY = [];

/** The modules `src/index.ts` re-exports from (paths from the repository root, `.ts`), read once per run. */
const publicModules = new Map();
function publicModulesOf(/** @type {string} */ srcDir) {
  let modules = publicModules.get(srcDir);
  if (!modules) {
    const index = readFileSync(path.join(srcDir, 'index.ts'), 'utf8');
    modules = new Set(
      [...index.matchAll(/^export\s[^;]*?from\s+'(\.[^']+)'/gms)].map((m) =>
        path.resolve(srcDir, m[1]).replace(/\.js$/, '.ts'),
      ),
    );
    publicModules.set(srcDir, modules);
  }
  return modules;
}

/** The layer of a path under `src/`, or `undefined` outside it; `null` for a folder the map lacks. */
function layerOf(/** @type {string} */ file, /** @type {string} */ srcDir) {
  const rel = path.relative(srcDir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const parts = rel.split(path.sep);
  if (parts.length === 1) return { folder: '', layer: ROOT };
  const index = LAYERS.findIndex((l) => l.includes(parts[0]));
  return index === -1 ? null : { folder: parts[0], layer: index };
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports run one way through the layers of src/ (issue 15)' },
    schema: [],
    messages: {
      wrongWay:
        '{{from}}/ (layer {{fromLayer}}) must not import {{to}}/ (layer {{toLayer}}): imports run one way, ' +
        'lower layers first ({{order}}). Move the shared code down a layer, or pass it in as a parameter.',
      sibling:
        '{{from}}/ and {{to}}/ are siblings (layer {{fromLayer}}) and must not import each other: move the ' +
        'shared code down a layer ({{order}}).',
      private:
        'cli/ uses only the public API, so that nothing the command does is out of reach of the library: ' +
        'src/index.ts exports nothing from {{to}}. Export what the command needs there, then import it.',
      unmapped:
        'src/{{folder}}/ has no layer: add it to LAYERS in eslint/layers.js and to the project layout in README.md.',
    },
  },
  create(context) {
    const file = context.filename;
    const srcDir = path.join(context.cwd, 'src');
    const from = layerOf(file, srcDir);
    if (from === undefined || /\.test\.ts$/.test(file)) return {};
    const order = LAYERS.map((l) => l.join(', ')).join(' ← ');
    const relFile = path.relative(context.cwd, file).split(path.sep).join('/');

    /** @param {import('estree').Node & { source?: import('estree').Node | null }} node */
    function check(node) {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      if (from === null) {
        context.report({
          node,
          messageId: 'unmapped',
          data: { folder: path.relative(srcDir, file).split(path.sep)[0] },
        });
        return;
      }
      const target = path.resolve(path.dirname(file), source.value);
      const to = layerOf(target, srcDir);
      if (to === undefined || to === null || to.folder === from.folder) return;
      const relTarget = path.relative(context.cwd, target).split(path.sep).join('/').replace(/\.js$/, '.ts');
      if (KNOWN_WRONG_WAY.includes(`${relFile} -> ${relTarget}`)) return;
      if (from.folder === 'cli' && !publicModulesOf(srcDir).has(target.replace(/\.js$/, '.ts'))) {
        context.report({ node: source, messageId: 'private', data: { to: relTarget } });
        return;
      }
      if (to.layer < from.layer) return;
      context.report({
        node: source,
        messageId: to.layer === from.layer ? 'sibling' : 'wrongWay',
        data: {
          from: from.folder || 'index.ts',
          to: to.folder,
          fromLayer: String(from.layer),
          toLayer: String(to.layer),
          order,
        },
      });
    }

    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { layers: layersRule } };
