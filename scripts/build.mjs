#!/usr/bin/env node
// Build: generate the Unicode ranges and the precompiled validators (scripts/lib/generate.mjs;
// not committed), regenerate docs/rules.md, the Russian word index (scripts/build-dictionary.mjs) and the
// morphological index (scripts/build-morph.mjs), bundle the CLI into one CommonJS file (and its
// spreadsheet code into a second one, loaded only by the commands that write or read .xlsx), then
// train its V8 code cache. Start-up matters (pre-commit hooks): one file to read, no module graph to
// resolve, and bytecode from the cache instead of compiling ~800 KB of JavaScript each time.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { yamlEsbuildPlugin } from './lib/yaml-plugin.mjs';
import { generateSources } from './lib/generate.mjs';
import { importSource } from './lib/catalog.mjs';
import { trainCodeCache } from './lib/train-code-cache.mjs';
import { asciiBundle } from './lib/ascii-bundle.mjs';
import { thirdPartyNotices } from './lib/notices.mjs';

// `--readable`: no minification, for reading CPU profiles (`node --cpu-prof`) of the CLI.
const readable = process.argv.includes('--readable');
/** commander's `require('node:child_process')` gets the lazy stand-in of scripts/lib/lazy-child-process.cjs. */
const lazyChildProcess = {
  name: 'otvet-lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: join(root, 'scripts/lib/lazy-child-process.cjs') } : undefined);
  },
};

/**
 * fdir (tinyglobby's directory walker) tries, when it loads, `require("picomatch")` through
 * `createRequire`, which esbuild cannot follow: every start would resolve and compile picomatch
 * from node_modules at run time (or search for it in vain in an installed package), ~1 % of a start,
 * for its own `glob()` API, which tinyglobby never calls (it matches with the bundled picomatch).
 * The bundle's copy of fdir starts without it.
 */
const FDIR_OPTIONAL_PICOMATCH = /try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/;
const fdirWithoutRuntimeRequire = {
  name: 'otvet-fdir-without-runtime-require',
  setup(b) {
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      // A new fdir that changed the block fails the build instead of slowing every start again.
      if (!FDIR_OPTIONAL_PICOMATCH.test(source)) throw new Error(`${args.path}: fdir's optional require("picomatch") changed; update scripts/build.mjs`);
      return { contents: source.replace(FDIR_OPTIONAL_PICOMATCH, ''), loader: 'js' };
    });
  },
};

/**
 * The spreadsheet code (`@otvet/core/xlsx`: write-excel-file, read-excel-file) stays out of the
 * CLI's bundle: some 110 KB that a lint would read and compile on every start for nothing. The
 * bundle requires it from beside itself (`dist/otvet-xlsx.cjs`, built below) when a command that
 * writes or reads a workbook runs; the bin's `require` resolves from the bundle's directory.
 */
const XLSX_BUNDLE = 'otvet-xlsx.cjs';
const separateXlsx = {
  name: 'otvet-separate-xlsx',
  setup(b) {
    b.onResolve({ filter: /^@otvet\/core\/xlsx$/ }, () => ({ path: `./${XLSX_BUNDLE}`, external: true }));
  },
};

/**
 * The studio (`otvet studio`, packages/studio) stays out of the CLI's bundle too: its server is
 * `dist/otvet-studio.cjs`, which the bundle requires only when the command runs (it gets the
 * engine from the bundle, see packages/cli/src/commands/studio.ts), and its front end is static
 * files in `dist/studio/` (Preact and CodeMirror, built for the browser) that the server serves.
 */
const STUDIO_BUNDLE = 'otvet-studio.cjs';
const separateStudio = {
  name: 'otvet-separate-studio',
  setup(b) {
    b.onResolve({ filter: /^@otvet\/studio\/server$/ }, () => ({ path: `./${STUDIO_BUNDLE}`, external: true }));
  },
};

/**
 * Code that no lint runs stays out of the CLI's bundle too, each piece in a file of its own beside
 * it that the bundle requires when a command needs it: every start would otherwise read some
 * 600 KB more (the bundle is read whole, and V8 keeps a stub of each of its functions).
 *   otvet-lsp.cjs        the language server's libraries (vscode-languageserver), for `otvet lsp`;
 *   otvet-ajv.cjs        ajv, for a config's plugin whose rules have options;
 *   otvet-resources.cjs  the compiled schemas of a config's phrasebooks and dictionaries.
 * `import` is the specifier the sources use, `entry` what the file is built from.
 */
