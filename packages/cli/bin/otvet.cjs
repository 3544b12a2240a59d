#!/usr/bin/env node
// The otvet command. It loads the bundled CLI (../dist/otvet.cjs) with the V8 code cache that the
// build wrote beside it (../dist/otvet.cjs.cache): Node.js then starts from compiled bytecode
// instead of parsing and compiling the whole bundle on every start (pre-commit hooks start otvet
// often). A cache this Node.js cannot use (another Node.js or V8 version, other V8 flags, a damaged
// file) is rejected by V8 itself and ignored: the bundle is compiled as usual, only slower.
// CommonJS on purpose: it starts faster than an ES module.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');
const v8 = require('node:v8');

// V8 optimises a function with TurboFan, on a second thread, once it has run for a while: after
// a fixed amount of bytecode executed (its "interrupt budget"). A lint of a few templates (a
// pre-commit hook) is over before that work pays: at Node.js 20's default budget it optimised
// about 20 functions for ~150 ms of CPU, competing with the lint itself and the garbage collector
// on a two-core machine. Four times that budget leaves only the truly hot functions to
// TurboFan, about one in such a lint, while a 10,000-template lint is as fast as before (its hot
// loops run millions of times). Set before the bundle is compiled: the build trains the code
// cache under the same flag (V8 rejects a cache made under other flags). `pnpm bench` measures it.
const INTERRUPT_BUDGET = 270336;
v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
// A regex is compiled twice by default: to bytecode on its first match, and to machine code on
// its second. A small lint runs ~180 distinct regexes, most of them a few times, and compiling
// regexes took ~6 % of its CPU time. Tiering up after 100 matches (2–3 % faster start) leaves
// machine code to the regexes that a big pack runs millions of times.
v8.setFlagsFromString('--regexp-tier-up-ticks=100');
// The young generation starts at 1 MB and doubles at each scavenge that finds it full; a lint
// keeps most of what it allocates at start (rules, data, indexes), so every early scavenge copied
// it again. Growing eightfold reaches the usual size in two steps: 10 scavenges of a small lint
// become 5, about 8 % of its CPU time. The maximum size, and so a big pack's memory, is unchanged.
v8.setFlagsFromString('--semi-space-growth-factor=8');
// After each full collection V8 lets the heap grow to a multiple of what survived, up to four
// times when collecting is fast. A big pack allocates fast and keeps little (each file is released
// once linted), so a 10,000-template lint held ~200 MB of heap for ~65 MB of live objects and
// peaked at 275–306 MB of memory. Growing to at most twice the live size keeps it at ~225 MB, for
// ~2 % more time; a small lint never gets that far.
v8.setFlagsFromString('--heap-growing-percent=100');

const DIST = join(__dirname, '..', 'dist');
const BUNDLE = join(DIST, 'otvet.cjs');
const CACHE = `${BUNDLE}.cache`;
// The bundle is CommonJS that the build wrapped in a function expression, as Node.js wraps
// modules: (function (exports, require, module, __filename, __dirname, __otvet_url, __otvet_import) {…}).
// `__otvet_url` stands for `import.meta.url` in the bundled sources; `__otvet_import` imports an ES
// module by URL for it (a config's plugins): `import()` in code compiled by `vm.Script` has no
// loader to use, in a module loaded by Node.js it has. It is compiled as it is
// read (a wrapping copy of ~1.5 MB of source would cost start-up time).

/**
 * Compile and run the bundle.
 * @param {{ cache?: boolean, filename?: string }} [options] cache: false ignores the code cache (the build
 *   trains a new one); filename: the name stack traces give the bundle (the build trains under
 *   {@link TRAINED_NAME}: a script from a code cache keeps the name it was trained under)
 * @returns {{ cli: { main(): Promise<void>, run(argv: string[], io: object): Promise<number> }, script: import('node:vm').Script, cacheRejected: boolean | undefined } | undefined}
 *   undefined when the bundle is missing (not built yet)
 */
function loadBundle(options = {}) {
  let source;
  try {
    // The build writes the bundle in pure ASCII (it fails on anything else), so Latin-1 decodes it
    // exactly, by a plain copy into a one-byte string, from one read of the whole file. Reading it
    // as UTF-8 costs twice the time (validation, and Node.js 20 reads it 8 KB at a time).
    source = readFileSync(BUNDLE).toString('latin1');
  } catch (error) {
    if (error && error.code === 'ENOENT') return undefined;
    throw error;
  }
  let cachedData;
  if (options.cache !== false) {
    try {
      cachedData = readFileSync(CACHE);
    } catch {
      // No cache (deleted, or a build without one): compile as usual.
    }
  }
  const script = new vm.Script(source, { filename: options.filename ?? BUNDLE, cachedData });
  const bundle = { exports: {} };
  const importModule = (url) => import(url);
  script.runInThisContext()(bundle.exports, createRequire(BUNDLE), bundle, BUNDLE, DIST, pathToFileURL(BUNDLE).href, importModule);
  return { cli: bundle.exports, script, cacheRejected: cachedData ? script.cachedDataRejected : undefined };
}

/** Run the command line of this process: what `otvet …` does. */
function start() {
  const loaded = loadBundle();
  if (!loaded) {
    process.stderr.write('otvet is not built yet: run `pnpm build` in the repository root.\n');
    process.exitCode = 2;
  } else {
    if (process.env.TIMING && loaded.cacheRejected !== false) {
      process.stderr.write(`code cache: ${loaded.cacheRejected ? 'rejected by this Node.js (compiling the bundle)' : 'missing (compiling the bundle)'}\n`);
    }
    void loaded.cli.main();
  }
}

/**
 * The bundle's name in stack traces when it runs from the code cache: V8 keeps the name a cached
 * script was compiled under, so a cache trained under the build's own path would make every
 * installed copy's traces (the ones an internal error asks users to report) name a file on the
 * build machine. This name is the same everywhere and says which file of the package it is.
 */
const TRAINED_NAME = 'otvet/dist/otvet.cjs';

module.exports = { loadBundle, start, BUNDLE, CACHE, TRAINED_NAME };

if (require.main === module) start();
