#!/usr/bin/env node
// The compiled CLI lives in dist/ (built by `npm install` through the prepare script). The bundle of it
// (scripts/bundleCli.mjs) starts faster; it is used only when it is at least as new as the compile, so a `tsc`
// run alone never leaves the command running older code than the library.
import { statSync } from 'node:fs';
import { URL } from 'node:url';

const bundle = new URL('../dist/bundle/cli/main.js', import.meta.url);
const compiled = new URL('../dist/src/cli/main.js', import.meta.url);

function bundleIsCurrent() {
  try {
    return statSync(bundle).mtimeMs >= statSync(compiled).mtimeMs;
  } catch {
    return false;
  }
}

const { main } = await import(bundleIsCurrent() ? bundle.href : compiled.href);
process.exitCode = await main(process.argv.slice(2));
