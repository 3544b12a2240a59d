#!/usr/bin/env node
// Writes the npm package `otvet` as a tarball (`pnpm release:pack` builds first):
//
//   bin/otvet.cjs                 the command (loads the bundle with its code cache)
//   bin/lint-worker.cjs           a thread of `lint --concurrency` (loads the bundle as the command does)
//   dist/otvet.cjs                the whole CLI, every workspace package and dependency bundled
//   dist/otvet.cjs.cache          its V8 code cache
//   dist/otvet-xlsx.cjs           the spreadsheet code (`pack --xlsx`, the glossary's .xlsx import
//                                 and export), which the bundle loads only for them
//   dist/otvet-studio.cjs         the server of `otvet studio`, which the bundle loads only for it
//   dist/otvet-lsp.cjs            the language server's libraries, loaded only by `otvet lsp`
//   dist/otvet-ajv.cjs            ajv, loaded only for a plugin whose rules have options
//   dist/otvet-resources.cjs      the schemas of a config's phrasebooks and dictionaries, loaded
//                                 only when a config names such files
//   dist/otvet-calque-why.json    the explanations of the built-in phrasebook's calques, read on
//                                 the first calque found
//   dist/studio/*                 the studio's front end (static files the server serves)
//   dist/ru-words.bin             the spelling rule's word index
//   dist/ru-morph.bin             the morphological index of the grammar rules (CC BY-SA 3.0)
//   dist/build-id                 what this build is (the lint cache's key)
//   schema/*.schema.json          JSON Schemas of the config, templates, glossary, phrasebooks
//                                 and the JSON report, for editors (yaml-language-server)
//   docs/rules/<id>.md            each rule's README (what `otvet lsp` links its hovers to)
//   dist/api.{mjs,cjs,d.ts}       the module a plugin imports: defineRule, definePlugin, types
//   README.md, LICENSE.md, THIRD-PARTY-NOTICES.md
//
// and beside it the package `@otvet/test-kit` (scripts/lib/public-api.mjs), the rule tester a
// plugin's own tests use, at the same version.
//
// The package has no dependencies: nothing is fetched when it is installed, and
// `npm install ./otvet-<version>.tgz` works offline. Its package.json is written here from
// packages/cli/package.json (name, version, description) without the workspace's dependencies,
// which are all inside the bundle.
//
// Usage: node scripts/release-pack.mjs [--out-dir DIR]   (default: dist/ in the repository root)
// Prints each tarball's path; exit 2 when the CLI is not built or the package cannot be written.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { apiNotices, stageApi, stageTestKit } from './lib/public-api.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages/cli');

/** What the package holds, from the repository: [path in the package, path in the repository]. */
export const PACKAGE_FILES = [
  ['bin/otvet.cjs', 'packages/cli/bin/otvet.cjs'],
  ['bin/lint-worker.cjs', 'packages/cli/bin/lint-worker.cjs'],
  ['dist/otvet.cjs', 'packages/cli/dist/otvet.cjs'],
  ['dist/otvet.cjs.cache', 'packages/cli/dist/otvet.cjs.cache'],
  ['dist/otvet-xlsx.cjs', 'packages/cli/dist/otvet-xlsx.cjs'],
  ['dist/otvet-studio.cjs', 'packages/cli/dist/otvet-studio.cjs'],
  ['dist/otvet-lsp.cjs', 'packages/cli/dist/otvet-lsp.cjs'],
  ['dist/otvet-ajv.cjs', 'packages/cli/dist/otvet-ajv.cjs'],
  ['dist/otvet-resources.cjs', 'packages/cli/dist/otvet-resources.cjs'],
  ['dist/otvet-calque-why.json', 'packages/cli/dist/otvet-calque-why.json'],
  ['dist/studio/index.html', 'packages/cli/dist/studio/index.html'],
  ['dist/studio/app.js', 'packages/cli/dist/studio/app.js'],
  ['dist/studio/app.css', 'packages/cli/dist/studio/app.css'],
  ['dist/ru-words.bin', 'packages/cli/dist/ru-words.bin'],
  ['dist/ru-morph.bin', 'packages/cli/dist/ru-morph.bin'],
  ['dist/build-id', 'packages/cli/dist/build-id'],
  ['THIRD-PARTY-NOTICES.md', 'packages/cli/dist/THIRD-PARTY-NOTICES.md'],
  ['README.md', 'packages/cli/README.md'],
  ['LICENSE.md', 'packages/cli/LICENSE.md'],
  ['schema/otvet.config.schema.json', 'packages/rules/schema/otvet.config.schema.json'],
  ['schema/templates.schema.json', 'packages/core/schema/templates.schema.json'],
  ['schema/glossary.schema.json', 'packages/glossary/schema/glossary.schema.json'],
  ['schema/phrasebook.schema.json', 'packages/rules/schema/phrasebook.schema.json'],
  ['schema/report.schema.json', 'packages/cli/schema/report.schema.json'],
];

