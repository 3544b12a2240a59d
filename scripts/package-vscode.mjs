#!/usr/bin/env node
// Packages otvet's VS Code extension as a .vsix (`pnpm release:vsix` builds the CLI first):
//
//   extension/package.json        the extension's manifest (packages/vscode/package.json's
//                                 `vscode` section, with the version and description)
//   extension/dist/extension.cjs  the client (packages/vscode/src), vscode-languageclient bundled
//   extension/server/…            the npm package `otvet` (scripts/release-pack.mjs): the server
//                                 the extension runs when the workspace installs no otvet
//   extension/README.md, LICENSE.md, THIRD-PARTY-NOTICES.md
//
// vsce (the VS Code extension manager) writes the .vsix itself; nothing is fetched.
// Usage: node scripts/package-vscode.mjs [--out-dir DIR]   (default: dist/ in the repository root)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { thirdPartyNotices } from './lib/notices.mjs';
import { missingFiles, stagePackage } from './release-pack.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'packages/vscode');

/** The extension's package.json, as VS Code reads it. */
export function extensionManifest() {
  const pkg = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  return {
    ...pkg.vscode,
    version: pkg.version,
    description: pkg.description,
    license: 'SEE LICENSE IN LICENSE.md',
    main: './dist/extension.cjs',
  };
}

/**
 * The README as the marketplace and VS Code show it, outside the repository: a link to a file
 * of the repository becomes its text and the file's path there.
 */
export function standaloneReadme(text) {
  return text.replace(/\[([^\]]+)\]\((?!https?:|#)([^)]+)\)/g, (_, label, target) => {
    const path = target.replace(/^(\.\.\/)+/, '');
    return label === path ? `${label} (in otvet's repository)` : `${label} (${path} in otvet's repository)`;
  });
}

/**
 * Write the .vsix into `outDir`.
 * @returns {string} its path
 */
export async function packageExtension(outDir) {
  const stage = mkdtempSync(join(tmpdir(), 'otvet-vsix-'));
  try {
    const bundled = await build({
      entryPoints: [join(source, 'src/extension.ts')],
      outfile: join(stage, 'dist/extension.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      external: ['vscode'],
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
      metafile: true,
      absWorkingDir: root,
    });
    stagePackage(join(stage, 'server'), { api: false });
    const manifest = extensionManifest();
    writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    writeFileSync(join(stage, 'README.md'), standaloneReadme(readFileSync(join(source, 'README.md'), 'utf8')));
    copyFileSync(join(root, 'packages/cli/LICENSE.md'), join(stage, 'LICENSE.md'));
    writeFileSync(join(stage, 'THIRD-PARTY-NOTICES.md'), thirdPartyNotices(root, Object.keys(bundled.metafile.inputs)));
    // vsce takes the files to pack from .vscodeignore: everything staged goes in.
    writeFileSync(join(stage, '.vscodeignore'), '');
    mkdirSync(outDir, { recursive: true });
    const out = join(outDir, `${manifest.name}-${manifest.version}.vsix`);
    const vsce = join(dirname(createRequire(join(source, 'package.json')).resolve('@vscode/vsce/package.json')), 'vsce');
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], { cwd: stage, stdio: ['ignore', 'pipe', 'pipe'] });
    return out;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

async function main() {
  const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
  const missing = missingFiles();
  if (missing.length) {
    process.stderr.write(`package-vscode: missing ${missing.join(', ')}: run \`pnpm build\` first.\n`);
    process.exit(2);
  }
  try {
    const out = await packageExtension(resolve(values['out-dir'] ?? join(root, 'dist')));
    process.stdout.write(`${out}\n`);
  } catch (error) {
    const detail = error && typeof error === 'object' && 'stderr' in error && error.stderr ? String(error.stderr).trim() : error instanceof Error ? error.message : String(error);
    process.stderr.write(`package-vscode: ${detail}\n`);
    process.exitCode = 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
