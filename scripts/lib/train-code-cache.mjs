// Trains the V8 code cache of the bundled CLI: loads the fresh bundle without a cache, runs it in
// this process on representative inputs (the example pack, clean; the rules' fixture files, full of
// findings; each output format), then serialises what V8 compiled. Functions that no input reached
// are not in the cache and are compiled on first use, as without a cache.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';

const { loadBundle, TRAINED_NAME } = createRequire(import.meta.url)('../../packages/cli/bin/otvet.cjs');

/** Fixture template files of the rules (packages/rules/src/<rule>/fixtures/*.yaml). */
function fixtureFiles(root) {
  const rules = join(root, 'packages/rules/src');
  const files = [];
  for (const rule of readdirSync(rules).sort()) {
    const dir = join(rules, rule, 'fixtures');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.yaml')) files.push(relative(root, join(dir, name)));
  }
  return files;
}

/**
 * @param {string} root repository root
 * @returns {Promise<Buffer>} the code cache of packages/cli/dist/otvet.cjs
 */
export async function trainCodeCache(root) {
  // Under a name that is the same on every machine: a cached script keeps it in stack traces.
  const loaded = loadBundle({ cache: false, filename: TRAINED_NAME });
  if (!loaded) throw new Error('packages/cli/dist/otvet.cjs is missing');
  const fixtures = fixtureFiles(root);
  const workloads = [
    ['lint', 'templates'],
    ['lint', '--format', 'json', 'templates'],
    ['score', 'templates'],
    ['lint', '--lang', 'zh', ...fixtures],
    ['lint', '--format', 'json', '--lang', 'ru', ...fixtures],
    ['lint', '--fix-dry-run', ...fixtures],
  ];
  const io = { cwd: root, env: {}, stdout: () => {}, stderr: () => {}, color: false };
  for (const argv of workloads) {
    const code = await loaded.cli.run(argv, io);
    // 0 or 1 (findings) are expected; 2 means the CLI could not run, so the cache would miss paths.
    if (code === 2) throw new Error(`training the code cache: \`otvet ${argv.slice(0, 4).join(' ')} …\` exited with 2`);
  }
  return loaded.script.createCachedData();
}
