// What otvet offers to code outside it, written when a release is packed (scripts/release-pack.mjs):
//
// - in the package `otvet`: `dist/api.mjs`, `dist/api.cjs` and `dist/api.d.ts`, the module a
//   team's plugin imports (`import { defineRule, definePlugin } from 'otvet'`), from
//   packages/core/src/api.ts; `defineRule` and `definePlugin` only check what they are given,
//   so these files are small, and the CLI's bundle never loads them;
// - the package `@otvet/test-kit`: the rule tester that otvet's own rules are tested with
//   (packages/test-kit/src/public.ts: what a plugin's tests need), one ES module with the engine
//   inside and vitest as a peer, and its types.
//
// The type declarations are bundled by dts-bundle-generator, the types of the syntax tree a rule
// may walk (nlcst, unist) inlined, so neither package needs another to type-check.
import { buildSync } from 'esbuild';
import { generateDtsBundle } from 'dts-bundle-generator';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageSections, thirdPartyNotices } from './notices.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const API = 'packages/core/src/api.ts';
const TEST_KIT = 'packages/test-kit/src/public.ts';
/** Packages whose type declarations the bundled `.d.ts` files carry (the syntax tree a rule may walk). */
const INLINED_TYPES = ['nlcst', 'unist'];
const TYPE_PACKAGES = ['packages/core/node_modules/@types/nlcst', 'packages/core/node_modules/@types/unist'];

/**
 * One `.d.ts` for an entry point, with the types of the packages above inlined. The workspace's
 * packages are compiled from their sources (a tsconfig that maps `@otvet/core` to them: through
 * node_modules they would be a library's `.ts` files, which the compiler does not compile).
 */
function declarations(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'otvet-dts-'));
  try {
    const tsconfig = join(dir, 'tsconfig.json');
    writeFileSync(
      tsconfig,
      JSON.stringify({
        extends: join(root, 'tsconfig.json'),
        compilerOptions: { typeRoots: [join(root, 'node_modules/@types')], paths: { '@otvet/core': [join(root, 'packages/core/src/index.ts')] } },
        include: [],
        files: [join(root, entry)],
      }),
    );
    const [text] = generateDtsBundle([{ filePath: join(root, entry), libraries: { inlinedLibraries: INLINED_TYPES }, output: { noBanner: true, exportReferencedTypes: false } }], { preferredConfigPath: tsconfig });
    return `// Generated from otvet's sources when the package was packed.\n${text}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const common = { bundle: true, platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning', absWorkingDir: root, write: false };

/** Write `text` to `path`, making its directory. */
function put(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/**
 * The plugin API into a staged `otvet` package (`dir`): its files, and what its package.json
 * exports for them.
 */
export function stageApi(dir) {
  for (const format of ['esm', 'cjs']) {
    const [out] = buildSync({ ...common, entryPoints: [join(root, API)], format, outfile: join(dir, 'dist', `api.${format === 'esm' ? 'mjs' : 'cjs'}`) }).outputFiles;
    put(out.path, out.contents);
  }
  put(join(dir, 'dist/api.d.ts'), declarations(API));
  return {
    '.': { types: './dist/api.d.ts', import: './dist/api.mjs', require: './dist/api.cjs' },
  };
}

/** The notices' part for the type declarations that `dist/api.d.ts` carries. */
export function apiNotices() {
  return ['', '## Type declarations in `dist/api.d.ts`', '', 'The declarations of the syntax tree a rule may walk are copied from these packages:', '', ...packageSections(root, TYPE_PACKAGES)].join('\n');
}

/**
 * The package `@otvet/test-kit` staged into `dir` (an empty directory), at `version` (otvet's:
 * the two are released together).
 */
export function stageTestKit(dir, version, engines) {
  const built = buildSync({
    ...common,
    entryPoints: [join(root, TEST_KIT)],
    format: 'esm',
    outfile: join(dir, 'dist/index.js'),
    // vitest is the test runner of the project that uses the kit: its own copy, not one inside.
    external: ['vitest'],
    metafile: true,
    // Bundled CommonJS (ajv) calls `require`; an ES module has none of its own.
    banner: { js: "import { createRequire as __otvetCreateRequire } from 'node:module';\nconst require = __otvetCreateRequire(import.meta.url);" },
  });
  const [out] = built.outputFiles;
  put(out.path, out.contents);
  put(join(dir, 'dist/index.d.ts'), declarations(TEST_KIT));
  const intro =
    "`@otvet/test-kit` is one bundled file (`dist/index.js`) with otvet's lint engine inside. It contains code of the npm packages below, each used under its own licence, reproduced here; `dist/index.d.ts` copies type declarations from the packages listed last.";
  put(join(dir, 'THIRD-PARTY-NOTICES.md'), `${thirdPartyNotices(root, Object.keys(built.metafile.inputs), { intro, dictionaries: false })}\n\n## Type declarations in \`dist/index.d.ts\`\n\n${packageSections(root, TYPE_PACKAGES).join('\n')}`);
  copyFileSync(join(root, 'packages/test-kit/README.md'), join(dir, 'README.md'));
  copyFileSync(join(root, 'packages/cli/LICENSE.md'), join(dir, 'LICENSE.md'));
  const source = JSON.parse(readFileSync(join(root, 'packages/test-kit/package.json'), 'utf8'));
  const vitest = JSON.parse(readFileSync(join(root, 'node_modules/vitest/package.json'), 'utf8')).version;
  const manifest = {
    name: source.name,
    version,
    description: source.description,
    keywords: ['otvet', 'otvet-plugin', 'rule-tester', 'vitest'],
    license: 'SEE LICENSE IN LICENSE.md',
    type: 'module',
    exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './package.json': './package.json' },
    files: ['dist/', 'THIRD-PARTY-NOTICES.md'],
    peerDependencies: { vitest: `^${vitest.split('.')[0]}.${vitest.split('.')[1]}.0` },
    engines,
  };
  put(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
}
