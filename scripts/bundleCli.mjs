/**
 * Bundles the compiled command line (dist/src/cli/main.js and the worker threads' entry), with the packages it
 * imports, into a few files under dist/bundle/cli/, for a fast start: Node loads ~50 files instead of ~400
 * modules, which was most of what a small `fixtura generate` cost (issue 15, docs/adr/026-a-fast-start.md).
 * Each command's lazy `import()` stays a chunk of its own. What the code loads with `createRequire` on first
 * use (the Ajv validators, CEL, faker's other locales) and the optional charting package stay in node_modules.
 * The library (dist/src) is not bundled.
 *
 * The bundle sits three folders deep, as dist/src/provenance/versions.js does, so that its
 * `new URL('../../../package.json', import.meta.url)` still finds the package; the worker pool finds
 * `./chunkWorker.js` beside itself.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = 'dist/bundle/cli';
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: 'dist/src/cli/main.js', chunkWorker: 'dist/src/engine/parallel/chunkWorker.js' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['echarts'],
  // Bundled CommonJS packages `require` Node's own modules; an ES module has no `require` of its own.
  banner: {
    js: "import { createRequire as fixturaRequire } from 'node:module'; const require = fixturaRequire(import.meta.url);",
  },
  outdir,
  logLevel: 'warning',
});
