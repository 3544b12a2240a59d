// Lets code import YAML data files (`import words from './words.yaml'`): the file is
// parsed at build time and inlined as a JSON value, for esbuild and for vitest.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

/**
 * @param {string} text
 * @param {string} file
 * @param {(data: unknown) => unknown} [transform] rewrites the parsed data before it is inlined
 */
export const yamlToModule = (text, file, transform = (data) => data) => {
  const data = parse(text, { prettyErrors: true, uniqueKeys: true });
  if (data === undefined) throw new Error(`${file}: empty YAML data file`);
  return `export default ${JSON.stringify(transform(data))};\n`;
};

/**
 * esbuild plugin.
 * @param {(data: unknown) => unknown} [transform] rewrites the parsed data of each file (the CLI
 *   bundle stores precomputed phrase index keys: packages/rules/src/lib/patterns/phrase-keys.ts)
 */
export const yamlEsbuildPlugin = (transform) => ({
  name: 'otvet-yaml-data',
  setup(build) {
    build.onLoad({ filter: /\.ya?ml$/ }, async (args) => ({ contents: yamlToModule(await readFile(args.path, 'utf8'), args.path, transform), loader: 'js' }));
  },
});

/** esbuild plugin that inlines the data as it is. */
export const yamlEsbuild = yamlEsbuildPlugin();

/** Vite/vitest plugin. */
export const yamlVite = {
  name: 'otvet-yaml-data',
  transform(code, id) {
    if (!/\.ya?ml$/.test(id)) return null;
    return { code: yamlToModule(code, id), map: null };
  },
};
