// Lets code import YAML data files (`import words from './words.yaml'`): the file is
// parsed at build time and inlined as a JSON value, for esbuild and for vitest.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

export const yamlToModule = (text, file) => {
  const data = parse(text, { prettyErrors: true, uniqueKeys: true });
  if (data === undefined) throw new Error(`${file}: empty YAML data file`);
  return `export default ${JSON.stringify(data)};\n`;
};

/** esbuild plugin. */
export const yamlEsbuild = {
  name: 'otvet-yaml-data',
  setup(build) {
    build.onLoad({ filter: /\.ya?ml$/ }, async (args) => ({ contents: yamlToModule(await readFile(args.path, 'utf8'), args.path), loader: 'js' }));
  },
};

/** Vite/vitest plugin. */
export const yamlVite = {
  name: 'otvet-yaml-data',
  transform(code, id) {
    if (!/\.ya?ml$/.test(id)) return null;
    return { code: yamlToModule(code, id), map: null };
  },
};
