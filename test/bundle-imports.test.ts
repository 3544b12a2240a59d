/**
 * The bin runs the bundle in a `vm.Script`, where `import()` has no loader: an `import()` the build
 * leaves in the bundle (of a Node.js built-in, say) fails at run time with
 * ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING, in the built CLI only. The one `import()` allowed is the
 * plugin loader's fallback behind `__otvet_import`, which the bin always provides.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from './helpers.js';

/**
 * Preloaded into the bin's process: writes every module that is required by name (not a Node.js
 * built-in) to stderr. The bundle carries its dependencies, so a lint should require none.
 */
const REQUIRE_PROBE = `const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (!Module.isBuiltin(request) && !request.startsWith('/') && !request.startsWith('.')) process.stderr.write('required: ' + request + '\\n');
  return resolve.call(this, request, ...rest);
};
`;

describe('the bundle', () => {
  it('has no import() but the plugin loader’s, behind the bin’s __otvet_import', () => {
    const bundle = readFileSync(join(ROOT, 'packages/cli/dist/otvet.cjs'), 'latin1');
    const all = [...bundle.matchAll(/(?<![\w$.])import\(/gu)].map((m) => bundle.slice(Math.max(0, m.index - 60), m.index + 12));
    expect(all).toHaveLength(1);
    expect(all[0]).toMatch(/__otvet_import=="function"\?__otvet_import\((\w+)\):import\(\1\)/u);
  });

  it('requires no package from node_modules when a lint starts (fdir’s optional picomatch is left out)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'otvet-probe-'));
    try {
      const probe = join(dir, 'probe.cjs');
      writeFileSync(probe, REQUIRE_PROBE);
      const r = spawnSync(process.execPath, ['--require', probe, CLI, 'lint', 'templates'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stderr.split('\n').filter((l) => l.startsWith('required: '))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('run by Node.js itself (`node dist/otvet.cjs lint`) lints as the bin does, instead of exiting 0 having checked nothing', () => {
    const bundle = join(ROOT, 'packages/cli/dist/otvet.cjs');
    const viaBundle = spawnSync(process.execPath, [bundle, 'lint', '--format', 'json', '--lang', 'en', 'packages/rules/src/tone-tilde/fixtures'], { cwd: ROOT, encoding: 'utf8' });
    const viaBin = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '--lang', 'en', 'packages/rules/src/tone-tilde/fixtures'], { cwd: ROOT, encoding: 'utf8' });
    expect(viaBin.status).toBe(1);
    expect(viaBundle.status).toBe(1);
    expect(viaBundle.stdout).toBe(viaBin.stdout);
    expect(viaBundle.stdout).toContain('tone-tilde');
  });
});
