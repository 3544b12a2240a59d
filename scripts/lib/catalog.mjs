// Loads TypeScript sources (the rule catalog, build steps) for build scripts, through esbuild.
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { yamlEsbuild } from './yaml-plugin.mjs';

/**
 * Import a TypeScript module of the sources (bundled by esbuild into a temporary ES module).
 * @param {string} root repository root
 * @param {string} entry path of the module, from the root
 */
export async function importSource(root, entry) {
  const tmp = join(tmpdir(), `otvet-source-${process.pid}-${Date.now()}`);
  mkdirSync(tmp, { recursive: true });
  try {
    const out = join(tmp, 'module.mjs');
    await build({
      entryPoints: [join(root, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'error',
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      alias: { '@otvet/core': join(root, 'packages/core/src/index.ts') },
      plugins: [yamlEsbuild],
    });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function loadRules(root) {
  const { rules } = await importSource(root, 'packages/rules/src/catalog.ts');
  return [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
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
