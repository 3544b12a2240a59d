// Loads the rule catalog (TypeScript sources) for build scripts, through esbuild.
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { yamlEsbuild } from './yaml-plugin.mjs';

export async function loadRules(root) {
  const tmp = join(tmpdir(), `otvet-catalog-${process.pid}-${Date.now()}`);
  mkdirSync(tmp, { recursive: true });
  try {
    const out = join(tmp, 'rules.mjs');
    await build({
      entryPoints: [join(root, 'packages/rules/src/catalog.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'error',
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      alias: { '@otvet/core': join(root, 'packages/core/src/index.ts') },
      plugins: [yamlEsbuild],
    });
    const { rules } = await import(pathToFileURL(out).href);
    return [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Write a generated file, or with `check` only record that it is stale. */
export function makeEmitter(root, check, fs) {
  const stale = [];
  const emit = (path, content) => {
    const abs = join(root, path);
    let old = null;
    try {
      old = fs.readFileSync(abs, 'utf8');
    } catch {}
    if (old === content) return;
    if (check) {
      stale.push(path);
      return;
    }
    fs.mkdirSync(join(abs, '..'), { recursive: true });
    fs.writeFileSync(abs, content);
    console.log(`wrote ${path}`);
  };
  return { emit, stale };
}
