#!/usr/bin/env node
// Build: regenerate the precompiled validators, docs/rules.md and the Russian word
// index (scripts/build-dictionary.mjs), then bundle the CLI into one ESM
// file (fast start-up for pre-commit hooks: one file to parse, no module graph).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyFileSync } from 'node:fs';
import { build } from 'esbuild';
import { yamlEsbuild } from './lib/yaml-plugin.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const script of ['gen-validators.mjs', 'gen-docs.mjs', 'build-dictionary.mjs']) execFileSync(process.execPath, [join(root, 'scripts', script)], { stdio: 'inherit' });

await build({
  entryPoints: [join(root, 'packages/cli/src/cli.ts')],
  outfile: join(root, 'packages/cli/dist/otvet.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [yamlEsbuild],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
// The spelling rule reads its word index from beside the bundle.
copyFileSync(join(root, 'packages/rules/data/ru-words.bin'), join(root, 'packages/cli/dist/ru-words.bin'));
console.log('built packages/cli/dist/otvet.js');
