/**
 * Which otvet the extension runs (`otvet lsp --stdio`): the one the workspace folder installs
 * (`node_modules/otvet`, in the folder or a directory above it, as Node.js resolves packages),
 * so that the editor checks with the version CI uses; a path the user set (`otvet.path`); or the
 * one bundled in the extension. In a workspace VS Code does not trust (Restricted Mode), always
 * the bundled one, and the server loads no plugins: nothing of the workspace's code runs.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export interface ServerChoice {
  /** The bin to run (bin/otvet.cjs of a package). */
  bin: string;
  source: 'setting' | 'workspace' | 'bundled';
}

/**
 * @param folder the workspace folder's path, if any
 * @param setting the `otvet.path` setting: a package directory or its bin, relative to the folder
 * @param bundled the extension's own copy (bin/otvet.cjs)
 * @param trusted whether VS Code trusts the workspace (Restricted Mode: it does not)
 */
export function chooseServer(folder: string | undefined, setting: string | undefined, bundled: string, trusted = true): ServerChoice {
  // A workspace VS Code does not trust runs none of its code: not its otvet, not its plugins.
  if (!trusted) return { bin: bundled, source: 'bundled' };
  if (setting) {
    const path = isAbsolute(setting) || !folder ? resolve(setting) : resolve(folder, setting);
    const bin = path.endsWith('.cjs') || path.endsWith('.js') ? path : join(path, 'bin', 'otvet.cjs');
    if (existsSync(bin)) return { bin, source: 'setting' };
  }
  for (let dir = folder; dir; dir = dirname(dir) === dir ? undefined : dirname(dir)) {
    const bin = join(dir, 'node_modules', 'otvet', 'bin', 'otvet.cjs');
    if (existsSync(bin)) return { bin, source: 'workspace' };
  }
  return { bin: bundled, source: 'bundled' };
}

/** The arguments of the server process after the bin. */
export function serverArgs(lang: string | undefined): string[] {
  return ['lsp', '--stdio', ...(lang && ['zh', 'en', 'ru'].includes(lang) ? ['--lang', lang] : [])];
}
