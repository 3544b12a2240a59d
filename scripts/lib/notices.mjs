// The third-party notices of the bundled CLI (packages/cli/dist/THIRD-PARTY-NOTICES.md): every
// npm package whose code esbuild put into the bundle or into its spreadsheet bundle
// (otvet-xlsx.cjs), with its version, declared licence and licence text, and the dictionaries
// whose data ships beside it. The bundles are published with their comments stripped, so these
// notices are how the licences of what they contain travel with them (the npm package `otvet`
// carries the file).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A file that holds a package's licence text: LICENSE, LICENCE, COPYING, with or without an extension. */
const LICENSE_FILE = /^(?:licen[cs]e|copying)(?:[.-].*)?$/i;

/**
 * The package directories of a bundle's inputs: `…/node_modules/<name>/…` or
 * `…/node_modules/@scope/<name>/…`, the innermost node_modules of each path.
 * @param {string[]} inputs input paths from esbuild's metafile, relative to the repository root
 * @returns {string[]} directories relative to the root, sorted, each once
 */
export function packageDirs(inputs) {
  const dirs = new Set();
  for (const input of inputs) {
    const at = input.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const rest = input.slice(at + 'node_modules/'.length).split('/');
    const name = rest[0].startsWith('@') ? rest.slice(0, 2).join('/') : rest[0];
    dirs.add(input.slice(0, at) + 'node_modules/' + name);
  }
  return [...dirs].sort();
}

/**
 * @param {string} dir absolute package directory
 * @returns {{ name: string, version: string, license: string, text: string | undefined, author: string | undefined }}
 */
function describe(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenseFile = readdirSync(dir).filter((name) => LICENSE_FILE.test(name)).sort()[0];
  const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name;
  const license = typeof manifest.license === 'string' ? manifest.license : manifest.license?.type ?? 'not declared';
  return { name: manifest.name, version: manifest.version, license, author, text: licenseFile ? readFileSync(join(dir, licenseFile), 'utf8').trim() : undefined };
}

/** A licence text as a Markdown block that no text can end early. */
function fenced(text) {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

/**
 * The notices of the packages in `dirs`, one section each (name@version, licence, its text).
 * @param {string} root repository root
 * @param {string[]} dirs package directories relative to the root
 * @returns {string[]} Markdown lines
 */
export function packageSections(root, dirs) {
  const sections = [];
  const seen = new Set();
  for (const pkg of dirs.map((dir) => describe(join(root, dir))).sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))) {
    const key = `${pkg.name}@${pkg.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sections.push(`### ${key}`, '', `Licence: ${pkg.license}${pkg.author ? `; author: ${pkg.author}` : ''}.`, '');
    sections.push(pkg.text ? fenced(pkg.text) : `(The package carries no licence file; its package.json declares ${pkg.license}.)`, '');
  }
  return sections;
}

/**
 * @param {string} root repository root
 * @param {string[]} inputs the bundle's input paths (esbuild metafile), relative to the root
 * @param {{ intro?: string, dictionaries?: boolean }} [options] another bundle's introduction; whether the dictionaries ship beside it (the CLI's do)
 * @returns {string} the notices, Markdown
 */
export function thirdPartyNotices(root, inputs, options = {}) {
  const sections = [
    '# Third-party notices',
    '',
    options.intro ?? "otvet's command line is one bundled file (`dist/otvet.cjs`), with code that only some commands load in files of its own beside it: the spreadsheet code (`dist/otvet-xlsx.cjs`, for .xlsx workbooks), the studio's server (`dist/otvet-studio.cjs`), the language server's libraries (`dist/otvet-lsp.cjs`, for `otvet lsp`), ajv (`dist/otvet-ajv.cjs`, for plugins whose rules have options) and the schemas of a config's data files (`dist/otvet-resources.cjs`). They contain code of the npm packages below, and two dictionaries ship beside them as indexes built from their data. Each is used under its own licence, reproduced here.",
    '',
  ];
  if (options.dictionaries !== false) sections.push(...dictionarySections(root));
  sections.push('## Code in the bundle', '');
  sections.push(...packageSections(root, packageDirs(inputs)));
  return sections.join('\n');
}

/** The dictionaries whose data ships beside the CLI's bundle. */
function dictionarySections(root) {
  const sections = ['## Dictionaries', ''];
  // The packages the build reads them from (scripts/build-dictionary.mjs, scripts/build-morph.mjs).
  const dictionary = describe(join(root, 'packages/rules/node_modules/dictionary-ru'));
  sections.push(
    `### ru_RU hunspell dictionary (\`dist/ru-words.bin\`)`,
    '',
    `The spelling rule's word index is built from npm \`${dictionary.name}\` ${dictionary.version}, licence ${dictionary.license}:`,
    '',
    fenced(dictionary.text ?? dictionary.license),
    '',
  );
  const az = describe(join(root, 'packages/morph/node_modules/az'));
  sections.push(
    '### OpenCorpora morphological dictionary (`dist/ru-morph.bin`)',
    '',
    'The grammar rules\' morphological index is built from the OpenCorpora dictionary (https://opencorpora.org) as compiled by pymorphy2 and distributed in npm `az`. `ru-morph.bin` is a derived work of that data and is distributed under the same licence, **Creative Commons Attribution-ShareAlike 3.0** (https://creativecommons.org/licenses/by-sa/3.0/), with this attribution:',
    '',
    `*OpenCorpora dictionary, © OpenCorpora contributors, CC BY-SA 3.0; compiled by pymorphy2 (MIT, © Mikhail Korobov) and distributed in Az.js (npm \`az\` ${az.version}, ${az.license}, © ${az.author ?? 'Denis Olshin'}).*`,
    '',
    'Anyone who redistributes `ru-morph.bin` must keep this attribution and the share-alike terms for that file. The rest of the package is not affected.',
    '',
  );
  return sections;
}