const LAZY_BUNDLES = [
  { file: 'otvet-lsp.cjs', importer: /[\\/]packages[\\/]cli[\\/]src[\\/]lsp[\\/]server\.ts$/, import: './libraries.js', entry: 'packages/cli/src/lsp/libraries.ts' },
  { file: 'otvet-ajv.cjs', importer: /[\\/]packages[\\/]cli[\\/]src[\\/]schema-compiler\.ts$/, import: 'ajv', entry: 'packages/cli/node_modules/ajv/dist/ajv.js' },
  { file: 'otvet-resources.cjs', importer: /[\\/]packages[\\/]rules[\\/]src[\\/]resource-validators\.ts$/, import: './generated/resources.js', entry: 'packages/rules/src/generated/resources.js' },
];
const separateLazy = {
  name: 'otvet-separate-lazy',
  setup(b) {
    for (const lazy of LAZY_BUNDLES) {
      const specifier = new RegExp(`^${lazy.import.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
      b.onResolve({ filter: specifier }, (args) => (lazy.importer.test(args.importer) ? { path: `./${lazy.file}`, external: true } : undefined));
    }
  },
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
generateSources(root);
for (const script of ['gen-docs.mjs', 'build-dictionary.mjs', 'build-morph.mjs']) execFileSync(process.execPath, [join(root, 'scripts', script)], { stdio: 'inherit' });

const dist = join(root, 'packages/cli/dist');
mkdirSync(dist, { recursive: true });
// Outputs of earlier builds (a stale cache would only be rejected, but leave nothing behind).
for (const name of readdirSync(dist)) if (/\.(?:c?js|cache)$|^chunks$|^studio$|^otvet-.*\.json$/.test(name)) rmSync(join(dist, name), { recursive: true });

// Phrase data files get their phrase index keys precomputed (packages/rules/src/lib/patterns/phrase-keys.ts).
const { withPhraseKeys } = await importSource(root, 'packages/rules/src/lib/patterns/phrase-keys.ts');
// The phrasebook's explanations go to a file of their own beside the bundle, read on the first
// calque found (packages/rules/src/tone-calque/why.ts, read back by whyOf in ./index.ts).
const { splitWhy, WHY_FILE } = await importSource(root, 'packages/rules/src/tone-calque/why.ts');
/** The explanations taken out of the built-in phrasebook, to write as WHY_FILE. */
let whyTexts;
const withoutWhy = (data) => {
  const { data: out, texts } = splitWhy(data);
  if (texts) {
    if (whyTexts) throw new Error('two phrasebooks in the bundle: WHY_FILE holds the explanations of one');
    whyTexts = texts;
  }
  return out;
};

/**
 * Keys of rule data that no lint reads: `examples` and `counterexamples` are test cases (run by
 * each rule's tests against the sources), a third of the data's size; `description` and `note`
 * are documentation for whoever edits the file (`test/bundle-parity.test.ts` checks that the
 * bundle reports what the sources do).
 */
const UNREAD_KEYS = new Set(['examples', 'counterexamples', 'description', 'note']);

/** Rule data without its {@link UNREAD_KEYS}: less to read, deserialise and keep on every start. */
function withoutExamples(data) {
  if (Array.isArray(data)) return data.map(withoutExamples);
  if (typeof data !== 'object' || data === null) return data;
  return Object.fromEntries(Object.entries(data).filter(([key]) => !UNREAD_KEYS.has(key)).map(([key, value]) => [key, withoutExamples(value)]));
}

/** What every bundle of the build shares: one CommonJS file for Node.js 20. */
const nodeBundle = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: !readable,
  legalComments: 'none',
  // Pure ASCII, non-ASCII letters as \u escapes (ascii-bundle.mjs does the regexes esbuild
  // leaves): Node.js reads an ASCII file into a one-byte string at memory speed, but decodes
  // UTF-8 character by character, some 5 ms of every start for 1.3 MB.
  charset: 'ascii',
  logLevel: 'warning',
  absWorkingDir: root,
};

const bundled = await build({
  ...nodeBundle,
  entryPoints: [join(root, 'packages/cli/src/cli.ts')],
  outfile: join(dist, 'otvet.cjs'),
  // The inputs, for the third-party notices below.
  metafile: true,
  plugins: [yamlEsbuildPlugin((data) => withoutWhy(withoutExamples(withPhraseKeys(data)))), lazyChildProcess, fdirWithoutRuntimeRequire, separateXlsx, separateStudio, separateLazy],
  // The bin compiles the file as it is, a function that it calls with the CommonJS module
  // arguments and the bundle's URL (`import.meta.url` in the sources): no wrapping copy of the
  // source at start-up (packages/cli/bin/otvet.cjs). It also passes `__otvet_import`, the `import()`
  // of a real module, for the plugins of a config (packages/cli/src/plugins.ts).
  define: { 'import.meta.url': '__otvet_url' },
  // Run by Node.js itself (`node dist/otvet.cjs lint`, as if it were the command), the file would
  // only evaluate the function and exit 0 having checked nothing: the first line sees that it is
  // the main module and starts the bin instead. In the bin's vm.Script there is no `module`.
  banner: { js: `(typeof module === 'object' && typeof require === 'function' && require.main === module && void require('../bin/otvet.cjs').start()) || (function (exports, require, module, __filename, __dirname, __otvet_url, __otvet_import) {` },
  footer: { js: '})' },
});
if (!whyTexts) throw new Error('the bundle has no phrasebook: splitWhy found nothing to take out');
writeFileSync(join(dist, WHY_FILE), `${JSON.stringify(whyTexts)}\n`);
// What esbuild leaves unescaped (regex literals, String.raw regex sources), escaped.
writeFileSync(join(dist, 'otvet.cjs'), asciiBundle(readFileSync(join(dist, 'otvet.cjs'), 'utf8'), { strict: !readable }));
// The spreadsheet code, a plain CommonJS module (Node.js loads it as any other; no code cache).
const xlsxBundle = await build({ ...nodeBundle, entryPoints: [join(root, 'packages/core/src/xlsx.ts')], outfile: join(dist, XLSX_BUNDLE), metafile: true });
// The code no lint runs (LAZY_BUNDLES), each a plain CommonJS module (no code cache).
const lazyBundles = [];
for (const lazy of LAZY_BUNDLES) {
  lazyBundles.push(await build({ ...nodeBundle, entryPoints: [join(root, lazy.entry)], outfile: join(dist, lazy.file), metafile: true }));
  writeFileSync(join(dist, lazy.file), asciiBundle(readFileSync(join(dist, lazy.file), 'utf8'), { strict: !readable }));
  // Nothing of it may stay in the bundle as well.
  if (!readFileSync(join(dist, 'otvet.cjs'), 'latin1').includes(`require("./${lazy.file}")`)) throw new Error(`the bundle does not require ./${lazy.file}: its import is not where LAZY_BUNDLES says`);
}
// The studio's server (node:http; the engine comes from the bundle) and its front end (browser).
const studioBundle = await build({ ...nodeBundle, entryPoints: [join(root, 'packages/studio/src/server/index.ts')], outfile: join(dist, STUDIO_BUNDLE), metafile: true });
const studioApp = await build({
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: ['chrome110', 'firefox115', 'safari16'],
  minify: !readable,
  legalComments: 'none',
  charset: 'utf8',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'warning',
  absWorkingDir: root,
  entryPoints: { app: join(root, 'packages/studio/src/app/main.tsx'), 'app-style': join(root, 'packages/studio/src/app/styles.css') },
  outdir: join(dist, 'studio'),
  metafile: true,
});
renameSync(join(dist, 'studio', 'app-style.css'), join(dist, 'studio', 'app.css'));
copyFileSync(join(root, 'packages/studio/src/app/index.html'), join(dist, 'studio', 'index.html'));
// The spelling rule reads its word index, and the analyser its morphological index, from beside the bundle.
copyFileSync(join(root, 'packages/rules/data/ru-words.bin'), join(dist, 'ru-words.bin'));
copyFileSync(join(root, 'packages/morph/data/ru-morph.bin'), join(dist, 'ru-morph.bin'));
// The GitHub Action's script (packages/action): one CommonJS file that the release branch carries
// as action/action.cjs beside action.yml. It runs otvet's bin; none of the CLI is in it.
await build({ ...nodeBundle, entryPoints: [join(root, 'packages/action/src/main.ts')], outfile: join(root, 'packages/action/dist/action.cjs') });
// The licences of the packages in the bundle and of the dictionaries' data, which travel with it.
writeFileSync(join(dist, 'THIRD-PARTY-NOTICES.md'), thirdPartyNotices(root, [...Object.keys(bundled.metafile.inputs), ...Object.keys(xlsxBundle.metafile.inputs), ...lazyBundles.flatMap((b) => Object.keys(b.metafile.inputs)), ...Object.keys(studioBundle.metafile.inputs), ...Object.keys(studioApp.metafile.inputs)]));
// What this build is, for the lint cache (`lint --cache`): results cached by another build are
// not used. The digest of everything a lint's results depend on besides its inputs.
const buildDigest = createHash('sha256');
for (const name of ['otvet.cjs', 'otvet-resources.cjs', WHY_FILE, 'ru-words.bin', 'ru-morph.bin']) buildDigest.update(readFileSync(join(dist, name)));
writeFileSync(join(dist, 'build-id'), `${buildDigest.digest('hex')}\n`);

// The code cache: the bundle runs on representative inputs first, so that the functions a lint
// uses are compiled and go into the cache (V8 compiles functions lazily, on first call).
const cache = await trainCodeCache(root);
const tmp = join(dist, `.otvet.cjs.cache.${process.pid}`);
writeFileSync(tmp, cache);
renameSync(tmp, join(dist, 'otvet.cjs.cache'));
console.log(`built packages/cli/dist/otvet.cjs (code cache ${(cache.length / 1024).toFixed(0)} KB)`);