// Each rule's README as docs/rules/<id>.md: the language server links its hovers and
// diagnostics to them, offline.
const rulesDir = join(root, 'packages/rules/src');
for (const id of readdirSync(rulesDir).sort()) {
  if (existsSync(join(rulesDir, id, 'index.ts')) && existsSync(join(rulesDir, id, 'README.md'))) PACKAGE_FILES.push([`docs/rules/${id}.md`, `packages/rules/src/${id}/README.md`]);
}

/** The package's package.json: the CLI's name, version and description, and nothing to install. */
export function packageManifest() {
  const source = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8'));
  const workspace = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return {
    name: source.name,
    version: source.version,
    description: source.description,
    keywords: ['ozon', 'marketplace', 'russian', 'linter', 'reply-templates', 'chat', 'translation', 'i18n', 'cli'],
    license: 'SEE LICENSE IN LICENSE.md',
    bin: { otvet: 'bin/otvet.cjs' },
    // The schemas are files to point editors at; `require.resolve('otvet/schema/…')` finds them.
    exports: { './package.json': './package.json', './schema/*': './schema/*' },
    files: ['bin/', 'dist/', 'docs/', 'schema/', 'THIRD-PARTY-NOTICES.md'],
    engines: workspace.engines,
  };
}

/** The repository files the package needs that are missing (the CLI is not built), if any. */
export const missingFiles = () => [...PACKAGE_FILES, ...RELEASE_FILES].filter(([, from]) => !existsSync(join(root, from))).map(([, from]) => from);

/**
 * Write the package's files and its package.json into `dir` (an empty directory).
 * @param {{ api?: boolean }} [options] api: false leaves out the plugin API (the VS Code
 *   extension's server: a workspace's plugins import the workspace's own otvet)
 */
export function stagePackage(dir, options = {}) {
  for (const [to, from] of PACKAGE_FILES) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    copyFileSync(join(root, from), join(dir, to));
  }
  const manifest = packageManifest();
  if (options.api === false) {
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    return;
  }
  // The module plugins import (`import { defineRule, definePlugin } from 'otvet'`) and its types.
  const api = stageApi(dir);
  manifest.exports = { ...api, ...manifest.exports };
  manifest.types = api['.'].types;
  writeFileSync(join(dir, 'THIRD-PARTY-NOTICES.md'), readFileSync(join(dir, 'THIRD-PARTY-NOTICES.md'), 'utf8') + apiNotices() + '\n');
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
}

/** npm's tarball of the package staged in `stage`, written to `outDir`; a line that says what it holds. */
function npmPack(stage, outDir) {
  // npm writes the tarball (its own format and file modes): no scripts run, nothing is fetched.
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', outDir], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [packed] = JSON.parse(output);
  const tarball = join(outDir, packed.filename);
  const shown = relative(process.cwd(), tarball);
  return `${shown.startsWith('..') || isAbsolute(shown) ? tarball : shown}: ${packed.name}@${packed.version}, ${packed.entryCount} files, ${(packed.size / 1048576).toFixed(1)} MB (${(packed.unpackedSize / 1048576).toFixed(1)} MB unpacked)\n`;
}

/**
 * What the release branch (scripts/release-branch.mjs) carries besides the package: the hook
 * definition of the pre-commit framework and the GitHub Action with its script.
 */
export const RELEASE_FILES = [
  ['.pre-commit-hooks.yaml', 'packages/cli/pre-commit-hooks.yaml'],
  ['action.yml', 'packages/action/action.yml'],
  ['action/action.cjs', 'packages/action/dist/action.cjs'],
];

/** Write the release branch's tree into `dir` (an empty directory): the package and RELEASE_FILES. */
export function stageRelease(dir) {
  stagePackage(dir);
  for (const [to, from] of RELEASE_FILES) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    copyFileSync(join(root, from), join(dir, to));
  }
}

function main() {
  const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
  const outDir = resolve(values['out-dir'] ?? join(root, 'dist'));
  const missing = missingFiles();
  if (missing.length) {
    process.stderr.write(`release-pack: missing ${missing.join(', ')}: run \`pnpm build\` first.\n`);
    process.exit(2);
  }
  const stage = mkdtempSync(join(tmpdir(), 'otvet-package-'));
  const kit = mkdtempSync(join(tmpdir(), 'otvet-test-kit-'));
  try {
    stagePackage(stage);
    // The rule tester for plugins, released with otvet at the same version.
    const manifest = packageManifest();
    stageTestKit(kit, manifest.version, manifest.engines);
    mkdirSync(outDir, { recursive: true });
    process.stdout.write(npmPack(stage, outDir) + npmPack(kit, outDir));
  } catch (error) {
    process.stderr.write(`release-pack: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  } finally {
    rmSync(stage, { recursive: true, force: true });
    rmSync(kit, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
