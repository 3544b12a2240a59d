/**
 * The bin runs the bundle in a `vm.Script`, where `import()` has no loader: an `import()` the build
 * leaves in the bundle (of a Node.js built-in, say) fails at run time with
 * ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING, in the built CLI only. The one `import()` allowed is the
 * plugin loader's fallback behind `__otvet_import`, which the bin always provides.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('the bundle', () => {
  it('has no import() but the plugin loader’s, behind the bin’s __otvet_import', () => {
    const bundle = readFileSync(join(ROOT, 'packages/cli/dist/otvet.cjs'), 'latin1');
    const all = [...bundle.matchAll(/(?<![\w$.])import\(/gu)].map((m) => bundle.slice(Math.max(0, m.index - 60), m.index + 12));
    expect(all).toHaveLength(1);
    expect(all[0]).toMatch(/__otvet_import=="function"\?__otvet_import\((\w+)\):import\(\1\)/u);
  });
});
